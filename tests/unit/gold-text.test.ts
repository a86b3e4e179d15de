import { expect, test } from 'vitest';
import { footnoteDefinitions, markdownHeadings, markdownTables, splitRow } from '../../scripts/gold/markdown-read.ts';
import { cellText, normalise } from '../../scripts/gold/normalise.ts';
import { pyFixed, pyRepr, pyReprList } from '../../scripts/gold/python-format.ts';
import { decodeAsPython, pyStrip } from '../../scripts/gold/python-text.ts';
import { filingText, inFilingText } from '../../scripts/gold/source-text.ts';

test('normalising removes Markdown markup, collapses whitespace and lower-cases', () => {
  expect(normalise("**Item 1.** [Business](#item-1) here[^2] <a id='x'></a>{#top}")).toBe('item 1. business here');
  expect(normalise('A\\*B\\_C \\| D')).toBe('abc | d'); // escapes are undone first, so escaped emphasis marks go too
  expect(normalise('  Many\u00a0\u2003spaces\x1c here\t')).toBe('many spaces here'); // Python's whitespace, U+001C included
  expect(normalise('\ufeffBOM')).toBe('\ufeffbom'); // U+FEFF is not whitespace to Python
});

test('a cell compares without its trailing note markers, with "$ 1" as "$1" and "14 %" as "14%"', () => {
  const cells: [string, string][] = [
    ['914,102(a)', '914,102'],
    ['914,102[^1]', '914,102'],
    ['744,322 (2)(3)', '744,322'],
    ['fixed charges(3)', 'fixed charges'],
    ['PRAVACHOL*', 'pravachol'],
    ['1,200/(a)/', '1,200'],
    ['word/*/', 'word'],
    ['$ 1,493', '$1,493'],
    ['14 %', '14%'],
    ['(2) %', '(2)%'],
    ['\u2014', '--'],
    ['\u2013 5', '- 5'],
    ['(c)', '(c)'], // a marker alone is the cell's text
    ['1(123)', '1(123)'], // three digits are not a marker
  ];
  for (const [printed, compared] of cells) expect(cellText(printed), printed).toBe(compared);
});

test('headings are ATX lines; as in Python, the space after the hashes may run onto the next line', () => {
  const md = '# One #\n##   Two  ##  \n####### Seven\n#NoSpace\n#\nNext line\n   ## Indented\n';
  expect(markdownHeadings(md)).toEqual(['One', 'Two', 'Next line']);
  expect(markdownHeadings('# A\u2028B\r\n')).toEqual(['A\u2028B']); // only "\n" ends a line for Python
});

test('tables are runs of lines starting with "|", without the delimiter row, split at unescaped pipes', () => {
  const md = '| a | b \\| c |\n|---|:-:|\n| 1 | 2 |\ntext\n  | x |\n';
  expect(markdownTables(md)).toEqual([[['a', 'b \\| c'], ['1', '2']], [['x']]]);
  expect(splitRow('a|b\\|')).toEqual(['a', 'b\\|']);
  expect(splitRow('|')).toEqual(['']);
});

test('footnote definitions give their first line, which may start on the line after the colon', () => {
  expect(footnoteDefinitions('[^1]: First note\ntext\n[^a]:\n  Second\n')).toEqual(['First note', 'Second']);
});

test('a heading counts as the filing\'s text only as whole words of its <TEXT> bodies', () => {
  const text = filingText('<SEC-HEADER>\nMADE-UP CORP\n</SEC-HEADER>\n<text>\nITEM 1.   BUSINESS\nRisk Factors\n</TEXT>');
  expect(text).toBe(' item 1. business risk factors ');
  expect(inFilingText('Item 1. **Business**', text)).toBe(true);
  expect(inFilingText('Risk Factor', text)).toBe(false);
  expect(inFilingText('Made-up Corp', text)).toBe(false);
  expect(filingText('NO ENVELOPE')).toBe('no envelope');
});

test('figures print as Python prints them: an exact tie rounds to even', () => {
  expect(pyFixed(5 / 16, 3)).toBe('0.312');
  expect(pyFixed(3 / 16, 3)).toBe('0.188');
  expect(pyFixed(2 / 3, 3)).toBe('0.667');
  expect(pyFixed(1, 3)).toBe('1.000');
});

test('strings print as Python\'s repr', () => {
  expect(pyRepr("a'b")).toBe('"a\'b"');
  expect(pyRepr('a"b\'')).toBe("'a\"b\\''");
  expect(pyRepr('\x85\xa0é\u2028\t\\')).toBe("'\\x85\\xa0é\\u2028\\t\\\\'");
  expect(pyReprList(['Net income', '14 %'])).toBe("['Net income', '14 %']");
});

test('files read as Python reads text: newlines translated, Latin-1 one character a byte, a UTF-8 BOM kept', () => {
  expect(decodeAsPython(new Uint8Array([0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63]), 'utf-8')).toBe('a\nb\nc');
  expect(decodeAsPython(new Uint8Array([0xe9, 0x92]), 'latin-1')).toBe('\u00e9\u0092');
  expect(decodeAsPython(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]), 'utf-8')).toBe('\ufeffa\ufffd');
  expect(pyStrip('\x1c\u3000 a \ufeff')).toBe('a \ufeff');
});
