/** The library index: one small record per filing, so the library page never has to load every section of every filing. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCodeUnits } from '../code-unit-order.ts';
import type { ParsedFiling } from '../parser/types.ts';
import type { LibraryEntry } from '../section-schema.ts';

/** Its file name inside the generated-content directory (read by src/content.config.ts). */
export const libraryIndexFile = 'library.json';

/** A filing's record: its front-matter facts and how many sections it has besides the cover. */
export function libraryEntry(parsed: ParsedFiling): LibraryEntry {
  return { filing: parsed.filing, sectionCount: parsed.sections.filter((s) => s.frontMatter.kind !== 'cover').length };
}

/** Writes the index as the array Astro's `file()` loader reads, each record keyed by its filing slug, in slug order. */
export function writeLibraryIndex(entries: readonly LibraryEntry[], dir: string): void {
  const sorted = [...entries].sort((a, b) => byCodeUnits(a.filing.slug, b.filing.slug));
  const records = sorted.map((entry) => ({ id: entry.filing.slug, ...entry }));
  writeFileSync(join(dir, libraryIndexFile), `${JSON.stringify(records, null, 1)}\n`);
}
