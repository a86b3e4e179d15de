/** Step 3: the Pagefind search index of the built site, written to `<out>/pagefind`. */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

/** The index's folder in the output directory (a root path no filing may take). */
export const PAGEFIND_DIR = 'pagefind';

/** Indexes the section pages of `out` (their `data-pagefind-body` content); returns Pagefind's error messages. */
export async function pagefindIndex(out: string): Promise<string[]> {
  const { errors, index } = await pagefind.createIndex({});
  try {
    if (!index) return errors;
    // Only section pages (`/<filing>/<section>/`) carry data-pagefind-body. Leaving the page redirects
    // (`/<filing>/page/<n>/`) unread took Pagefind from 60 s to 50 s on the 1,000-filing library's output.
    const added = await index.addDirectory({ path: resolve(out), glob: '*/*/index.html' });
    const written = await index.writeFiles({ outputPath: join(resolve(out), PAGEFIND_DIR) });
    return [...errors, ...added.errors, ...written.errors];
  } finally {
    await pagefind.close();
  }
}
