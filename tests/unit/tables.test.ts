import { describe, expect, test } from 'vitest';
import { mergeContinuedTable, parseTable, parseTableNotes, untaggedTableLength } from '../../scripts/parser/tables.ts';
import type { TableModel } from '../../scripts/parser/types.ts';
import { parsed, source, texts } from '../fixtures/table-source.ts';
import { countWork } from './work-meter.ts';

describe('parseTable: an income statement', () => {
  const table = parsed(`
<CAPTION>
                                                    YEAR ENDED DECEMBER 31,
                                                  --------------------------
                                                     1997           1996
                                                  -----------    -----------
<S>                                               <C>            <C>
Revenues:
  License.......................................  $   985,495    $        --
  Maintenance and other services................      230,860         19,367
                                                  -----------    -----------
    Total net revenues..........................    1,216,355         19,367
Interest expense................................      (30,998)            --
Earnings (loss) per common and common
  equivalent share..............................  $     (0.29)   $      0.01
`);

  test('a dash rule under both year columns makes their spanner', () => {
    expect(texts(table.header)).toEqual(['', 'YEAR ENDED DECEMBER 31, — 1997', 'YEAR ENDED DECEMBER 31, — 1996']);
  });

  test('leaders go, "$" closes up to its number, negatives and nil stay as printed', () => {
    expect(texts(table.rows[1]?.cells)).toEqual(['License', '$985,495', '$--']);
    expect(texts(table.rows[4]?.cells)).toEqual(['Interest expense', '(30,998)', '--']);
  });

  test('a label-only line ending in ":" is a section row; the rule marks the next row a total', () => {
    expect(table.rows[0]).toMatchObject({ section: true, total: false });
    expect(texts(table.rows[0]?.cells)).toEqual(['Revenues:', '', '']);
    expect(table.rows[3]).toMatchObject({ total: true, section: false });
    expect(texts(table.rows[3]?.cells)).toEqual(['Total net revenues', '1,216,355', '19,367']);
  });

  test('indents become levels, a wrapped label joins the row that carries its numbers', () => {
    expect(table.rows.map((r) => r.level)).toEqual([0, 1, 1, 2, 0, 0]);
    expect(texts(table.rows[5]?.cells)).toEqual(['Earnings (loss) per common and common equivalent share', '$(0.29)', '$0.01']);
  });

  test('numeric columns are right-aligned, the stub left', () => {
    expect(table.align).toEqual(['left', 'right', 'right']);
  });

  test('every row keeps its source line', () => {
    expect(table.rows[0]?.pos.line).toBe(7);
    expect(table.rows[5]?.pos.line).toBe(13);
  });
});

describe('parseTable: headers printed after the marker line', () => {
  const table = parsed(`
<S>                                     <C>               <C>
                                          Shares
                                       Beneficially        Shares
                                      Owned Prior to        Being
          Selling Stockholder        Offering (1),(2)    Offered (2)
MVP America LP                           703,187          703,187
David Arthur  Norman & Mamie Ruth        119,898          119,898
of Norman Family Revocable Trust
Beheko Corp., LTD                        608,946          608,946
`);

  test('fragments join top to bottom and trailing footnote markers move into notes', () => {
    expect(texts(table.header)).toEqual(['Selling Stockholder', 'Shares Beneficially Owned Prior to Offering', 'Shares Being Offered']);
    expect(table.header.map((c) => c.notes)).toEqual([[], ['1', '2'], ['2']]);
  });

  test('headings flush left after <S> are still headings', () => {
    const flush = parsed(`
<S>                          <C>          <C>
Name and Address             Shares       Percent
John Smith                    1,000          5.0%
Jane Doe                        500          2.5%
`);
    expect(texts(flush.header)).toEqual(['Name and Address', 'Shares', 'Percent']);
    expect(flush.rows).toHaveLength(2);
  });

  test('a name wrapped under a row that already has its numbers joins that row', () => {
    expect(table.rows).toHaveLength(3);
    expect(texts(table.rows[1]?.cells)).toEqual(['David Arthur Norman & Mamie Ruth of Norman Family Revocable Trust', '119,898', '119,898']);
  });
});

describe('parseTable: columns from the data', () => {
  test('a marker placed inside the numbers moves to the gutter left of them', () => {
    const table = parsed(`
<CAPTION>
                                  1995        1994
<S>                                  <C>         <C>
Net sales                      $ 11,062    $  9,189
Cost of sales                     8,204       6,845
Gross margin                      2,858       2,344
`);
    expect(texts(table.header)).toEqual(['', '1995', '1994']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['Net sales', '$11,062', '$9,189'],
      ['Cost of sales', '8,204', '6,845'],
      ['Gross margin', '2,858', '2,344'],
    ]);
  });

  test('without any marker the gutters alone find the columns; "%" joins its number', () => {
    const table = parsed(`
                              1997        1996
Gross margin                  27.0 %      27.9 %
Operating profit               1.6         4.9
Same store sales increase      9.8         8.7
`);
    expect(texts(table.header)).toEqual(['', '1997', '1996']);
    expect(texts(table.rows[0]?.cells)).toEqual(['Gross margin', '27.0%', '27.9%']);
    expect(table.rows).toHaveLength(3);
  });

  test('a "(In thousands)" line becomes the caption', () => {
    const table = parsed(`
<CAPTION>
                                           (In thousands)
                                        1994         1993
<S>                                 <C>          <C>
Purchased parts                     $ 469,420    $ 504,201
Work in process                       206,654      284,440
`);
    expect(table.caption).toBe('(In thousands)');
    expect(texts(table.header)).toEqual(['', '1994', '1993']);
  });

  test('<FN> lines become the table notes', () => {
    const table = parsed(`
<CAPTION>
                                   1997        1996
<S>                               <C>         <C>
Net sales(1)                      $ 100       $  90
<FN>
(1)  Includes sales of the
     discontinued division.
</FN>
`);
    expect(table.notes).toEqual([{ marker: '1', text: 'Includes sales of the discontinued division.', pos: expect.objectContaining({ line: 6 }) }]);
    expect(table.rows[0]?.cells[0]).toEqual({ text: 'Net sales', notes: ['1'] });
  });
});

describe('parseTable: text tables and declines', () => {
  test('an exhibit list in table tags comes out as a table of text columns', () => {
    const table = parsed(`
<CAPTION>
EXHIBIT
NUMBER          DESCRIPTION*
<S>             <C>
2.1             Agreement and Plan of Merger dated as of August 3, 1998,
                  by and among Widgets.com, Inc. and Gizmo Corp.

23.1            Independent Auditors' Consent
`);
    expect(texts(table.header)).toEqual(['EXHIBIT NUMBER', 'DESCRIPTION']);
    expect(table.header[1]?.notes).toEqual(['*']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['2.1', 'Agreement and Plan of Merger dated as of August 3, 1998, by and among Widgets.com, Inc. and Gizmo Corp.'],
      ['23.1', "Independent Auditors' Consent"],
    ]);
    expect(table.align).toEqual(['left', 'left']);
  });

  test('a cover layout: values over their wrapped, bracketed labels', () => {
    const table = parsed(`
<S>                                 <C>                                <C>
             DELAWARE                           000-22513                          91-1646860
- ----------------------------------  ---------------------------------  ----------------------------------
   (State or Other Jurisdiction           (Commission File No.)                  (IRS Employer
        of Incorporation)                                                     Identification No.)
`);
    // The bracketed labels under the values are the header.
    expect(texts(table.header)).toEqual(['(State or Other Jurisdiction of Incorporation)', '(Commission File No.)', '(IRS Employer Identification No.)']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([['DELAWARE', '000-22513', '91-1646860']]);
  });

  test('a table of names with an age column and wrapped positions', () => {
    const table = parsed(`
<CAPTION>
NAME                         AGE     POSITION
<S>                          <C>     <C>
Gilbert F. Amelio            54      Chairman and Chief Executive Officer
Fred D. Anderson             53      Executive Vice President and
                                       Chief Financial Officer
`);
    expect(texts(table.header)).toEqual(['NAME', 'AGE', 'POSITION']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['Gilbert F. Amelio', '54', 'Chairman and Chief Executive Officer'],
      ['Fred D. Anderson', '53', 'Executive Vice President and Chief Financial Officer'],
    ]);
    expect(table.align).toEqual(['left', 'right', 'left']);
  });

  test('names with their addresses under them and the shares on the first line', () => {
    const table = parsed(`
<CAPTION>
                                           Percent of
Name and Address              Shares        Class
<S>                          <C>           <C>
Microsoft Corporation       18,181,818      14.4%
One Microsoft Way
Redmond, WA 98052
Lawrence J. Ellison          6,000,000       4.8%
500 Oracle Parkway
Redwood City, CA 94065
`);
    expect(texts(table.header)).toEqual(['Name and Address', 'Shares', 'Percent of Class']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['Microsoft Corporation One Microsoft Way Redmond, WA 98052', '18,181,818', '14.4%'],
      ['Lawrence J. Ellison 500 Oracle Parkway Redwood City, CA 94065', '6,000,000', '4.8%'],
    ]);
  });

  test('a registration fee table: box rules are not spanners, "shares" stays with its count, <FN> notes', () => {
    const table = parsed(`
<CAPTION>
=========================================================================================
                                                 Proposed        Proposed
Title of Each Class of        Amount             Maximum         Maximum           Amount of
Securities to be              to be              Offering Price  Aggregate         Registration
Registered                    Registered         Per Share(1)    Offering Price(1) Fee
-----------------------------------------------------------------------------------------
<S>                           <C>                <C>             <C>               <C>
Common Stock, $.01 par        4,174,803 shares   $12.50          $52,185,037       $15,814
value
=========================================================================================
<FN>
(1) Estimated solely for the purpose of calculating the registration fee.
</FN>
`);
    expect(texts(table.header)).toEqual([
      'Title of Each Class of Securities to be Registered',
      'Amount to be Registered',
      'Proposed Maximum Offering Price Per Share',
      'Proposed Maximum Aggregate Offering Price',
      'Amount of Registration Fee',
    ]);
    expect(table.header.map((c) => c.notes)).toEqual([[], [], ['1'], ['1'], []]);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([['Common Stock, $.01 par value', '4,174,803 shares', '$12.50', '$52,185,037', '$15,814']]);
    expect(table.notes.map((n) => n.marker)).toEqual(['1']);
  });

  test('a contents list wrapped in table tags is declined', () => {
    expect(
      parseTable(
        source(`
<S>                                                  <C>
                                                     Page
WHERE YOU CAN FIND MORE INFORMATION.....................2
RISK FACTORS      ......................................2
THE COMPANY       ......................................3
`),
      ),
    ).toBeNull();
  });

  test('a signature block in table tags (no first column) is declined', () => {
    expect(
      parseTable(
        source(`
<S>                               <C>
                                          /s/ ERNST & YOUNG LLP
                                  ------------------------------------------
                                              Ernst & Young LLP
`),
      ),
    ).toBeNull();
  });

  test('prose in table tags is declined', () => {
    expect(
      parseTable(
        source(`
The Company believes that its existing  facilities are adequate for
its current needs and that  suitable additional space will be available
as needed.
`),
      ),
    ).toBeNull();
  });

  test('nothing is dropped: every letter and digit of the input lands in the table', () => {
    const text = `
<CAPTION>
                                   Market Price           Cash
                                -------------------     Dividends
                                 High        Low        Declared
<S>                             <C>         <C>         <C>
1996
 First Quarter...............   $36 3/8     $27 1/4      $0.11
 Second Quarter..............    44 1/2      35 1/4       0.11
`;
    const table = parsed(text);
    expect(texts(table.header)).toEqual(['', 'Market Price — High', 'Market Price — Low', 'Cash Dividends Declared']);
    expect(texts(table.rows[1]?.cells)).toEqual(['First Quarter', '$36 3/8', '$27 1/4', '$0.11']);
    const count = (s: string): number => (s.match(/[A-Za-z0-9]/g) ?? []).length;
    const out = [table.caption ?? '', 'Market Price', 'High', 'Low', 'Cash Dividends Declared', ...table.rows.flatMap((r) => texts(r.cells))];
    expect(out.map(count).reduce((a, b) => a + b)).toBe(count(text.replace(/<[A-Z]+>/g, '')));
  });
});

describe('parseTableNotes', () => {
  const at = (text: string): { text: string; pos: { line: number; pageIndex: number; printedPage: null } }[] =>
    text.split('\n').map((t, i) => ({ text: t, pos: { line: i + 1, pageIndex: 0, printedPage: null } }));

  test('hanging-indented notes with blank lines between; justified double spaces collapse', () => {
    const notes = parseTableNotes(
      at(`(1)  Beneficial  ownership is determined in accordance with Rule 13d-3 under the
     Securities Exchange Act of 1934. Each selling stockholder owns less than 1%

(2)  Totals  include  shares  held in escrow.`),
    );
    expect(notes).toEqual([
      {
        marker: '1',
        text: 'Beneficial ownership is determined in accordance with Rule 13d-3 under the Securities Exchange Act of 1934. Each selling stockholder owns less than 1%',
        pos: expect.objectContaining({ line: 1 }),
      },
      { marker: '2', text: 'Totals include shares held in escrow.', pos: expect.objectContaining({ line: 4 }) },
    ]);
  });

  test('markers as printed: (a) * ** [1] 1. and a separator rule above', () => {
    const notes = parseTableNotes(at(`- ----------\n(a) First.\n*   Second.\n**  Third.\n[4] Fourth.\n5.  Fifth.`));
    expect(notes?.map((n) => n.marker)).toEqual(['a', '*', '**', '4', '5']);
  });

  test('a word broken at a line end is closed up; a real hyphen stays', () => {
    const notes = parseTableNotes(at(`(1) Subject to indemni-\n    fication and to the lock-\n    up agreement.`));
    expect(notes?.[0]?.text).toBe('Subject to indemnification and to the lock-up agreement.');
  });

  test('lines that do not start with a marker are not footnotes', () => {
    expect(parseTableNotes(at('The Company sells its products.\n(1) Not a note run.'))).toBeNull();
  });
});

describe('untaggedTableLength', () => {
  const lines = (text: string): { text: string }[] => text.split('\n').map((t) => ({ text: t }));

  test('an aligned table with a heading line and a label line inside', () => {
    const doc = lines(`Following is a summary:

                                ABC/Zenco
                              Restructuring     Utilized      Balance at
                                 Charge         in 1997        12/31/97
Merger transaction costs.       $ 35.0          $ 32.1          $  2.9
Restructuring costs:
   Employee severance....         89.8            37.4            52.4
   Exit costs............        286.9           126.1           160.8

Merger transaction costs related to the merger with Zenco`);
    expect(untaggedTableLength(doc, 2)).toBe(7);
    expect(untaggedTableLength(doc, 0)).toBe(0);
  });

  test('justified prose, a list and an address block are not tables', () => {
    const prose = lines(`We  are  registering  the  selling  stockholders'  shares  of  Common  Stock  in
accordance with the terms of that acquisition. Our registration of the shares of
Common Stock does not necessarily mean that the selling  stockholders  will sell`);
    expect(untaggedTableLength(prose, 0)).toBe(0);
    const address = lines(`     Level 3 Communications, Inc.
     1025 Eldorado Boulevard
     Broomfield, Colorado 80021`);
    expect(untaggedTableLength(address, 0)).toBe(0);
    const list = lines(`     o    the Company's results of operations;
     o    general economic conditions; and
     o    other factors.`);
    expect(untaggedTableLength(list, 0)).toBe(0);
  });

  test('dotted leaders running into numbers', () => {
    const doc = lines(`Net sales.......................  $ 9,188\nCost of sales...................    6,844\nGross margin....................    2,344`);
    expect(untaggedTableLength(doc, 0)).toBe(3);
  });
});

describe('mergeContinuedTable', () => {
  const pos = { line: 1, pageIndex: 0, printedPage: null };
  const row = (label: string): TableModel['rows'][number] => ({
    cells: [{ text: label, notes: [] }, { text: '1', notes: [] }],
    total: false,
    level: 0,
    section: false,
    pos,
  });
  const table = (header: string[], rows: string[]): TableModel => ({
    header: header.map((text) => ({ text, notes: [] })),
    rows: rows.map(row),
    align: ['left', 'right'],
    notes: [],
  });

  test('a repeated header, "(continued)" or no header joins the bodies', () => {
    const first = table(['Name', 'Shares'], ['a', 'b']);
    expect(mergeContinuedTable(first, table(['Name', 'Shares'], ['c']))?.rows.map((r) => r.cells[0]?.text)).toEqual(['a', 'b', 'c']);
    expect(mergeContinuedTable(first, table(['Name (continued)', 'Shares'], ['c']))?.rows).toHaveLength(3);
    expect(mergeContinuedTable(first, table(['', ''], ['c']))?.header.map((c) => c.text)).toEqual(['Name', 'Shares']);
  });

  test('a different header is a different table', () => {
    expect(mergeContinuedTable(table(['Name', 'Shares'], ['a']), table(['Year', 'Sales'], ['b']))).toBeNull();
  });
});

describe('pathological input', () => {
  // Four times the input, at most five times the work (counted through the built-ins, never timed): a quadratic step would be sixteen.
  const linear = (run: (n: number) => unknown, n: number): void => {
    const small = countWork(() => run(n)).work;
    const large = countWork(() => run(4 * n)).work;
    expect(large.elements / small.elements).toBeLessThanOrEqual(5);
    expect(large.characters / small.characters).toBeLessThanOrEqual(5);
  };

  test('a 5,000-line table and a 100,000-character line take work linear in their size', () => {
    const longTable = (n: number) =>
      parseTable(source(`<S>            <C>           <C>\n${Array.from({ length: n }, (_, i) => `Item ${i}${' '.repeat(30)}${(i * 37) % 99991}${' '.repeat(8)}${i % 1000}`).join('\n')}`));
    expect(longTable(5000)?.rows).toHaveLength(5000);
    linear(longTable, 1250);

    const wide = (n: number) => `Net sales ${'1,234  '.repeat(n)}`;
    linear((n) => parseTable(source(`${wide(n)}\n${wide(n)}\n${wide(n)}`)), 3500);
    linear((n) => untaggedTableLength([{ text: wide(n) }, { text: wide(n) }, { text: wide(n) }], 0), 3500);
    linear((n) => parseTableNotes([{ text: `(1) ${'word '.repeat(n)}`, pos: { line: 1, pageIndex: 0, printedPage: null } }]), 5000);
  });
});
