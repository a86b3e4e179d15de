import { expect, test } from 'vitest';
import { GoldFileError, parseGold, type Gold } from '../../scripts/gold/gold-file.ts';
import { goldLines, scoreGold } from '../../scripts/gold/score-gold.ts';

// A made-up annotation and output; the figures are worked out in the comments (and agree with gold.py).
const gold: Gold = {
  file: 'made-up.txt',
  headings: [{ text: 'FORM 10-K' }, { text: 'ITEM 1. BUSINESS' }, { text: 'Risk Factors' }, { text: 'SELECTED FINANCIAL DATA' }, { text: 'SIGNATURES' }],
  tables: [
    { anchor: 'Net sales', columns: 3, rows: [['Net sales', '$ 1,493', '1,200(a)'], ['Net income', '14 %', '(2) %']] },
    { anchor: 'Backlog', columns: 2, rows: [['Backlog', '1']] },
  ],
  footnotes: [{ starts: 'Includes the sale of the widget division' }, { starts: 'Restated.' }],
};

const output = `# Made-up Corp 10-K

## FORM 10-K

## Item 1.  Business

### Risk Factor

## SELECTED FINANCIAL DATA AND MORE

|            |   2001 |      2000 |
| :--------- | -----: | --------: |
| Net sales  | $1,493 | 1,200[^1] |
| Net income |    14% |      (3)% |

[^1]: Includes the sale of the widget division in the third quarter.

## Exhibits
`;

const source = `<SEC-HEADER>
COMPANY CONFORMED NAME: MADE-UP CORP 10-K
</SEC-HEADER>
<DOCUMENT>
<TEXT>
                                FORM 10-K
ITEM 1.  BUSINESS
     Risk Factors
SELECTED FINANCIAL DATA
Exhibits
</TEXT>
</DOCUMENT>
`;

test('headings match in spite of spacing and case, a lost letter, or a second title line joined on', () => {
  // "Risk Factor" is 22/23 like "Risk Factors"; "SELECTED FINANCIAL DATA" starts the joined heading.
  // Gold 5, matched 4 (not SIGNATURES); output 6, of which 4 are matched: recall 0.8, precision 4/6.
  const score = scoreGold(gold, output);
  expect(score.headings).toMatchObject({ hit: 4, gold: 5, output: 6, recall: 0.8, precision: 4 / 6, missed: ['SIGNATURES'] });
  expect(score.headings.f1).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6), 12);
});

test('with the source, a heading the parser made up (not in the filing\'s text, not in gold) is left out of precision', () => {
  // "Made-up Corp 10-K" is only in the SEC header; "Exhibits" stays (it is in the text) and stays unmatched.
  const score = scoreGold(gold, output, source);
  expect(score.headings).toMatchObject({ hit: 4, output: 5, recall: 0.8, precision: 0.8 });
  expect(goldLines(score)).toEqual([
    "row ['Net income', '14 %', '(2) %']... matched 2/3 cells",
    "table not found as a GFM table: anchor 'Backlog'",
    'headings missed: SIGNATURES',
    'headings recall 0.800 precision 0.800 (4/5 gold, 5 output)',
    'tables found 1/2, width right 1, cells 5/8',
    'footnotes 1/2',
    'gold made-up.txt: headings F1 0.800 cells 0.625 footnotes 0.500',
  ]);
});

test('cells: each gold row scores its best output row; a table not found scores its cells as wrong', () => {
  // Net sales 3/3 ("$ 1,493" is "$1,493", markers ignored), Net income 2/3 ("(2) %" is not "(3)%"), Backlog 0/2.
  expect(scoreGold(gold, output).tables).toMatchObject({ found: 1, total: 2, widthRight: 1, good: 5, cells: 8, accuracy: 5 / 8 });
});

test('footnotes: a note counts when a definition starts with (or holds) its first 30 characters', () => {
  expect(scoreGold(gold, output).footnotes).toEqual({ hit: 1, total: 2, rate: 0.5 });
  expect(scoreGold({ ...gold, footnotes: [{ starts: 'the widget division in the third quarter and more' }] }, output).footnotes.hit).toBe(1);
});

test('an annotation of only some headings scores headings by recall alone', () => {
  expect(scoreGold({ ...gold, partial_headings: true }, output).headings.f1).toBe(0.8);
});

test('an empty annotation scores 1, and an output with no headings against gold headings scores 0', () => {
  const empty = scoreGold({ file: 'empty.txt' }, 'Just a paragraph.\n');
  expect(goldLines(empty).at(-1)).toBe('gold empty.txt: headings F1 1.000 cells 1.000 footnotes 1.000');
  const none = scoreGold({ file: 'none.txt', headings: [{ text: 'FORM 8-K' }] }, 'Just a paragraph.\n');
  expect(goldLines(none).at(-1)).toBe('gold none.txt: headings F1 0.000 cells 1.000 footnotes 1.000');
});

test('a gold file with a missing field is one line naming the file and the field', () => {
  expect(() => parseGold('{"file": "x.txt", "tables": [{"anchor": "a", "rows": []}]}', 'x.txt.json')).toThrow(GoldFileError);
  expect(() => parseGold('{"file": "x.txt", "tables": [{"anchor": "a", "rows": []}]}', 'x.txt.json')).toThrow(/^x\.txt\.json: tables\.0\.columns: /);
  expect(() => parseGold('{"file": ', 'x.txt.json')).toThrow(/^x\.txt\.json: not JSON/);
});
