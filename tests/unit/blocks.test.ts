import { describe, expect, test, vi } from 'vitest';
import type { Block, Line } from '../../scripts/parser/types.ts';
import { fakeTables, linesOf } from './blocks-fixture.ts';

vi.mock('../../scripts/parser/tables.ts', () => fakeTables);
const { findBlocks } = await import('../../scripts/parser/blocks.ts');

/** How many page starts the blocks account for: pageBreak blocks plus breaks recorded inside blocks. */
function pageStartsIn(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => {
    if (b.kind === 'pageBreak') return n + 1;
    if (b.kind === 'paragraph' || b.kind === 'table') return n + b.pageBreaks.length;
    if (b.kind === 'list') return n + b.items.reduce((m, item) => m + (item.pageBreaks?.length ?? 0), 0);
    return n;
  }, 0);
}

/** Every physical page start must appear exactly once in the blocks. */
function expectPagesKept(lines: readonly Line[], blocks: readonly Block[]): void {
  expect(pageStartsIn(blocks)).toBe(lines.filter((l) => l.pageStart).length);
}

const kinds = (blocks: readonly Block[]): string[] => withoutBreaks(blocks).map((b) => b.kind);

/** The blocks without pageBreak markers (every fixture's first line starts page 1). */
function withoutBreaks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => b.kind !== 'pageBreak');
}

describe('paragraphs', () => {
  test('a run-in heading in capitals set off by a dash is a bold lead-in, the dash kept with the text', () => {
    const blocks = findBlocks(linesOf(`      ORGANIZATION - Junglee Corp. was incorporated in Delaware on June 3, 1996
      to develop and market software.

      SHORT-TERM INVESTMENTS - The Company's short-term investments consist of
      corporate debt securities.

      Net Sales - the ACME line ran.`));
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? [b.leadIn, b.text] : []))).toEqual([
      ['ORGANIZATION', '- Junglee Corp. was incorporated in Delaware on June 3, 1996 to develop and market software.'],
      ['SHORT-TERM INVESTMENTS', "- The Company's short-term investments consist of corporate debt securities."],
      [undefined, 'Net Sales - the ACME line ran.'],
    ]);
  });

  test('justified lines join with single spaces; a first-line indent starts the next paragraph', () => {
    const blocks = findBlocks(linesOf(`     The  stockholders  of Level 3  Communications,  Inc.  listed  on page 3 are
offering and selling 4,174,803 shares of our Common Stock under this Prospectus.
     We issued these shares to the selling  stockholders.`));
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'The stockholders of Level 3 Communications, Inc. listed on page 3 are offering and selling 4,174,803 shares of our Common Stock under this Prospectus.',
      'We issued these shares to the selling stockholders.',
    ]);
  });

  test('line-end hyphens join unless the document writes the word with its hyphen', () => {
    const blocks = findBlocks(linesOf(`The Level 3 network is a commu-
nications network for business-to-
business software and a lock-
up agreement covers it.

Holders signed a lock-up agreement.`));
    const first = blocks.find((b) => b.kind === 'paragraph');
    expect(first?.kind === 'paragraph' && first.text).toBe(
      'The Level 3 network is a communications network for business-to-business software and a lock-up agreement covers it.',
    );
  });

  test('a paragraph cut by a page break is one paragraph with the new page at the offset of its first word', () => {
    const lines = linesOf(`<<PAGE 2>>
     Since Arthur Andersen LLP has not consented, you will not be

<<PAGE 3>>


able to recover against Arthur Andersen LLP under Section 11.`);
    const blocks = findBlocks(lines);
    const para = blocks.find((b) => b.kind === 'paragraph');
    expect(para?.kind).toBe('paragraph');
    if (para?.kind !== 'paragraph') return;
    expect(para.text).toBe('Since Arthur Andersen LLP has not consented, you will not be able to recover against Arthur Andersen LLP under Section 11.');
    expect(para.pageBreaks).toHaveLength(1);
    expect(para.text.slice(para.pageBreaks[0]!.offset)).toMatch(/^able to recover/);
    expect(para.pageBreaks[0]!.pos.printedPage).toBe('3');
    expectPagesKept(lines, blocks);
  });

  test('a heading at the top of the next page does not carry an unfinished line on (Sears 2004 8-K cover)', () => {
    const blocks = findBlocks(linesOf(`  (Former name or former address, if changed since last report): Not Applicable
<<PAGE 2>>

Item 7. Financial Statements and Exhibits.

      (c)   Exhibits`));
    expect(kinds(blocks)).toEqual(['paragraph', 'heading', expect.any(String)]);
  });

  test('a finished sentence before a page break gives a pageBreak block instead', () => {
    const lines = linesOf(`<<PAGE 1>>
We engage in coal mining.

<<PAGE 2>>
Our principal executive offices are in Broomfield.`);
    const blocks = findBlocks(lines);
    expect(blocks.map((b) => b.kind)).toEqual(['pageBreak', 'paragraph', 'pageBreak', 'paragraph']);
    expectPagesKept(lines, blocks);
  });

  test('a word hyphenated across a blank line is rejoined ("free-" / "standing")', () => {
    const blocks = findBlocks(linesOf(`Acme's 10,125 square-foot free-

standing prototype stores have helped.

Stores moved to freestanding locations.`));
    const first = withoutBreaks(blocks)[0];
    expect(first?.kind === 'paragraph' && first.text).toBe("Acme's 10,125 square-foot freestanding prototype stores have helped.");
  });

  test('a run-in heading becomes the lead-in of its paragraph', () => {
    const blocks = findBlocks(linesOf(`               Zenco.  The integration of Zenco has proceeded according to
management's expectations.

     Mr.  Smith joined the Company in 1990.`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', leadIn: 'Zenco.', text: "The integration of Zenco has proceeded according to management's expectations." });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Mr. Smith joined the Company in 1990.' });
    expect(blocks[1]).not.toHaveProperty('leadIn');
  });

  test('in-text enumerations stay in the paragraph', () => {
    const blocks = findBlocks(linesOf(`     These risks include, but are not limited to, (1)
the risks described in our Annual Report, (2)
any risks that may be described in any other filings and
(3) the risks outlined below.`));
    expect(kinds(blocks)).toEqual(['paragraph']);
  });
});

describe('headings', () => {
  const headingsOf = (text: string): string[] =>
    findBlocks(linesOf(text)).flatMap((b) => (b.kind === 'heading' ? [`${b.depth} ${b.text}`] : []));

  test('centred capitals outrank flush Title Case, which sits one level below', () => {
    expect(
      headingsOf(`                    DESCRIPTION OF OUTSTANDING CAPITAL STOCK

     We have summarized certain terms and provisions of our outstanding  capital
stock in this section.

Common Stock

     Holders of Common Stock are entitled to one vote per share for the election.

Preferred Stock

     The Preferred Stock has priority over the Common Stock.

Anti-Takeover Provisions

     We have provisions.

                              PLAN OF DISTRIBUTION

     The selling stockholders may sell the securities.`),
    ).toEqual(['2 DESCRIPTION OF OUTSTANDING CAPITAL STOCK', '3 Common Stock', '3 Preferred Stock', '3 Anti-Takeover Provisions', '2 PLAN OF DISTRIBUTION']);
  });

  test('centred capital lines join into one heading; an underline is consumed', () => {
    const blocks = withoutBreaks(findBlocks(linesOf(`                     MANAGEMENT'S DISCUSSION AND ANALYSIS OF
                  FINANCIAL CONDITION AND RESULTS OF OPERATIONS

Results of Operations
---------------------

     Net sales rose in every quarter, and the text runs to the right margin like
running text in the rest of this filing does.`)));
    expect(blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toEqual([
      "MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
      'Results of Operations',
      'paragraph',
    ]);
    expect(blocks[0]).toMatchObject({ depth: 2 });
    expect(blocks[1]).toMatchObject({ depth: 3 });
  });

  test('PART and ITEM labels are the top level, with wrapped item titles joined', () => {
    expect(
      headingsOf(`                                     PART II

ITEM 5. MARKET FOR THE REGISTRANT'S COMMON EQUITY AND RELATED SHAREHOLDER
  MATTERS

    The Company's common stock is traded on the over-the-counter market.

GENERAL

    Acme was incorporated in 1977.`),
    ).toEqual(['2 PART II', "2 ITEM 5. MARKET FOR THE REGISTRANT'S COMMON EQUITY AND RELATED SHAREHOLDER MATTERS", '3 GENERAL']);
  });

  test('numbered capitals hold the plain capitals under them, though the number is typed with a gap', () => {
    expect(
      headingsOf(`5.    FINANCING ARRANGEMENTS

      The Company has a line of credit.

6.    STOCKHOLDERS'  EQUITY

      COMMON STOCK

      The Company issued common stock to officers.`),
    ).toEqual(['2 5. FINANCING ARRANGEMENTS', "2 6. STOCKHOLDERS' EQUITY", '3 COMMON STOCK']);
  });

  test('SIGNATURES is top level even in a filing whose ITEMs outrank its centred capitals', () => {
    expect(
      headingsOf(`ITEM 14. EXHIBITS

                                   SCHEDULE II

     Schedule text.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934.`),
    ).toEqual(['2 ITEM 14. EXHIBITS', '3 SCHEDULE II', '2 SIGNATURES']);
  });

  test('sentence case printed before Title Case ranks above it; one-word titles side with their neighbours', () => {
    const prose = 'The Company offers a wide range of personal computing products, including\npersonal computers, peripherals, software and networking products.';
    expect(
      headingsOf(['ITEM 1.  BUSINESS', 'General', prose, 'Principal products', prose, 'Power Macintosh', prose, 'Macintosh PowerBook', prose, 'Raw materials', prose, 'Warranty', prose, 'Backlog', prose].join('\n\n')),
    ).toEqual(['2 ITEM 1. BUSINESS', '3 General', '3 Principal products', '4 Power Macintosh', '4 Macintosh PowerBook', '3 Raw materials', '3 Warranty', '3 Backlog']);
  });

  test('Title Case printed first keeps the fixed order: a later sentence-case title sits below it', () => {
    const prose = 'The Company offers a wide range of personal computing products, including\npersonal computers, peripherals, software and networking products.';
    expect(headingsOf(['Net Sales', prose, 'Backlog', prose, 'Raw materials', prose].join('\n\n'))).toEqual(['2 Net Sales', '2 Backlog', '3 Raw materials']);
  });

  test('a statement title joins its date lines; the company line over it is text, not a heading', () => {
    expect(
      headingsOf(`JUNGLEE CORP.

BALANCE SHEETS
DECEMBER 31, 1997 AND 1996
- --------------------------------------------------------------------------------

NOTES TO CONDENSED FINANCIAL STATEMENTS
SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)
- --------------------------------------------------------------------------------

1.       BASIS OF PRESENTATION

         The accompanying unaudited condensed financial statements have been
         prepared in accordance with generally accepted accounting principles.`),
    ).toEqual([
      '2 BALANCE SHEETS — DECEMBER 31, 1997 AND 1996',
      '2 NOTES TO CONDENSED FINANCIAL STATEMENTS — SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)',
      '3 1. BASIS OF PRESENTATION',
    ]);
  });

  test('a schedule set right tags its title lines, blank lines between or not; the label and the company line stay text', () => {
    expect(
      headingsOf(`                                                              SCHEDULE II
                              ACME COMPUTERS, INC.
            AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,
               PROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES

NOTES RECEIVABLE FROM SHAREHOLDERS

                                                            SCHEDULE VIII

                              ACME COMPUTERS, INC.

                 VALUATION AND QUALIFYING ACCOUNTS AND RESERVES

                                 (In thousands)`),
    ).toEqual([
      '2 AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS, PROMOTERS, AND EMPLOYEES OTHER THAN RELATED PARTIES',
      '3 NOTES RECEIVABLE FROM SHAREHOLDERS',
      '2 VALUATION AND QUALIFYING ACCOUNTS AND RESERVES',
    ]);
  });

  test('an exhibit label set right is text over its centred Title Case title; a flush word after a blank is not taken', () => {
    expect(
      headingsOf(`                                                                   Exhibit 99.04

                                Acme Gas Company
                        Analysis of Consolidated Earnings
                            (In Millions of Dollars)

                                                                   Exhibit 99.01

News

Media contacts can reach the company's press office at any time of day or night.`),
    ).toEqual(['2 Acme Gas Company Analysis of Consolidated Earnings', '3 News']);
  });

  test('a bare article label takes its title from below; a joining word and a party\'s name on a title page are no headings', () => {
    expect(
      headingsOf(`                                      Article VA

                                      PRESIDENT

    SECTION 5A.1:  POWERS AND DUTIES.  The powers and duties of the President
are:

                            REGISTRATION RIGHTS AGREEMENT

                                       BETWEEN

                                 ACME COMPUTERS, INC.`),
    ).toEqual(['2 Article VA — PRESIDENT', '3 REGISTRATION RIGHTS AGREEMENT']);
  });

  test('a one-word title over a slightly short first line of text is a heading ("Reclassifications")', () => {
    expect(
      headingsOf(`Reclassifications
Certain prior year amounts on the Consolidated Balance Sheets,
Consolidated Statements of Cash Flows, Industry Segment and Geographic
Information, and Income Taxes footnotes have been reclassified to conform.`),
    ).toEqual(['2 Reclassifications']);
  });

  test('a sentence-case title counts when running text follows it', () => {
    expect(
      headingsOf(`Principal products

The Company offers a wide range of personal computing products, including
personal computers.

Shares of

Amounts receivable from related parties`),
    ).toEqual(['2 Principal products']);
  });

  test('sentences, labels with values, notes in brackets and table rows are not headings', () => {
    expect(
      headingsOf(`REPRESENTATION TO THE CONTRARY IS A CRIMINAL OFFENSE.

NM: Not Meaningful

                        COMMISSION FILE NUMBER 0-10030

                  1516 SECOND AVENUE, SEATTLE, WASHINGTON 98101
                  ---------------------------------------------

(DOLLARS IN MILLIONS)

Net sales          $ 7,081     $ 9,833

None

Deloitte & Touche LLP

September 22, 1997`),
    ).toEqual([]);
  });
});

describe('lists', () => {
  test('"o" bullets with hanging indents and blank lines between items', () => {
    const lines = linesOf(`o    Annual Report on Form 10-K for the fiscal year ended December 31, 2003;

o    The Amended  Quarterly  Reports on Form  10-Q/A-1  for the fiscal  quarters
     ended March 31, 2003; and

o    Registration  Statements  on Forms  8-A/A filed March 31, 1998.

     You may  request  a copy  of  these  filings  at no  cost.`);
    const blocks = findBlocks(lines);
    expect(kinds(blocks)).toEqual(['list', 'paragraph']);
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.text)).toEqual([
      'Annual Report on Form 10-K for the fiscal year ended December 31, 2003;',
      'The Amended Quarterly Reports on Form 10-Q/A-1 for the fiscal quarters ended March 31, 2003; and',
      'Registration Statements on Forms 8-A/A filed March 31, 1998.',
    ]);
  });

  test('numbered items at one indent form an ordered list', () => {
    const blocks = findBlocks(linesOf(`               1. The Company's Annual Report on Form 10-K for the fiscal year
      ended December 31, 1997;

               2. The Company's Quarterly Report on Form 10-Q;

               3. The Company's Current Reports on Form 8-K.`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[0]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[0]?.kind === 'list' && blocks[0].items.map((i) => i.text)).toEqual([
      "The Company's Annual Report on Form 10-K for the fiscal year ended December 31, 1997;",
      "The Company's Quarterly Report on Form 10-Q;",
      "The Company's Current Reports on Form 8-K.",
    ]);
  });

  test('lettered items keep their printed labels', () => {
    const blocks = findBlocks(linesOf(`(a)  the first thing;

(b)  the second thing.`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[0]).toMatchObject({ kind: 'list', ordered: false, items: [{ text: '(a) the first thing;' }, { text: '(b) the second thing.' }] });
  });
});

describe('line blocks', () => {
  test('an indented address keeps its lines', () => {
    const blocks = findBlocks(linesOf(`     You may request a copy by writing to us at the following address:

         Senior Vice President, Investor Relations
         Level 3 Communications, Inc.
         1025 Eldorado Blvd.
         Broomfield, CO 80021
         720-888-1000
`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[1]).toMatchObject({
      kind: 'lineBlock',
      lines: ['Senior Vice President, Investor Relations', 'Level 3 Communications, Inc.', '1025 Eldorado Blvd.', 'Broomfield, CO 80021', '720-888-1000'],
    });
  });

  test('the registrant over a signature signs: its name is no heading, and a signature right of a date keeps its lines', () => {
    const blocks = findBlocks(linesOf(`                                                 ZENIT SYSTEMS, INC.

Dated:  November 28, 1995                        By: /s/ Jerry R. Baxter
                                                     -----------------------
                                                     Jerry R. Baxter,
                                                     Chief Financial Officer`));
    expect(kinds(blocks)).toEqual(['paragraph', 'lineBlock']);
    expect(blocks.find((b) => b.kind === 'lineBlock')).toMatchObject({ lines: ['Dated:  November 28, 1995                        By: /s/ Jerry R. Baxter', expect.stringMatching(/^ +-+$/), expect.stringMatching(/Jerry R. Baxter,$/), expect.stringMatching(/Chief Financial Officer$/)] });
  });

  test('a cover line over its bracketed label keeps its break; a sentence over a bracket does not', () => {
    const blocks = findBlocks(linesOf(`			Acme Computers, Inc.
	(Exact name of registrant as specified in its charter)

The Company filed its report on time.
(See the exhibit index.)`));
    expect(kinds(blocks)).toEqual(['lineBlock', 'paragraph']);
    expect(blocks.find((b) => b.kind === 'lineBlock')).toMatchObject({ lines: [expect.stringMatching(/Acme Computers, Inc\.$/), expect.stringMatching(/^\s*\(Exact name of registrant as specified in its charter\)$/)] });
  });

  test('names stacked in capitals keep their lines (co-registrants over a signature)', () => {
    const blocks = findBlocks(linesOf(`                                      ALABAMA POWER COMPANY
                                      GEORGIA POWER COMPANY
                                      SAVANNAH ELECTRIC AND POWER COMPANY
                                      NORTHWIND POWER COMPANY`));
    expect(blocks.find((b) => b.kind === 'lineBlock')).toMatchObject({
      lines: ['ALABAMA POWER COMPANY', 'GEORGIA POWER COMPANY', 'SAVANNAH ELECTRIC AND POWER COMPANY', 'NORTHWIND POWER COMPANY'],
    });
  });

  test('signature and check-box lines keep their lines', () => {
    const blocks = findBlocks(linesOf(`By: /s/ Fred D. Anderson
Name: Fred D. Anderson
Title: Chief Financial Officer

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)`));
    expect(kinds(blocks)).toEqual(['lineBlock', 'lineBlock']);
  });
});

describe('contents', () => {
  test('a contents group head printed again as a title holds none of the sections listed under it; the contents nests the rest', () => {
    const blocks = findBlocks(
      linesOf(`                             PROSPECTUS SUPPLEMENT

                               TABLE OF CONTENTS

           PROSPECTUS SUPPLEMENT
The Company..............................................  S-2
Use of Proceeds..........................................  S-3
     Net Proceeds........................................  S-3

                                  The Company

     Widgetco makes widgets for stores in nine western states and sells them
through its own shops.

                                Use of Proceeds

     The proceeds will be used for the purposes set out below in this section.

NET PROCEEDS

     The net proceeds are expected to be about $12 million after all expenses.`),
    );
    expect(blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.depth} ${b.text}`] : []))).toEqual([
      '2 PROSPECTUS SUPPLEMENT',
      '2 TABLE OF CONTENTS',
      '2 The Company',
      '2 Use of Proceeds',
      '3 NET PROCEEDS',
    ]);
  });

  test('a tagged contents with leaders and a Page column becomes a toc with levels from indent', () => {
    const blocks = findBlocks(linesOf(`                                TABLE OF CONTENTS
<TABLE>
         <S>                                                             <C>
                                                                         Page
         RISK FACTORS      ..............................................2
         DESCRIPTION OF OUTSTANDING CAPITAL STOCK........................5
                      Common Stock.......................................6
         LEGAL MATTERS.................................................. 7
</TABLE>`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[1]).toEqual({
      kind: 'toc',
      pos: expect.anything(),
      entries: [
        { title: 'RISK FACTORS', page: '2', level: 0 },
        { title: 'DESCRIPTION OF OUTSTANDING CAPITAL STOCK', page: '5', level: 0 },
        { title: 'Common Stock', page: '6', level: 1 },
        { title: 'LEGAL MATTERS', page: '7', level: 0 },
      ],
    });
  });

  test('under a "Page" header a tagged index needs no leaders', () => {
    const blocks = withoutBreaks(findBlocks(linesOf(`<TABLE>
<CAPTION>
INDEX TO CONSOLIDATED FINANCIAL STATEMENTS                     Page
<S>                                                            <C>
Report of Ernst & Young LLP, Independent Auditors              22
Consolidated Balance Sheets at September 30, 1994 and
  September 24, 1993                                           23
Notes to Consolidated Financial Statements                     27
</TABLE>`)));
    expect(blocks[0]?.kind === 'toc' && blocks[0].entries.filter((e) => e.page !== null)).toEqual([
      { title: 'Report of Ernst & Young LLP, Independent Auditors', page: '22', level: 0 },
      { title: 'Consolidated Balance Sheets at September 30, 1994 and September 24, 1993', page: '23', level: 0 },
      { title: 'Notes to Consolidated Financial Statements', page: '27', level: 0 },
    ]);
  });

  test('an untagged contents joins wrapped titles onto their page line', () => {
    const blocks = findBlocks(linesOf(`                             TABLE OF CONTENTS

                                                                   Page

     Available Information..........................................A-3
     Incorporation of Certain Documents
           by Reference.............................................A-3
     Management's Discussion and
           Analysis of Financial Condition
           and Results of Operations...............................A-14
     Experts.......................................................A-31`));
    expect(blocks.map((b) => b.kind)).toEqual(['pageBreak', 'heading', 'toc']);
    expect(blocks[2]?.kind === 'toc' && blocks[2].entries).toEqual([
      { title: 'Available Information', page: 'A-3', level: 0 },
      { title: 'Incorporation of Certain Documents by Reference', page: 'A-3', level: 0 },
      { title: "Management's Discussion and Analysis of Financial Condition and Results of Operations", page: 'A-14', level: 0 },
      { title: 'Experts', page: 'A-31', level: 0 },
    ]);
  });

  test('a 10-Q index without leaders under a "Page" header: PART group heads over their Items, wrapped titles joined', () => {
    const blocks = findBlocks(linesOf(`                                                                    Page
PART I.  FINANCIAL INFORMATION

  Item 1.  Financial Statements                                       3

  Item 2.  Management's Discussion and Analysis of Financial
           Condition and Results of Operations                       10

PART II. OTHER INFORMATION

  Item 1.  Legal Proceedings                                         15

SIGNATURES                                                           17`));
    expect(kinds(blocks)).toEqual(['toc']);
    expect(blocks.find((b) => b.kind === 'toc')).toMatchObject({
      entries: [
        { title: 'PART I. FINANCIAL INFORMATION', page: null, level: 0 },
        { title: 'Item 1. Financial Statements', page: '3', level: 1 },
        { title: "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", page: '10', level: 1 },
        { title: 'PART II. OTHER INFORMATION', page: null, level: 0 },
        { title: 'Item 1. Legal Proceedings', page: '15', level: 1 },
        { title: 'SIGNATURES', page: '17', level: 0 },
      ],
    });
  });

  test('lines under a "Page" header that are running text do not make a contents', () => {
    const blocks = findBlocks(linesOf(`                                                                    Page
The Company reported its results for the quarter on the third day of May.

It expects to report again in August, as it has done every year.`));
    expect(kinds(blocks)).not.toContain('toc');
  });
});

describe('tables', () => {
  test('footnotes after </TABLE> become the table notes; the paragraph after them stays', () => {
    const blocks = findBlocks(linesOf(`<TABLE>
<S>                         <C>
MVP America LP              703,187
</TABLE>


(1)  Beneficial  ownership is determined in accordance with Rule 13d-3 under the
     Securities Exchange Act of 1934.

(2)  Totals include shares held in escrow.

     We may amend or supplement this Prospectus from time to time.`));
    expect(kinds(blocks)).toEqual(['table', 'paragraph']);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.notes.map((n) => n.marker)).toEqual(['1', '2']);
  });

  test('capital-letter notes typed straight under </TABLE> are the table notes ("(A) Adjusted to conform...")', () => {
    const blocks = findBlocks(linesOf(`<TABLE>
<S>                         <C>
  Sold options              --(B)
</TABLE>
(A) Adjusted to conform with current year presentation.
(B) Fair value is less than $0.5 million.

The  interest rate swaps shown above generally require the Company to pay.`));
    expect(kinds(blocks)).toEqual(['table', 'paragraph']);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.notes.map((n) => n.marker)).toEqual(['A', 'B']);
  });

  test('a note title typed as the first caption line comes out as a heading before the table ("Income Taxes")', () => {
    const blocks = findBlocks(linesOf(`<TABLE>
<CAPTION>
Income Taxes

The provision for income taxes consists of the following:
                                           1994          1993
<S>                                  <C>             <C>
Current                              $60,757         $13,637
</TABLE>`));
    expect(kinds(blocks)).toEqual(['heading', 'table']);
    expect(blocks.find((b) => b.kind === 'heading')).toMatchObject({ text: 'Income Taxes' });
  });

  test('a table spanning a page break records where the page starts', () => {
    const lines = linesOf(`<<PAGE 4>>
<TABLE>
<S>                         <C>
Jana Collier                  6,422

<<PAGE 5>>
WS Investment Company         6,658
</TABLE>`);
    const blocks = findBlocks(lines);
    expect(kinds(blocks)).toEqual(['table']);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.pageBreaks.map((p) => p.printedPage)).toEqual(['5']);
    expectPagesKept(lines, blocks);
  });

  test('a table closed and reopened on the next page is merged into one', () => {
    const lines = linesOf(`<<PAGE 61>>
<TABLE>
<S>     <C>
2       Agreement and Plan of Merger
</TABLE>
<<PAGE 62>>
<TABLE>
<S>     <C>
4.1     Common Shares Rights Agreement
</TABLE>`);
    const blocks = findBlocks(lines);
    expect(kinds(blocks)).toEqual(['table']);
    expectPagesKept(lines, blocks);
  });

  test('page footnotes at the foot of a continued table move into the merged table, once each', () => {
    const lines = linesOf(`<<PAGE 61>>
<TABLE>
<S>     <C>
2       Agreement and Plan of Merger
</TABLE>

- ------------------------

[a] Notes appear on pages 65-66.
<<PAGE 62>>
<TABLE>
<S>     <C>
4.1     Common Shares Rights Agreement
</TABLE>

- ------------------------

[a] Notes appear on pages 65-66.
<<PAGE 63>>
Next page.`);
    const blocks = findBlocks(lines);
    expect(kinds(blocks)).toEqual(['table', 'paragraph']);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.notes.map((n) => `${n.marker} ${n.text}`)).toEqual(['a Notes appear on pages 65-66.']);
    expectPagesKept(lines, blocks);
  });

  test('a table the tables stage declines is kept preformatted with its original lines', () => {
    const blocks = findBlocks(linesOf(`<TABLE>
<S>     <C>
NOT A TABLE
  indented   layout
</TABLE>`)).filter((b) => b.kind !== 'pageBreak');
    expect(blocks[0]).toMatchObject({ kind: 'preformatted', reason: 'table not understood', text: 'NOT A TABLE\n  indented   layout' });
  });
});

describe('page footnotes and breaks', () => {
  test('footnotes under a short rule at the foot of a page become definitions', () => {
    const lines = linesOf(`<<PAGE 1>>
     Mr. Diery* was promoted in 1993.

- ---------------
* Member of the executive committee.
<<PAGE 2>>
     The next page begins.`);
    const blocks = findBlocks(lines);
    expect(blocks.map((b) => b.kind)).toEqual(['pageBreak', 'paragraph', 'footnoteDefinition', 'pageBreak', 'paragraph']);
    expect(blocks[2]).toMatchObject({ label: '*', text: 'Member of the executive committee.' });
    expectPagesKept(lines, blocks);
  });

  test('notes under a table kept as lines are footnotes even with text after them on the page', () => {
    const blocks = withoutBreaks(
      findBlocks(
        linesOf(`Robert Whitfield Revocable Living Trust(2)..   3,935,309               2.1%

- ----------

(1)  Information is as of March 31, 1998.

(2) Mr. Whitfield is the settlor of the
    Selling Stockholder.

               In connection with the Merger with Zenco, the Company signed.`),
      ),
    );
    expect(blocks.map((b) => (b.kind === 'footnoteDefinition' ? `${b.label}: ${b.text}` : b.kind))).toEqual([
      'lineBlock',
      '1: Information is as of March 31, 1998.',
      '2: Mr. Whitfield is the settlor of the Selling Stockholder.',
      'paragraph',
    ]);
  });

  test('a full-width rule on its own is a thematic break', () => {
    const blocks = findBlocks(linesOf(`Some text.

================================================================================

More text.`));
    expect(kinds(blocks)).toEqual(['paragraph', 'thematicBreak', 'paragraph']);
  });

  test('no non-blank line is dropped: every word reaches some block', () => {
    const source = `PROSPECTUS

                   Level 3 Communications, Inc.

o    a classified Board of Directors;

o    a prohibition on action by written consent;

Title: Chief Executive Officer
By: /s/ James Q. Crowe

     Ends here.`;
    const blocks = findBlocks(linesOf(source));
    const json = JSON.stringify(blocks);
    for (const word of source.match(/[A-Za-z]{3,}/g) ?? []) expect(json).toContain(word);
  });
});

describe('pathological input', () => {
  test('odd text of every kind keeps every line', () => {
    const kindsOfLine = ['<TABLE>', 'o', '(1)', '..........................................', 'ITEM 1.', '- ---', 'A', '     x', '*', '<S> <C>', 'PART', '[X]'];
    const source = Array.from({ length: 6000 }, (_, i) => `${' '.repeat(i % 13)}${kindsOfLine[i % kindsOfLine.length]} ${i % 7 === 0 ? '' : 'word'}${i}`).join('\n');
    const blocks = findBlocks(linesOf(source));
    const json = JSON.stringify(blocks);
    for (const n of [1, 2, 3, 2999, 5998]) if (n % 7 !== 0) expect(json).toContain(`word${n}`);
  });
});

describe('long lines', () => {
  const long = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  test.each([
    ['leader dots', `Item 1. Business${long('.')} 3`],
    ['column gaps', long('a     b  ')],
    ['leaders before figures', long('Sales.. 1,234    ')],
    ['bullets', `o    ${long('word ')}`],
    ['capitals', long('ITEM 1. BUSINESS ')],
    ['hyphens', `${long('free-')}\nstanding`],
    ['tags and text', `<S>${long(' ')}<C>\n${long('1,234  ')}`],
  ])('%s come back as blocks holding their text (speed is a bench figure)', (_, text) => {
    const json = JSON.stringify(findBlocks(linesOf(`\n${text}\n\n${text}\n`)));
    const word = /[A-Za-z]{3,}/.exec(text)?.[0];
    if (word) expect(json).toContain(word);
  });
});
