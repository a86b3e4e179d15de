/**
 * Every stage is linear in its input: each hostile family (one long table, one heading repeated,
 * thousands of pages with a footnote, ...) is parsed at two sizes, and the work counted through the
 * built-ins (elements visited or copied, characters read) must grow no faster than the input. A
 * quadratic step shows as growth near 4 at these sizes; linear work gives 1.0. Time is never measured here
 * (`npm run bench` prints it); the families live in scripts/bench/hostile-families.ts.
 */
import { describe, expect, test } from 'vitest';
import { HOSTILE_FAMILIES } from '../../scripts/bench/hostile-families.ts';
import { sourceText } from '../../scripts/corpus.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { wordRecall } from '../../scripts/word-recall.ts';
import { countWork, type Work } from './work-meter.ts';

/** The test sizes are the bench's divided by this: large enough that a quadratic step outweighs the per-line work. */
const SCALE_DOWN = 10;
/** Largest growth of work over input accepted: linear work measures 0.9-1.1, each quadratic step fixed measured 1.5-3.6. */
const MAX_GROWTH = 1.25;

/** Parses a family's filing of `n` units, counting the work. */
function measure(make: (n: number) => string, n: number): { bytes: number; work: Work; text: string; markdown: string } {
  const bytes = new TextEncoder().encode(make(n));
  const { result, work } = countWork(() => parseFiling(bytes, 'hostile.txt', 'hostile'));
  return { bytes: bytes.length, work, text: sourceText(bytes, 'hostile.txt'), markdown: result.markdown };
}

describe('parse work grows linearly with the input', () => {
  test.each(HOSTILE_FAMILIES.map((f) => [f.name, f] as const))('%s', (_, family) => {
    const [small, large] = family.sizes.map((n) => Math.round(n / SCALE_DOWN)) as [number, number];
    const a = measure(family.make, small);
    const b = measure(family.make, large);
    const inputGrowth = b.bytes / a.bytes;
    expect(b.work.elements / a.work.elements / inputGrowth).toBeLessThanOrEqual(MAX_GROWTH);
    expect(b.work.characters / a.work.characters / inputGrowth).toBeLessThanOrEqual(MAX_GROWTH);
    // However large, no word is lost (but page furniture repeated on every page, kept once on purpose).
    if (!family.furniture) expect(wordRecall(b.text, b.markdown).recall).toBeGreaterThanOrEqual(0.999);
  });
});
