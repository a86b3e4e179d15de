/** Reads the library index: every filing of the build, in slug order, whichever batch of sections this build renders. */
import { getCollection } from 'astro:content';
import { byCodeUnits } from '../../scripts/code-unit-order.ts';
import type { LibraryEntry } from '../../scripts/section-schema.ts';

/** Every filing's library record, sorted by slug. */
export async function loadLibrary(): Promise<LibraryEntry[]> {
  const entries = await getCollection('filings');
  return entries.map((entry) => entry.data).sort((a, b) => byCodeUnits(a.filing.slug, b.filing.slug));
}
