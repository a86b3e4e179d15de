/** Which files in the filings directory are filings. */
import { readdirSync } from 'node:fs';

/** The `*.txt` files of a directory, sorted by name so every build sees them in the same order. */
export function listFilingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.txt$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
