/** Step 3: the Pagefind search index of the built site, written to `<out>/pagefind`. */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes every page of `out` (only `data-pagefind-body` content counts); returns Pagefind's error messages. */
export async function pagefindIndex(out: string): Promise<string[]> {
  const { errors, index } = await pagefind.createIndex({});
  try {
    if (!index) return errors;
    const added = await index.addDirectory({ path: resolve(out) });
    const written = await index.writeFiles({ outputPath: join(resolve(out), 'pagefind') });
    return [...errors, ...added.errors, ...written.errors];
  } finally {
    await pagefind.close();
  }
}
