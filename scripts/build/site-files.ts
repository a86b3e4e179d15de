/** Step 3: files served as they are (each filing's original text, its printed pages as filed and its tables' CSV files) go beside the filing's pages. */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_FILES_DIR } from './generated-dir.ts';

/** Copies `<generated>/<filing>/site/` into `<out>/<filing>/` for each filing built. */
export function copySiteFiles(generated: string, out: string, slugs: readonly string[]): void {
  for (const slug of slugs) {
    const files = join(generated, slug, SITE_FILES_DIR);
    if (existsSync(files)) cpSync(files, join(out, slug), { recursive: true });
  }
}
