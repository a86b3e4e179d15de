/** Term uses found by trying the terms only at the words that start one are exactly those the one pattern of every term finds. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { termPattern, termUseFinder, type DefinedTerm, type TermUses } from '../../scripts/parser/defined-terms.ts';

const define = (...names: string[]): DefinedTerm[] => names.map((term, i) => ({ term, id: `t${i}`, section: 0, line: i + 1, sentence: '' }));
const uses = (pattern: RegExp | null, text: string): string[] => (pattern ? [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`) : []);
const found = (finder: TermUses, text: string): string[] => finder(text).map((u) => `${u.index}:${u.text}`);

test('uses of several-word, nested, hyphenated, lower-case and punctuated terms', () => {
  const terms = define('Notes', 'Senior Notes', 'Series A Notes', 'units', '30-Day Period', 'U.S. Holder', '"Plan"', 'Notes due 2010');
  const find = termUseFinder(terms)!;
  const text = 'The Senior  Notes and Series A\nNotes, Units and units; a Non-U.S. Holder, U.S. Holder, the 30-Day Period, Notes-holders, "Plan" and Notes due 2010.';
  expect(found(find, text)).toEqual(uses(termPattern(terms), text));
  expect(found(find, text)).toContain('4:Senior  Notes');
  const words = define('Senior Notes', 'units', 'Notes');
  for (const t of [text, 'Senior Notes, notes and units', 'Seniör Notes — units']) expect(found(termUseFinder(words)!, t)).toEqual(uses(termPattern(words), t));
});

test('any text over any terms: the same uses as the full pattern', () => {
  const word = fc.constantFrom('Notes', 'notes', 'Senior', 'A', 'Series', 'U.S.', 'Holder', '30-Day', 'Period', 'Plan', 'the', 'Non', 'Seniör', 'Société', '"Plan"');
  const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
  const gap = fc.constantFrom(' ', '  ', '\n', '-', ', ', '"', '.', '');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  fc.assert(
    fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 6 }), text, (names, t) => {
      const terms = define(...names);
      expect(found(termUseFinder(terms)!, t)).toEqual(uses(termPattern(terms), t));
    }),
    { numRuns: 500 },
  );
});
