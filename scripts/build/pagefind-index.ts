/**
 * Step 3: the Pagefind search index of the built site. A large library is indexed in groups of filings,
 * each by a Pagefind process of its own, so the indexer's memory is bounded by the group, not the
 * library: the first group's bundle is `<out>/pagefind/`, every other one `<out>/pagefind/parts/<n>/`,
 * listed in `<out>/pagefind/indexes.json`, and the site's search merges them in the browser with
 * Pagefind's `mergeIndex`. `npm run merge` lays out the bundles of several shard builds the same way.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** The search engine itself: a merged bundle is searched by the first bundle's engine and needs only its index files. */
const ENGINE_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/** The index's folder in the output directory (a root path no filing may take). */
export const PAGEFIND_DIR = 'pagefind';

/** The folder, inside the first bundle, of every further bundle. */
export const PARTS_DIR = 'parts';

/** The list of further bundles, inside the first bundle, that the site's search merges: `{ "parts": ["parts/1/", ...] }`. */
export const INDEXES_FILE = 'indexes.json';

/**
 * Generated Markdown per Pagefind index. Pagefind held about 7 MiB per synthetic filing of the bench
 * (7.0 GiB for 1,000 in one index); 64 MiB is about 340 such filings, some 2.4 GiB, within a 4 GiB build.
 */
export const DEFAULT_INDEX_BYTES = 64 * 1024 * 1024;

/** Where groups are indexed before they are laid out (inside `out`, so laying out is renaming). */
const STAGING_DIR = '.pagefind-staging';

/**
 * Indexes the section pages (their `data-pagefind-body` content) of each group of filings, one
 * Pagefind process after another, and lays the bundles out. Returns Pagefind's error messages.
 */
export async function pagefindIndexes(out: string, groups: readonly (readonly string[])[]): Promise<string[]> {
  const root = resolve(out);
  const staging = join(root, STAGING_DIR);
  rmSync(staging, { recursive: true, force: true });
  const bundles: string[] = [];
  for (const [i, group] of groups.entries()) {
    const bundle = join(staging, String(i));
    const errors = await indexGroup(root, group, bundle);
    if (errors.length > 0) return errors;
    bundles.push(bundle);
  }
  layOutBundles(root, bundles);
  rmSync(staging, { recursive: true, force: true });
  return [];
}

/** One Pagefind process: the sections of `slugs` (URLs relative to `root`), written to `bundle`. */
async function indexGroup(root: string, slugs: readonly string[], bundle: string): Promise<string[]> {
  const { errors, index } = await pagefind.createIndex({});
  try {
    if (!index) return errors;
    // Only section pages (`/<filing>/<section>/`) carry data-pagefind-body. Leaving the page redirects
    // (`/<filing>/page/<n>/`) unread took Pagefind from 60 s to 50 s on the 1,000-filing library's output.
    const filings = slugs.length === 1 ? slugs[0]! : `{${slugs.join(',')}}`;
    const added = await index.addDirectory({ path: root, glob: `${filings}/*/index.html` });
    const written = await index.writeFiles({ outputPath: bundle });
    for (const file of UNUSED_UI_FILES) rmSync(join(bundle, file), { force: true });
    return [...errors, ...added.errors, ...written.errors];
  } finally {
    // Closing ends the Pagefind process, so the next group starts with its memory returned.
    await pagefind.close();
  }
}

/** The bundles of a built site, first the one the engine is in: `<site>/pagefind/` and the parts its list names. */
export function siteBundles(site: string): string[] {
  const first = join(site, PAGEFIND_DIR);
  if (!existsSync(first)) return [];
  const list = join(first, INDEXES_FILE);
  const parts = existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as { parts: string[] }).parts : [];
  return [first, ...parts.map((part) => join(first, part))];
}

/**
 * Moves `bundles` (directories inside `root`'s file system) into `<root>/pagefind/`: the first as it is,
 * each other as `parts/<n>/` without the engine files, and writes the list of parts.
 * A bundle may be nested in another (a site's parts in its first bundle): every one is moved aside first.
 */
export function layOutBundles(root: string, bundles: readonly string[]): void {
  const aside = join(root, `${STAGING_DIR}-layout`);
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside, { recursive: true });
  // Deepest first, so a part is out of its first bundle before that bundle moves.
  const order = bundles.map((bundle, i) => ({ bundle, i })).sort((a, b) => b.bundle.length - a.bundle.length);
  for (const { bundle, i } of order) renameSync(bundle, join(aside, String(i)));
  const target = join(root, PAGEFIND_DIR);
  rmSync(target, { recursive: true, force: true });
  if (bundles.length === 0) {
    rmSync(aside, { recursive: true, force: true });
    return;
  }
  renameSync(join(aside, '0'), target);
  rmSync(join(target, PARTS_DIR), { recursive: true, force: true });
  rmSync(join(target, INDEXES_FILE), { force: true });
  const parts: string[] = [];
  for (let i = 1; i < bundles.length; i++) {
    const part = `${PARTS_DIR}/${i}/`;
    mkdirSync(join(target, PARTS_DIR), { recursive: true });
    renameSync(join(aside, String(i)), join(target, part));
    for (const file of readdirSync(join(target, part))) if (ENGINE_FILES.test(file) || UNUSED_UI_FILES.includes(file)) rmSync(join(target, part, file));
    rmSync(join(target, part, PARTS_DIR), { recursive: true, force: true });
    rmSync(join(target, part, INDEXES_FILE), { force: true });
    parts.push(part);
  }
  writeFileSync(join(target, INDEXES_FILE), `${JSON.stringify({ parts })}\n`);
  rmSync(aside, { recursive: true, force: true });
}
