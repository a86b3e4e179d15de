import { describe, expect, test } from 'vitest';
import { headingList, parseCorpusFiling, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { hasCorpus } from '../shared-corpus.ts';

// A 1995 8-K: plain prose, no <TABLE>, an 8-K and its EX-20.1 press releases.
const parsed = parseCorpusFiling('1995-cisco-systems-8-k.txt');

describe.skipIf(!hasCorpus)('an 8-K of plain prose with press releases as an exhibit, as a reader sees it', () => {
  test('its sections: the cover, the two ITEMs, the signatures, the exhibit index, then the press releases', () => {
    expect(sectionTitles(parsed)).toEqual([
      'Cover page',
      'ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS.',
      'ITEM 7. FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.',
      'SIGNATURES',
      'EXHIBIT INDEX',
      'EX-20.1 — PRESS RELEASES',
    ]);
    expect(parsed.sections.at(-1)?.frontMatter.document).toMatchObject({ type: 'EX-20.1', description: 'PRESS RELEASES' });
  });

  test('the cover\'s three columns (state, file number, IRS number) read as a table with their labels', () => {
    const cover = sectionMarkdown(parsed, 'Cover page');
    expect(tableRow(cover, 'California')).toEqual(['California', '0-18225', '77-0059951']);
    expect(tableRow(cover, '(State or other jurisdiction')).toEqual(['(State or other jurisdiction of incorporation)', '(Commission File Number)', '(IRS Employer Identification No.)']);
    // The labels are the table's header, over the values.
    expect(tableHeader(cover, '(Commission File Number)')).toEqual(['(State or other jurisdiction of incorporation)', '(Commission File Number)', '(IRS Employer Identification No.)']);
  });

  test('the exhibit\'s title page ("EXHIBIT 20.1" over "PRESS RELEASES") is one heading, the release headline one below it', () => {
    const headings = headingList(parsed);
    expect(headings.slice(-2)).toEqual(['3 EXHIBIT 20.1 — PRESS RELEASES', '4 CISCO SYSTEMS TO ACQUIRE COMBINET INC.']);
  });

  test('the signature keeps its lines and the registrant\'s name over it is no heading', () => {
    const signatures = sectionMarkdown(parsed, 'SIGNATURES');
    expect(signatures).not.toMatch(/^#+ CISCO SYSTEMS, INC\./m);
    expect(signatures).toMatch(/By: \/s\/ Larry R\. Carter\\\n.*-{5,}\\\nLarry R\. Carter,\\\nChief Financial Officer\\\nand Secretary/);
  });

  test('ITEM 7\'s lettered paragraphs are a list, and a release paragraph runs on across its page break', () => {
    expect(sectionMarkdown(parsed, 'ITEM 7. FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.')).toContain(
      '- (b) Pro Forma Financial Information. Not applicable.',
    );
    expect(sectionMarkdown(parsed, 'EX-20.1 — PRESS RELEASES')).toMatch(/using telephone lines based on ISDN technology, ISDN is an <a class="page-mark"[^>]*>Page 3<\/a> advanced telecommunication service/);
  });
});
