/** Term uses found through the per-text narrowed pattern are exactly those the one pattern of every term finds. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { termPattern, termUseFinder, type DefinedTerm } from '../../scripts/parser/defined-terms.ts';

const define = (...names: string[]): DefinedTerm[] => names.map((term, i) => ({ term, id: `t${i}`, section: 0, line: i + 1, sentence: '' }));
const uses = (pattern: RegExp | null, text: string): string[] => (pattern ? [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`) : []);

test('uses of several-word, nested, hyphenated, lower-case and punctuated terms', () => {
  const terms = define('Notes', 'Senior Notes', 'Series A Notes', 'units', '30-Day Period', 'U.S. Holder', '"Plan"', 'Notes due 2010');
  const find = termUseFinder(terms)!;
  const text = 'The Senior  Notes and Series A\nNotes, Units and units; a Non-U.S. Holder, U.S. Holder, the 30-Day Period, Notes-holders, "Plan" and Notes due 2010.';
  expect(uses(find(text), text)).toEqual(uses(termPattern(terms), text));
  expect(uses(find(text), text)).toContain('4:Senior  Notes');
  // A form starting with a letter or digit is looked for only where the text has its first word.
  expect(termUseFinder(define('Senior Notes', 'units'))!('No defined words here at all.')).toBeNull();
});

test('any text over any terms: the same uses as the full pattern', () => {
  const word = fc.constantFrom('Notes', 'notes', 'Senior', 'A', 'Series', 'U.S.', 'Holder', '30-Day', 'Period', 'Plan', 'the', 'Non');
  const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
  const gap = fc.constantFrom(' ', '  ', '\n', '-', ', ', '"', '.', '');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  fc.assert(
    fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 6 }), text, (names, t) => {
      const terms = define(...names);
      expect(uses(termUseFinder(terms)!(t), t)).toEqual(uses(termPattern(terms), t));
    }),
    { numRuns: 500 },
  );
});
