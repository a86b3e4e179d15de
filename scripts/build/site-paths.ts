/**
 * The names at the root of the site that the site uses itself, so that no filing's slug may take
 * one: its own pages (`src/pages/`), every file and folder in `public/`, Astro's asset folder,
 * Pagefind's index and the `_headers` file. Pages and static files are read from the project at
 * build time, so a page or file added later is covered without editing a list.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE } from './headers-file.ts';
import { PAGEFIND_DIR } from './pagefind-index.ts';

/** Astro's folder for built CSS and scripts (its `build.assets` default, which astro.config.mjs keeps). */
export const ASTRO_ASSETS_DIR = '_astro';

/** The project root, where `src/pages/` and `public/` are. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Every root path the site uses itself: `404`, `index`, `search`, `favicon.svg`, `_astro`, `pagefind`, `_headers`, ... */
export function siteRootPaths(root = projectRoot): Set<string> {
  const paths = new Set<string>([ASTRO_ASSETS_DIR, PAGEFIND_DIR, HEADERS_FILE]);
  for (const name of readdirSync(join(root, 'src/pages'))) {
    // "[filing]" is the filings' own route; "search.astro" is served at /search/.
    if (name.startsWith('[')) continue;
    paths.add(name.replace(/\.[^.]+$/, ''));
  }
  for (const name of readdirSync(join(root, 'public'))) paths.add(name);
  return paths;
}

/** The one-line error for a filing whose slug is a path the site uses itself, with a name that would do; null when it is free. */
export function siteClash(path: string, slug: string, taken: ReadonlySet<string>): string | null {
  if (!taken.has(slug)) return null;
  return `${path}: its URL slug "${slug}" is a path the site uses itself; rename the file, e.g. to ${slug}-filing.txt`;
}
