/** Step 3: the Pagefind search index of the built site, written to `<out>/pagefind`. */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made UIs, which it writes every time: the site searches through Pagefind's JS API
 * (public/search/), so these 430 KB per site are never loaded and are removed.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

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
    const outputPath = join(resolve(out), PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath });
    for (const file of UNUSED_UI_FILES) rmSync(join(outputPath, file), { force: true });
    return [...errors, ...added.errors, ...written.errors];
  } finally {
    await pagefind.close();
  }
}
