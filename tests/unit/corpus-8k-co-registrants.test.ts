import { describe, expect, test } from 'vitest';
import { headingList, parseCorpusFiling, plainText, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { hasCorpus } from '../shared-corpus.ts';

// A 2005 8-K: seven co-registrants, an 8-K and six EX-99 earnings exhibits with financial tables.
const parsed = parseCorpusFiling('2005-southern-co-8-k.txt');

describe.skipIf(!hasCorpus)('an 8-K of seven co-registrants with earnings exhibits, as a reader sees it', () => {
  test('its sections: cover, Item 2.02, signatures, then each exhibit as its own document', () => {
    expect(sectionTitles(parsed)).toEqual(['Cover page', 'Item 2.02. Results of Operations and Financial Condition.', 'SIGNATURES', 'EX-99.01', 'EX-99.02', 'EX-99.03', 'EX-99.04', 'EX-99.05', 'EX-99.06']);
    expect(parsed.filing.filers).toHaveLength(7);
  });

  test('each exhibit\'s title page (a company line over "Financial Highlights") is one heading under its label set right, its Notes one below', () => {
    const headings = headingList(parsed);
    expect(headings).toContain('3 Southern Company Financial Highlights');
    expect(headings).toContain('3 Southern Company Analysis of Consolidated Earnings');
    const at = headings.indexOf('3 Southern Company Financial Overview');
    expect(headings[at + 1]).toBe('4 Notes');
  });

  test('the Financial Highlights table: years under their spanners, a row\'s figures, a total in bold', () => {
    const md = sectionMarkdown(parsed, 'EX-99.02');
    expect(tableHeader(md, '3 Months Ended December — 2004 (Notes)')).toEqual([
      'Consolidated Earnings- (See Notes)',
      '3 Months Ended December — 2004 (Notes)',
      '3 Months Ended December — 2003 (Notes)',
      '12 Months Ended December — 2004 (Notes)',
      '12 Months Ended December — 2003 (Notes)',
    ]);
    expect(tableRow(md, 'Parent Company and Other')).toEqual(['Parent Company and Other', '(1)', '(7)', '(10)', '(36)']);
    expect(tableRow(md, '**Total**')).toEqual(['**Total**', '166', '147', '1,420', '1,377']);
  });

  test('the notes under the table are a list of what each figure excludes', () => {
    expect(sectionMarkdown(parsed, 'EX-99.02')).toContain('- Excludes a one-time after tax gain of $24 million in December 2004 from the resolution of an IRS audit for the years 2000 and 2001.');
  });

  test('the co-registrants over the second signature keep their lines', () => {
    expect(sectionMarkdown(parsed, 'SIGNATURES')).toContain('ALABAMA POWER COMPANY\\\nGEORGIA POWER COMPANY\\\nGULF POWER COMPANY\\\nMISSISSIPPI POWER COMPANY\\\nSAVANNAH ELECTRIC AND POWER COMPANY\\\nSOUTHERN POWER COMPANY');
  });

  test('the cover\'s registrant table keeps the file number, name and IRS number in their columns', () => {
    expect(tableRow(plainText(sectionMarkdown(parsed, 'Cover page')), '1-3526')).toEqual([
      '1-3526',
      'The Southern Company; (A Delaware Corporation); 270 Peachtree Street, N.W.; Atlanta, Georgia 30303; (404) 506-5000',
      '58-0690070',
    ]);
  });

  test('all seven registrants are rows of the cover table, none left as run-together lines after it', () => {
    const md = sectionMarkdown(parsed, 'Cover page');
    expect(tableHeader(md, 'Commission File Number')).toEqual(['Commission File Number', 'Registrant, State of Incorporation, Address and Telephone Number', 'I.R.S. Employer Identification No.']);
    const rows: [string, string, string][] = [
      ['1-3164', 'Alabama Power Company', '63-0004250'],
      ['1-6468', 'Georgia Power Company', '58-0257110'],
      ['0-2429', 'Gulf Power Company', '59-0276810'],
      ['001-11229', 'Mississippi Power Company', '64-0205820'],
      ['1-5072', 'Savannah Electric and Power Company', '58-0418070'],
      ['333-98553', 'Southern Power Company', '58-2598670'],
    ];
    for (const [number, name, irs] of rows) {
      const row = tableRow(md, number);
      expect(row?.[0]).toBe(number);
      expect(row?.[1]?.startsWith(`${name}; (A`)).toBe(true);
      expect(row?.[2]).toBe(irs);
    }
    expect(md).not.toMatch(/^1-3164\s/m);
  });
});
