/** Which files in the filings directory are filings, and the URL slug each gets. */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

/** `Level3 2004_Prospectus.txt` -> `level3-2004-prospectus`: lower case, runs of other characters to one hyphen. */
export function filingSlug(file: string): string {
  const slug = basename(file).replace(/\.txt$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'filing' : slug;
}

/** The `*.txt` files of a directory, sorted by name so every build sees them in the same order. */
export function listFilingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.txt$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
