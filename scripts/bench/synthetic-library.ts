import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { synthesizeFiling, type SourceFiling } from './synthetic-filing.ts';

/** The `.txt` filings of a directory, sorted by name, as absolute paths. */
export function listFilings(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads filings as latin1 so that a synthetic copy written back keeps every byte the source had. */
export function loadSourceFilings(paths: readonly string[]): SourceFiling[] {
  return paths.map((path) => ({ name: basename(path), text: readFileSync(path, 'latin1') }));
}

/** Writes `count` synthetic filings into `dir` and returns their total size in bytes. */
export function writeSyntheticLibrary(sources: readonly SourceFiling[], count: number, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const filing = synthesizeFiling(sources, i);
    const data = Buffer.from(filing.text, 'latin1');
    writeFileSync(join(dir, filing.fileName), data);
    bytes += data.length;
  }
  return bytes;
}
