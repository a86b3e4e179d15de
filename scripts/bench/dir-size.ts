import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Sums `measure` over the regular files under `dir`, recursively (0 for a folder that cannot be read or does not exist). */
function sumFiles(dir: string, measure: (path: string) => number): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sumFiles(path, measure);
    else if (entry.isFile()) total += measure(path);
  }
  return total;
}

/** Total bytes of the regular files under `dir` (0 when it does not exist). */
export function dirSize(dir: string): number {
  return sumFiles(dir, (path) => statSync(path).size);
}

/** Number of regular files under `dir`. */
export function fileCount(dir: string): number {
  return sumFiles(dir, () => 1);
}
