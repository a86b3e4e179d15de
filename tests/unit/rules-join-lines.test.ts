import { describe, expect, test } from 'vitest';
import { joinLines, measureVocabulary } from '../../scripts/parser/rules/join-lines.ts';
import type { SourcePosition } from '../../scripts/parser/types.ts';

const pos: SourcePosition = { line: 1, pageIndex: 0, printedPage: null };
const counts = (text: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};
const vocabulary = (doc: string) => measureVocabulary(doc.split('\n'), counts(doc));
const join = (lines: string[], doc = lines.join('\n')): string => joinLines(lines.map((text) => ({ text, pos, pageBreak: false })), vocabulary(doc)).text;

describe('joinLines', () => {
  test('a word cut at the margin is rejoined when it is no compound', () => {
    expect(join(['the Level 3 commu-', 'nications network'])).toBe('the Level 3 communications network');
  });

  test('a document that never cuts a word it prints whole keeps a line-end hyphen when one half is a word of its own', () => {
    const doc = 'a platform-\nindependent language on a platform\nwith customer-\nfocused products for the customer';
    expect(join(['a platform-', 'independent language'], doc)).toBe('a platform-independent language');
    expect(join(['with customer-', 'focused products'], doc)).toBe('with customer-focused products');
  });

  test('a document that hyphenates at the margin drops the hyphen of a cut whose halves are not both words', () => {
    const doc = 'the infor-\nmation we give, information on a platform-\nindependent language on a platform';
    expect(measureVocabulary(doc.split('\n'), counts(doc)).hyphenates).toBe(true);
    expect(join(['a platform-', 'independent language'], doc)).toBe('a platformindependent language');
  });

  test("EDGAR's spelled-out mark keeps its hyphen and the next word its space", () => {
    expect(join(['and Windows-Registered Trademark-', 'software-based computers'])).toBe('and Windows-Registered Trademark- software-based computers');
  });

  test('a closed dash at the line end stays closed where the document closes its dashes', () => {
    const doc = 'led this industry--\nfirst with the Apple II, and Apple--the company he co-founded';
    expect(join(['led this industry--', 'first with the Apple II'], doc)).toBe('led this industry--first with the Apple II');
    expect(join(['led this industry--', 'first with the Apple II'], 'the Company -- and its\nindustry--\nfirst')).toBe('led this industry-- first with the Apple II');
  });

  test('two words of their own keep their hyphen ("first-" / "time" when both are used alone)', () => {
    expect(join(['appeal to first-', 'time users'], 'appeal to first- time users. The first time.')).toBe('appeal to first-time users');
  });

  test('a suspended hyphen keeps its hyphen and its space ("fair value of short-" / "and long-term debt")', () => {
    expect(join(['fair value of short-', 'and long-term debt'])).toBe('fair value of short- and long-term debt');
    expect(join(['in pre- or', 'post-tax terms', 'pre-', 'or post-tax'])).toBe('in pre- or post-tax terms pre- or post-tax');
  });

  test('a form name cut at its hyphen is rejoined with it ("Report on Form 10-" / "K, and to file")', () => {
    expect(join(['amendments to this Report on Form 10-', 'K, and to file the same'])).toBe('amendments to this Report on Form 10-K, and to file the same');
  });

  test('the document decides: a joined spelling used elsewhere wins', () => {
    expect(join(['free-', 'standing stores'], 'free- standing stores in freestanding locations')).toBe('freestanding stores');
  });

  test('dashes, numbers and upper-case starts keep their space', () => {
    expect(join(['the Company--', 'and its', '66-2/3% of', 'Total'])).toBe('the Company-- and its 66-2/3% of Total');
  });

  test('a page starting mid-text is recorded at the offset of its first word', () => {
    const { text, pageBreaks } = joinLines(
      [
        { text: 'you will not be', pos, pageBreak: false },
        { text: 'able to recover', pos: { line: 9, pageIndex: 1, printedPage: '3' }, pageBreak: true },
      ],
      vocabulary(''),
    );
    expect(text.slice(pageBreaks[0]!.offset)).toBe('able to recover');
  });
});
