import { describe, expect, test } from 'vitest';
import { parseTable, untaggedTableLength } from '../../scripts/parser/tables.ts';
import { parsed, source, texts } from '../fixtures/table-source.ts';

describe('captions keep their lines apart', () => {
  test('a title, its sentence and the units line are separate caption parts ("Inventories")', () => {
    const table = parsed(`
<CAPTION>
Inventories
Inventories consist of the following:                    (In thousands)

                                                     1994         1993
<S>                                            <C>          <C>
Purchased parts                                $  469,420   $  504,201
Work in process                                   206,654      284,440
`);
    expect(table.caption).toBe('Inventories — Inventories consist of the following: — (In thousands)');
    expect(texts(table.header)).toEqual(['', '1994', '1993']);
  });

  test('a title wrapped over two full lines stays one part', () => {
    const table = parsed(`
<CAPTION>
The following table sets forth the components of
the Company's deferred tax assets at year end:
                                                     1994         1993
<S>                                            <C>          <C>
Purchased parts                                $  469,420   $  504,201
Work in process                                   206,654      284,440
`);
    expect(table.caption).toBe("The following table sets forth the components of the Company's deferred tax assets at year end:");
  });
});

describe('totals lines without a rule', () => {
  const restructuring = `
                                   Balance at                    Balance at
                                   Sept. 24,            Adjust-  Sept. 30,
Category                           1993       Spending   ments   1994

Employee termination payments(C)   $  84,062 $  42,376 $  30,933  $ 10,753
Provisions for litigation (C)          3,600        --     1,856     1,744
R&D project cancelations (C)          14,858     7,043     1,624     6,191

                                   $ 102,520 $  49,419 $  34,413  $ 18,688

(C): Cash; (N): Noncash; (B): Both cash and noncash`;

  test('an untagged table takes the line of figures under its columns, after a blank line', () => {
    const lines = restructuring.replace(/^\n/, '').split('\n').map((text) => ({ text }));
    expect(untaggedTableLength(lines, 0)).toBe(9);
  });

  test('that line is the total row', () => {
    const lines = restructuring.replace(/^\n/, '').split('\n').slice(0, 9).join('\n');
    const table = parsed(lines, false);
    const last = table.rows[table.rows.length - 1];
    expect(texts(last?.cells)).toEqual(['', '$102,520', '$49,419', '$34,413', '$18,688']);
    expect(last?.total).toBe(true);
    expect(table.rows.filter((r) => r.total)).toHaveLength(1);
  });

  test('figures from the left margin are rows of their own, not a totals line', () => {
    const lines = `
ROCE to PLAN             % Bonus
% Achievment             Payout

115%                     175%           (Maximum)
110%                     150%
105%                     125%
`.replace(/^\n/, '').split('\n').map((text) => ({ text }));
    expect(untaggedTableLength(lines, 0)).toBe(0);
  });

  test('a label-less line of figures under labelled rows is a total ("Inventories")', () => {
    const table = parsed(`
<CAPTION>
                                                     1994         1993
<S>                                            <C>          <C>
Purchased parts                                $  469,420   $  504,201
Work in process                                   206,654      284,440
Finished goods                                    412,360      717,997
                                               $1,088,434   $1,506,638
`);
    expect(table.rows.map((r) => r.total)).toEqual([false, false, false, true]);
  });
});

describe('group headings without a rule under them', () => {
  test('a heading centred over two columns spans both; a heading stacked over one column does not', () => {
    const table = parsed(`
<CAPTION>                                        Accu-
                                                 mulated
                     Common Stock      Retained  Trans-     Total
                  Shares    Amount     Earnings  lation     Equity
<S>              <C>     <C>         <C>        <C>       <C>
Balance          118,386 $ 278,865  $1,492,024  $ (2,377) $1,766,676
Net income            --        --     530,373         --    530,373
`);
    expect(texts(table.header)).toEqual(['', 'Common Stock — Shares', 'Common Stock — Amount', 'Retained Earnings', 'Accumulated Translation', 'Total Equity']);
  });

  test('labels over the first of equal groups span their group ("1994" / "1993(A)")', () => {
    const table = parsed(`
<CAPTION>
                               1994                    1993(A)

                            Notional   Fair    Risk    Notional  Fair  Risk
                            Principal  Value   Amount  Principal Value Amount
<S>                           <C>      <C>      <C>     <C>      <C>    <C>
  Swaps                     $  699    $ (40)      --         --    --      --
  Spot / Forward contracts  $2,385    $ (23)    $ 15    $ 2,114  $  6   $  19
`);
    expect(texts(table.header)).toEqual([
      '',
      '1994 — Notional Principal',
      '1994 — Fair Value',
      '1994 — Risk Amount',
      '1993 — Notional Principal',
      '1993 — Fair Value',
      '1993 — Risk Amount',
    ]);
    // The spanner's note marker "(A)" marks each column under it.
    expect(table.header.map((c) => c.notes)).toEqual([[], [], [], [], ['A'], ['A'], ['A']]);
  });

  test('a heading over one column in the middle of its stack stays with that column', () => {
    const table = parsed(`
<CAPTION>
                                                 Notes
                                                 Receivable Total
                      Retained                   from       Share-
                      Earnings                   Share-     holders'
<S>                   <C>                        <C>        <C>
Balance               $1,492,024                 $ (1,836)  $1,766,676
Net income               530,373                        --     530,373
`);
    expect(texts(table.header)).toEqual(['', 'Retained Earnings', 'Notes Receivable from Share-', "Total Shareholders'"]);
  });
});

describe('EX-27 financial data schedules', () => {
  test('tags with their values become a Tag / Value table, the tag shown as a word', () => {
    const table = parsed(`
<TABLE> <S> <C>

<ARTICLE> 5
<MULTIPLIER>                            1,000

<S>                                     <C>
<PERIOD-TYPE>                           YEAR
<FISCAL-YEAR-END>                                        SEP-30-1994
<CASH>                                                     1,203,488
<PP&E>                                                     1,452,188
<NET-INCOME>                                                 (1,045)
`);
    expect(texts(table.header)).toEqual(['Tag', 'Value']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['ARTICLE', '5'],
      ['MULTIPLIER', '1,000'],
      ['PERIOD-TYPE', 'YEAR'],
      ['FISCAL-YEAR-END', 'SEP-30-1994'],
      ['CASH', '1,203,488'],
      ['PP&E', '1,452,188'],
      ['NET-INCOME', '(1,045)'],
    ]);
    expect(table.align).toEqual(['left', 'right']);
  });

  test('a table with one line that is not a tag and its value is no schedule', () => {
    const table = parsed(`
<S>                                     <C>
<CASH>                                                     1,203,488
<SECURITIES>                                                  54,368
<RECEIVABLES>                                              1,672,339
<INVENTORY>                                                1,088,434
Total                                                      4,476,452
`);
    expect(texts(table.header)).not.toEqual(['Tag', 'Value']);
  });
});

describe('cover layouts: records under a heading group', () => {
  const cover = `
Commission       Registrant, State of Incorporation,       I.R.S. Employer
File Number      Address and Telephone Number              Identification No.

1-1234           The Acme Gas Company                      58-1234567
                 (A Delaware Corporation)
                 100 Commerce Street, N.W.
                 Atlanta, Georgia 30303
                 (404) 555-0100

1-3164           Alabama Power Company                     63-0004250
                 (An Alabama Corporation)
                 600 North 18th Street
                 Birmingham, Alabama 35291
                 (205) 257-1000

The addresses of the registrants have not changed since the last report.`;
  const lines = cover.replace(/^\n/, '').split('\n');

  test('every registrant belongs to the untagged table, not only the first', () => {
    expect(untaggedTableLength(lines.map((text) => ({ text })), 0)).toBe(14);
  });

  test('one row per registrant, its name and address lines kept apart in the cell', () => {
    const table = parsed(lines.slice(0, 14).join('\n'), false);
    expect(texts(table.header)).toEqual(['Commission File Number', 'Registrant, State of Incorporation, Address and Telephone Number', 'I.R.S. Employer Identification No.']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['1-1234', 'The Acme Gas Company; (A Delaware Corporation); 100 Commerce Street, N.W.; Atlanta, Georgia 30303; (404) 555-0100', '58-1234567'],
      ['1-3164', 'Alabama Power Company; (An Alabama Corporation); 600 North 18th Street; Birmingham, Alabama 35291; (205) 257-1000', '63-0004250'],
    ]);
  });

  test('a wrapped phrase in a record rejoins with a space', () => {
    const table = parsed(`
Exhibit          Description                               Where
Number           of Exhibit                                Filed

10.1             Credit Agreement between the Registrant   Herewith
                 and certain lenders dated as of
                 December 9, 1993.

10.2             Acme Computers, Inc. Savings and          By reference
                 Investment Plan
`, false);
    expect(table.rows.map((r) => r.cells[1]?.text)).toEqual([
      'Credit Agreement between the Registrant and certain lenders dated as of December 9, 1993.',
      'Acme Computers, Inc. Savings and Investment Plan',
    ]);
  });

  test('columns cut wrong (two phrases a wide gap apart in one cell) are no records', () => {
    const layout = `
Corp           CEO/SVP      60% PTOP
Executives     VP/Director  40% ROCE     Total Payout

ATG            VP /         60% PTOP
               Director     40% ROCE     Total Payout

ZenitSoft      VP           60% PTOP
               Funct.       40% ROCE     Total Payout
`;
    const table = parseTable(source(layout, false));
    expect(table?.rows.some((r) => r.cells.some((c) => /PTOP; /.test(c.text))) ?? false).toBe(false);
  });
});

describe('units lines', () => {
  test('a units line under each of two columns is their unit, not the caption twice', () => {
    const table = parsed(`
<CAPTION>
                                  PREFERRED STOCK             COMMON STOCK
                             -------------------------  -------------------------
                                  SHARES       AMOUNT        SHARES       AMOUNT
                             ----------------  -------  ----------------  -------
                              (IN THOUSANDS)             (IN THOUSANDS)
<S>                          <C>               <C>      <C>               <C>
Balance as of 1994.........            --      $   --         119,543     $  298
Net loss...................            --          --           3,379        100
`);
    expect(table.caption).toBeUndefined();
    expect(texts(table.header)).toEqual(['', 'PREFERRED STOCK — SHARES (IN THOUSANDS)', 'PREFERRED STOCK — AMOUNT', 'COMMON STOCK — SHARES (IN THOUSANDS)', 'COMMON STOCK — AMOUNT']);
  });
});

describe('an untagged schedule with labels set off by blank lines (a schedule of short-term borrowings)', () => {
  const schedule = `
                                              Maximum     Average
      Category of       Year-end  Interest     Amount      Amount
       Borrowings        Balance      Rate Outstanding Outstanding


Year Ended September 30, 1994:

  Short-term Borrowings $ 292,200    5.0%   $1,178,000  $ 717,000

Year Ended September 24, 1993:

  Short-term Borrowings $ 823,182    3.3%   $  999,567  $ 291,681

__________`;
  const lines = schedule.replace(/^\n/, '').split('\n');

  test('the rows under their year labels belong to the table', () => {
    expect(untaggedTableLength(lines.map((text) => ({ text })), 0)).toBe(12);
  });

  test('an amount one space after a capitalised label is the first value column, not part of the label', () => {
    const table = parsed(lines.slice(0, 12).join('\n'), false);
    expect(texts(table.header)).toEqual(['Category of Borrowings', 'Year-end Balance', 'Interest Rate', 'Maximum Amount Outstanding', 'Average Amount Outstanding']);
    expect(table.rows.map((r) => texts(r.cells))).toEqual([
      ['Year Ended September 30, 1994:', '', '', '', ''],
      ['Short-term Borrowings', '$292,200', '5.0%', '$1,178,000', '$717,000'],
      ['Year Ended September 24, 1993:', '', '', '', ''],
      ['Short-term Borrowings', '$823,182', '3.3%', '$999,567', '$291,681'],
    ]);
  });
});

describe('justified prose is no untagged table', () => {
  test('words spread by gaps of up to three spaces are a paragraph', () => {
    const lines = `
If   for   any   reason,   including  reorganization,   a   Division   or
Geography/Market Performance Measurement is no longer applicable for  the
entire   fiscal  year,  the  Division  or  Geography/Market   Performance
Measurement   may   be   replaced  by  the  next   higher   Division   or
Geography/Market or Corporate Performance Measurement.
`.replace(/^\n/, '').split('\n').map((text) => ({ text }));
    expect(untaggedTableLength(lines, 0)).toBe(0);
  });
});

describe('group headings standing apart or beside a column heading', () => {
  test('a heading with a blank line under it, centred over three dates, spans them', () => {
    const table = parsed(`
<CAPTION>

                                 Fiscal Year Ended

                  September 30,    September 24,    September 25,
                      1994             1993             1992
<S>                <C>               <C>              <C>
Advertising        $  158,175        $  153,382       $  134,128
Maintenance            12,000            11,000           10,000
`);
    expect(texts(table.header)).toEqual([
      '',
      'Fiscal Year Ended — September 30, 1994',
      'Fiscal Year Ended — September 24, 1993',
      'Fiscal Year Ended — September 25, 1992',
    ]);
  });

  test('beside a one-column heading over the stub edge, a heading centred over the other two spans them ("APB 11 Method")', () => {
    const table = parsed(`
<CAPTION>
                                    FAS 109 Method          APB 11 Method
                                             1994         1993          1992
<S>                                     <C>           <C>          <C>
Computed expected tax                   $ 175,100     $ 48,532     $ 290,850
State taxes, net of federal benefit        16,978        2,465        26,945
`);
    expect(texts(table.header)).toEqual(['', 'FAS 109 Method 1994', 'APB 11 Method — 1993', 'APB 11 Method — 1992']);
  });
});

describe('labels stacked straight over their own columns are no groups', () => {
  test('"Total" and "Average" over one column each, with no blank line under them, stay with their columns', () => {
    const table = parsed(`
<CAPTION>
                       Total                    Average
                       Revenue      Cost        Revenue      Cost
<S>                    <C>          <C>         <C>          <C>
Stores                 $ 1,000      $  800      $    10      $    8
Mail order                 500         400            5           4
`);
    expect(texts(table.header)).toEqual(['', 'Total Revenue', 'Cost', 'Average Revenue', 'Cost']);
  });
});
