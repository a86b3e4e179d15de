import { describe, expect, test } from 'vitest';
import { citing, footnoteDefinition, headingList, parseCorpusFiling, plainText, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { hasCorpus } from '../shared-corpus.ts';

// A 1994 10-K: the pre-1996 IMS wrapper, 5 documents, sentence-case headings over Title Case ones.
const parsed = parseCorpusFiling('1994-apple-computer-10-k.txt');
const ITEM_8 = 'Item 8. Financial Statements and Supplementary Data';

describe.skipIf(!hasCorpus)('a 10-K in the IMS wrapper with sentence-case heads over Title Case ones, as a reader sees it', () => {
  test('its sections: the cover, each PART and ITEM in order, signatures, the exhibit index, then the exhibits', () => {
    const titles = sectionTitles(parsed);
    expect(titles.slice(0, 4)).toEqual(['Cover page', 'PART I', 'Item 1. Business', 'Item 2. Properties']);
    expect(titles.filter((t) => /^(?:PART|Item)/.test(t))).toHaveLength(18);
    expect(titles.slice(-6)).toEqual(['SIGNATURES', 'INDEX TO EXHIBITS', 'EX-10', 'EX-11', 'EX-21', 'EX-27 — ART. 5 FDS FOR FY94 FORM 10-K']);
  });

  test('"Principal products" (sentence case, printed first) holds the product lines; "Warranty" stands beside it', () => {
    const headings = headingList(parsed);
    const at = headings.indexOf('3 Principal products');
    expect(headings.slice(at - 1, at + 3)).toEqual(['3 General', '3 Principal products', '4 Personal Computing Products', '4 Power Macintosh']);
    expect(headings).toContain('3 Marketing and distribution');
    expect(headings).toContain('3 Warranty');
  });

  test('the exhibit list\'s "INDEX TO EXHIBITS (Continued)" page heads are furniture, not headings', () => {
    expect(headingList(parsed).filter((h) => /continued/i.test(h))).toEqual([]);
  });

  test('the balance sheet: the dates as heads, a row\'s figures', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    expect(tableHeader(md, '1994')).toEqual(['September 30, 1994, and September 24, 1993', '1994', '1993']);
    expect(tableRow(md, 'Cash and cash equivalents')).toEqual(['Cash and cash equivalents', '$1,203,488', '$676,413']);
  });

  test('notes "(A)" and "(B)" typed straight under </TABLE> are footnotes, "(B)" cited from the cells it marks', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    const b = footnoteDefinition(md, 'Fair value is less than $0.5 million.');
    expect(b).toBeDefined();
    expect(footnoteDefinition(md, 'Adjusted to conform with current year presentation.')).toBeDefined();
    const rows = citing(md, b!.label);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // Cells are padded to the column width, so any spaces before the cell.
    expect(rows[0]).toMatch(/^\| Sold options .*\|\s+--\[\^[^\]]+\] \|/);
  });

  test('a suspended hyphen keeps its hyphen, a form name cut at its hyphen is rejoined', () => {
    expect(sectionMarkdown(parsed, ITEM_8)).toContain('estimated fair value of short- and long-term debt');
    expect(plainText(sectionMarkdown(parsed, 'SIGNATURES'))).toContain('to sign any amendments to this Report on Form 10-K, and to file the same');
  });

  test('the income taxes note keeps its title as a heading over its table, and "Reclassifications" heads its paragraph', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    expect(md).toMatch(/^#+ Income Taxes\n\nThe provision for income taxes consists of the following: — \(In thousands\)$/m);
    expect(md).toMatch(/^#+ Reclassifications\n\nCertain prior year amounts/m);
  });

  test('the schedules after the signatures are titled by their centred title lines; the label set right and the company line are text', () => {
    expect(headingList(parsed)).toContain('3 VALUATION AND QUALIFYING ACCOUNTS AND RESERVES');
    expect(headingList(parsed).some((h) => h.includes('SCHEDULE VIII'))).toBe(false);
  });

  test('the restructuring roll-forward keeps its totals line in the table, under the last category', () => {
    const lines = sectionMarkdown(parsed, ITEM_8).split('\n');
    // "(C): Cash; (N): Noncash; (B): Both cash and noncash" under the table is its legend: "(B)" cites a note.
    const at = lines.findIndex((l) => /^\| 1991 accrued restructuring costs\[\^t\d+-b\]/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]?.replace(/\s+/g, ' ')).toBe('| | $307,932 | $122,839 | $126,855 | $58,238 |');
    expect(lines.some((l) => /^\$ 307,932/.test(l))).toBe(false);
  });

  test('group headings with no rule under them span their columns: "Common Stock", the derivative years, "APB 11 Method"', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    expect(tableHeader(md, 'Common Stock — Shares')?.slice(1, 4)).toEqual(['Common Stock — Shares', 'Common Stock — Amount', 'Retained Earnings']);
    expect(tableHeader(md, '1994 — Notional Principal')?.slice(1)).toEqual([
      '1994 — Notional Principal',
      '1994 — Fair Value',
      '1994 — Credit Risk Amount',
      // "1993(A)": the note "(A)" marks each column under it.
      expect.stringMatching(/^1993 — Notional Principal\[\^[^\]]+\]$/),
      expect.stringMatching(/^1993 — Fair Value\[\^[^\]]+\]$/),
      expect.stringMatching(/^1993 — Credit Risk Amount\[\^[^\]]+\]$/),
    ]);
    expect(tableHeader(md, 'FAS 109 Method 1994')).toEqual(['', 'FAS 109 Method 1994', 'APB 11 Method — 1993', 'APB 11 Method — 1992']);
  });

  test('the EX-27 financial data schedule is a Tag / Value table, its tags shown as words', () => {
    const md = sectionMarkdown(parsed, 'EX-27 — ART. 5 FDS FOR FY94 FORM 10-K');
    expect(tableHeader(md, 'Tag')).toEqual(['Tag', 'Value']);
    expect(tableRow(md, 'ARTICLE')).toEqual(['ARTICLE', '5']);
    expect(tableRow(md, 'MULTIPLIER')).toEqual(['MULTIPLIER', '1,000']);
    expect(tableRow(md, 'PERIOD-TYPE')).toEqual(['PERIOD-TYPE', 'YEAR']);
    expect(tableRow(md, 'CASH')).toEqual(['CASH', '1,203,488']);
    expect(tableRow(md, 'TOTAL-ASSETS')).toEqual(['TOTAL-ASSETS', '5,302,746']);
    expect(md).not.toMatch(/<CASH>|\\<CASH>/);
  });

  test('schedule IX (short-term borrowings) is a table: the year labels, each year\'s figures with its year-end balance', () => {
    const md = sectionMarkdown(parsed, 'SIGNATURES');
    expect(tableHeader(md, 'Year-end Balance')?.slice(0, 3)).toEqual([expect.stringMatching(/^Category of Aggregate Short-term Borrowings\[\^[^\]]+\]$/), 'Year-end Balance', 'Weighted Average Interest Rate']);
    expect(tableRow(md, 'Year Ended September 30, 1994:')).toBeDefined();
    expect(tableRow(md, 'Short-term Borrowings')).toEqual(['Short-term Borrowings', '$292,200', '5.0%', '$1,178,000', '$717,000', '3.4%']);
  });

  test('justified prose in the bonus plan exhibit stays a paragraph, not a preformatted table', () => {
    const md = sectionMarkdown(parsed, 'EX-10');
    expect(md).toMatch(/^If for any reason, including reorganization, a Division or Geography\/Market Performance Measurement is no longer applicable/m);
  });

  test('schedule X\'s "Fiscal Year Ended" spans its three dates; the tax rate table\'s "APB 11 Method" spans 1993 and 1992', () => {
    expect(tableHeader(sectionMarkdown(parsed, 'SIGNATURES'), 'Fiscal Year Ended — September 24, 1993')).toEqual([
      '',
      'Fiscal Year Ended — September 30, 1994',
      'Fiscal Year Ended — September 24, 1993',
      'Fiscal Year Ended — September 25, 1992',
    ]);
    const md = sectionMarkdown(parsed, ITEM_8);
    const headers = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('FAS 109 Method 1994'));
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(h.replace(/\s+/g, ' ')).toBe('| | FAS 109 Method 1994 | APB 11 Method — 1993 | APB 11 Method — 1992 |');
  });
});
