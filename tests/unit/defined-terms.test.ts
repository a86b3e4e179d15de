import { describe, expect, test } from 'vitest';
import { collectTerms, findDefinitions, sentenceAround, termOfUse, termPattern } from '../../scripts/parser/defined-terms.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

const terms = (text: string) => findDefinitions(text).map((d) => [d.term, text.slice(d.start, d.end)]);

describe('what a text defines', () => {
  test('a quoted term alone in parentheses, with "the", "collectively" or several terms', () => {
    expect(terms('500,000 shares of Series A Junior Participating Preferred Stock ("Participating Preferred Stock").')).toEqual([
      ['Participating Preferred Stock', 'Participating Preferred Stock'],
    ]);
    expect(terms('units of one one-thousandth of a share (the  "Units") of it')).toEqual([['Units', 'Units']]);
    expect(terms('the 6% Notes and 7% Notes (collectively, the "Notes" or "Debt")')).toEqual([
      ['Notes', 'Notes'],
      ['Debt', 'Debt'],
    ]);
    expect(terms('the Securities Act of 1933, as amended (the "Securities  Act"), may')).toEqual([['Securities Act', 'Securities  Act']]);
  });

  test('"references to" and "means" definitions', () => {
    expect(terms('references in this Prospectus to "we", "us" and "our" are to Level 3').map(([t]) => t)).toEqual(['we', 'us', 'our']);
    expect(terms('"Trustee" means the bank named below.')).toEqual([['Trustee', 'Trustee']]);
  });

  test('a quoted title, a quotation or a figure is no definition', () => {
    expect(terms('See "Risk Factors" on page 2.')).toEqual([]);
    expect(terms('He said "we will grow".')).toEqual([]);
    expect(terms('(the "1,234")')).toEqual([]);
  });
});

test('the defining sentence is the one around the term', () => {
  const text = 'The Board acts. Stock is issued in units (the "Units") of one share. Units vote.';
  expect(sentenceAround(text, text.indexOf('Units'))).toBe('Stock is issued in units (the "Units") of one share.');
});

test('uses are whole words; a lower-case term also matches capitalised, and maps back to its term', () => {
  const collected = collectTerms([{ text: 'references to "we" are to Acme (the "Company").', section: 0, line: 1 }], (base) => base);
  const pattern = termPattern(collected)!;
  const uses = [...'We and the Company, not Companywide or awe.'.matchAll(pattern)].map((m) => m[0]);
  expect(uses).toEqual(['We', 'Company']);
  const byTerm = new Map(collected.map((t) => [t.term, t]));
  expect(termOfUse('We', byTerm)?.id).toBe('term-we');
});

test('in a filing, the definition is a <dfn> and the first later use in each section links to it with its sentence', () => {
  const text = [
    'THE COMPANY',
    '',
    '     Acme designated 500 shares of preferred stock ("Participating Preferred',
    'Stock").  Participating Preferred Stock votes with the Common Stock.',
    '',
    'PLAN OF DISTRIBUTION',
    '',
    '     Participating Preferred Stock may be sold.  Participating Preferred Stock',
    'may also be given away.',
    '',
  ].join('\n');
  const { markdown } = parseFiling(new TextEncoder().encode(text), 'x.txt', 'x');
  expect(markdown).toContain('("<dfn id="term-participating-preferred-stock">Participating Preferred Stock</dfn>")');
  // In the defining paragraph itself the term is not linked again; in the next section its first use is, once.
  expect(markdown).toContain('</dfn>"). Participating Preferred Stock votes');
  const links = markdown.match(/\[Participating Preferred Stock\]\(\/x\/the-company\/#term-participating-preferred-stock "(?:[^"\\]|\\.)*"\)/g) ?? [];
  expect(links).toHaveLength(1);
  expect(links[0]).toContain('Acme designated 500 shares of preferred stock');
});
