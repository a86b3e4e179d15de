import { describe, expect, test } from 'vitest';
import { headingList, parseCorpusFiling, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { hasCorpus } from '../shared-corpus.ts';

// An 8-K reporting an acquisition, with the acquired company's audited and interim statements under Item 7(a).
const parsed = parseCorpusFiling('1998-amazon-com-8-k.txt');
const ITEM_7 = 'ITEM 7. FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS';

describe.skipIf(!hasCorpus)('an 8-K carrying an acquired company\'s statements, as a reader sees it', () => {
  test('its sections: cover, the two ITEMs, signatures, exhibit index, then the auditors\' consent', () => {
    expect(sectionTitles(parsed)).toEqual(['Cover page', 'ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS', ITEM_7, 'SIGNATURES', 'EXHIBIT INDEX', "EX-23.1 — INDEPENDENT AUDITORS' CONSENT"]);
    expect(parsed.sections.at(-1)?.frontMatter.document).toMatchObject({ type: 'EX-23.1', description: "INDEPENDENT AUDITORS' CONSENT" });
  });

  test('each statement\'s title and date lines are one heading; the notes sit under theirs, a note\'s subheads under the note', () => {
    const headings = headingList(parsed);
    expect(headings).toContain('3 BALANCE SHEETS — DECEMBER 31, 1997 AND 1996');
    // The company line over a statement title is text, not part of the title.
    expect(headings).toContain('3 CONDENSED BALANCE SHEET — JUNE 30, 1998 AND DECEMBER 31, 1997');
    expect(headings.some((h) => h.includes('JUNGLEE CORP.'))).toBe(false);
    const notes = headings.indexOf('3 NOTES TO FINANCIAL STATEMENTS — YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996');
    expect(headings[notes + 1]).toBe('4 1. ORGANIZATION AND SIGNIFICANT ACCOUNTING POLICIES');
    const equity = headings.indexOf("4 6. STOCKHOLDERS' EQUITY");
    expect(headings[equity + 1]).toBe('5 COMMON STOCK');
  });

  test('the balance sheet: the years as column heads, a row\'s two figures, the total in bold', () => {
    const md = sectionMarkdown(parsed, ITEM_7);
    expect(tableHeader(md, 'ASSETS')).toEqual(['ASSETS', '1997', '1996']);
    expect(tableRow(md, 'Cash and equivalents')).toEqual(['Cash and equivalents', '$1,576,716', '$2,415,200']);
    expect(tableRow(md, '**TOTAL**')).toEqual(['**TOTAL**', '$3,086,238', '$3,788,259']);
  });

  test('the accounting policies run in under capital lead-ins set off by a dash', () => {
    const md = sectionMarkdown(parsed, ITEM_7);
    expect(md).toContain('**ORGANIZATION** - Junglee Corp. was incorporated in Delaware on June 3, 1996 to develop and market software');
    expect(md).toContain("**SHORT-TERM INVESTMENTS** - The Company's short-term investments consist of corporate debt securities");
  });

  test('the cover keeps the registrant\'s three numbers in columns and its street address as text, not a heading', () => {
    const cover = sectionMarkdown(parsed, 'Cover page');
    expect(tableRow(cover, 'DELAWARE')).toEqual(['DELAWARE', '000-22513', '91-1646860']);
    expect(cover).toMatch(/^1516 SECOND AVENUE, SEATTLE, WASHINGTON 98101$/m);
  });
});
