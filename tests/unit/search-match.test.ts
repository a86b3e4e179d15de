import { describe, expect, test } from 'vitest';
import { containsAll, findMatches, parseQuery, words } from '../../public/search/match.js';

const has = (text: string, query: string) => containsAll(text, parseQuery(query));

describe('search matching: text and query are normalised the same way', () => {
  test('thousands separators, currency signs and percent signs do not matter; a decimal point does', () => {
    expect(words('4,174,803 shares at $3.28, or 7.36%.')).toEqual(['4174803', 'shares', 'at', '3.28', 'or', '7.36']);
    expect(has('Level 3 offers 4,174,803 shares', '4174803')).toBe(true);
    expect(has('Level 3 offers 4174803 shares', '4,174,803')).toBe(true);
    expect(has('the price was $3.28 per share', '$3.28')).toBe(true);
    expect(has('the price was $3.28 per share', '3.28')).toBe(true);
    expect(has('the price was $3.28 per share', '328')).toBe(false);
  });

  test('hyphens, dashes and slashes separate words; fractions match however they are typed', () => {
    expect(has('subject to a lock-up agreement', 'lock up')).toBe(true);
    expect(has('subject to a lock up agreement', 'lock-up')).toBe(true);
    expect(has('approval of 66-2/3% of the shares', '66 2/3%')).toBe(true);
    expect(has('approval of 66 2/3% of the shares', '66-2/3%')).toBe(true);
    expect(has('in accordance with Rule 13d-3 under', 'Rule 13d-3')).toBe(true);
  });

  test('a section sign is the word "section"; case and accents fold', () => {
    expect(has('under Section 13(d) of the Act', '§ 13')).toBe(true);
    expect(has('under §§ 13 and 15', 'section 13')).toBe(true);
    expect(has('Société Générale', 'societe generale')).toBe(true);
  });

  test('a term matches whole words only: no prefix, no fragment, no fuzzy match', () => {
    expect(has('(k) To fix a time', 'Knitowski')).toBe(false);
    expect(has('the application of proceeds', 'Apple')).toBe(false);
    expect(has('Total deferred tax liabilities 417.', '4,174,803')).toBe(false);
    expect(has('State: Current 5,769 3,144.', 'Rule 144')).toBe(false);
    expect(has('(1 - T)) -E}', 'Telverse')).toBe(false);
  });

  test('every unquoted term must be present; a quoted phrase must be present as written', () => {
    expect(has('Alan Knitowski, as agent', 'agent Knitowski')).toBe(true);
    expect(has('Alan Knitowski, as agent', 'agent Telverse')).toBe(false);
    expect(has('See “Plan of Distribution” on page 7', '"Plan of Distribution"')).toBe(true);
    expect(has('the plan for the distribution of shares', '"Plan of Distribution"')).toBe(false);
    expect(has('anything', '""')).toBe(false);
  });

  test('matches are character ranges of the original text, for marking', () => {
    const text = 'Arthur Andersen LLP; Andersen.';
    expect(findMatches(text, parseQuery('andersen')).map((hit) => text.slice(hit.start, hit.end))).toEqual(['Andersen', 'Andersen']);
    const price = 'was $3.28 per';
    expect(findMatches(price, parseQuery('$3.28')).map((hit) => price.slice(hit.start, hit.end))).toEqual(['3.28']);
  });
});
