import { describe, expect, test } from 'vitest';
import { findBlocksWithNotes } from '../../scripts/parser/blocks.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import type { Block, TableModel } from '../../scripts/parser/types.ts';
import { linesOf } from './blocks-fixture.ts';
import { texts } from '../fixtures/table-source.ts';

const tableOf = (blocks: Block[]): TableModel | undefined => blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')?.table;

describe('table block: the <TABLE> tag line', () => {
  test('heading text on the <TABLE> line keeps its column ("Accu-" over "mulated")', () => {
    const { blocks } = findBlocksWithNotes(linesOf(`<TABLE>                          Accu-
<CAPTION>                        mulated
                                 Trans-
                      Retained   lation      Total
                      Earnings   Adjustment  Equity
<S>                   <C>        <C>         <C>
Balance at start      $1,492     $(2,377)    $1,766
Net income                86          --         86
</TABLE>`));
    const table = tableOf(blocks);
    expect(texts(table?.header)).toEqual(['', 'Retained Earnings', 'Accumulated Translation Adjustment', 'Total Equity']);
  });

  test('a declined table is kept preformatted, its tags blanked in place, and the reason reaches the messages', () => {
    const { blocks, messages } = findBlocksWithNotes(linesOf(`<TABLE>                                   Signed
<S>                               <C>
                                          /s/ ERNST & YOUNG LLP
                                  ------------------------------------------
                                              Ernst & Young LLP
</TABLE>`));
    const pre = blocks.find((b) => b.kind === 'preformatted');
    expect(pre?.kind === 'preformatted' && pre.text.split('\n')[0]).toBe(`${' '.repeat(42)}Signed`);
    expect(messages).toEqual([expect.objectContaining({ rule: 'table', line: 1, reason: expect.stringMatching(/^table kept preformatted: \S/) })]);
    expect(messages[0]?.reason).not.toMatch(/not understood$/);
  });
});

describe('build report', () => {
  test('a table kept preformatted is named in ParseReport.messages with its reason', () => {
    const text = `Acme Widgets, Inc.

The auditors signed below.

<TABLE>
<S>                               <C>
                                          /s/ ERNST & YOUNG LLP
                                  ------------------------------------------
                                              Ernst & Young LLP
</TABLE>
`;
    const { report } = parseFiling(new TextEncoder().encode(text), 'acme.txt', 'acme');
    expect(report.preformattedTables).toBe(1);
    expect(report.messages).toContainEqual(expect.objectContaining({ rule: 'table', reason: 'table kept preformatted: text lines without a first column', line: expect.any(Number) }));
  });
});
