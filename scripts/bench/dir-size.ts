import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes of the regular files under `dir` (0 when it does not exist). */
export function dirSize(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Number of regular files under `dir`. */
export function fileCount(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) total += fileCount(join(dir, entry.name));
    else if (entry.isFile()) total += 1;
  }
  return total;
}
