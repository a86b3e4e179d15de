/** Step 3: the tables' CSV files go beside their section pages, `/<filing>/<section>/table-N.csv`, so "Download CSV" works without JavaScript. */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tableFilesDir } from '../write-content.ts';

/** Copies `<generated>/<filing>/tables/<section>/*` to `<out>/<filing>/<section>/`; returns the number of files copied. */
export function copyTableFiles(generated: string, out: string): number {
  let copied = 0;
  for (const filing of readdirSync(generated, { withFileTypes: true })) {
    if (!filing.isDirectory()) continue;
    const tables = join(generated, filing.name, tableFilesDir);
    if (!existsSync(tables)) continue;
    for (const section of readdirSync(tables, { withFileTypes: true })) {
      if (!section.isDirectory()) continue;
      const files = readdirSync(join(tables, section.name));
      for (const file of files) cpSync(join(tables, section.name, file), join(out, filing.name, section.name, file));
      copied += files.length;
    }
  }
  return copied;
}
