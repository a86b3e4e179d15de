/** Which files in the filings directory are filings, and whether each can be built. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { filingSlug } from '../parser/ids.ts';
import { notRegularFile } from '../regular-file.ts';
import { siteClash, siteRootPaths } from './site-paths.ts';

/**
 * Every entry named `*.txt`, sorted by name so every build sees them in the same order. Entries of
 * any type are listed (a link, a pipe, a directory), so that `checkFilingFiles` can name the ones it refuses.
 */
export function listFilingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => /\.txt$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A filing to build: where it is and its URL slug. */
export interface FilingFile {
  path: string;
  slug: string;
}

/**
 * Each filing's path and slug, or the first problem as one line naming the file: not a regular
 * file (checked by stat, nothing is opened), a slug the site uses itself, or a slug another file has.
 */
export function checkFilingFiles(dir: string, names: readonly string[], siteTaken: ReadonlySet<string> = siteRootPaths()): { filings: FilingFile[] } | { error: string } {
  const slugs = new Map<string, string>();
  const filings: FilingFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const notRegular = notRegularFile(path);
    if (notRegular !== null) return { error: `${path}: ${notRegular}` };
    const slug = filingSlug(name);
    const clash = siteClash(path, slug, siteTaken);
    if (clash !== null) return { error: clash };
    const other = slugs.get(slug);
    if (other !== undefined) return { error: `${path}: its URL slug "${slug}" is already taken by ${other}` };
    slugs.set(slug, name);
    filings.push({ path, slug });
  }
  return { filings };
}
