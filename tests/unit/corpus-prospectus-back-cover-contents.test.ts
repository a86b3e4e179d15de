import { describe, expect, test } from 'vitest';
import { citing, footnoteDefinition, headingList, parseCorpusFiling, plainText, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { backCoverContentsSectionTitles } from '../fixtures/back-cover-contents-prospectus.ts';
import { hasCorpus } from '../shared-corpus.ts';

// A 1998 424B1 prospectus: no <PAGE> markers, a back-cover contents typed without tags, two tagged tables with "(1)".."(5)" notes.
const parsed = parseCorpusFiling('1998-cvs-corp-424b1.txt');

describe.skipIf(!hasCorpus)('a prospectus with its contents on the back cover, as a reader sees it', () => {
  test('its sections are the prospectus\'s own captions, in the order the back-cover contents lists them', () => {
    expect(sectionTitles(parsed)).toEqual(['Cover page', ...backCoverContentsSectionTitles]);
  });

  test('the back-cover contents (dotted leaders, no tags) links each caption with its printed page', () => {
    const experts = sectionMarkdown(parsed, 'EXPERTS');
    expect(experts).toContain('## TABLE OF CONTENTS');
    expect(experts).toMatch(/- \[Use of Proceeds\]\([^)]*\/use-of-proceeds\/\), page A-10/);
  });

  test('the price range table: the high, low and dividend of a quarter, fractions kept in one cell', () => {
    const md = sectionMarkdown(parsed, 'PRICE RANGE OF COMMON STOCK');
    expect(tableHeader(md, 'Market Price — High')).toEqual(['', 'Market Price — High', 'Market Price — Low', 'Cash Dividends Declared']);
    expect(tableRow(md, 'First Quarter')).toEqual(['First Quarter', '$36 3/8', '$27 1/4', '$0.11']);
    expect(tableRow(md, 'Second Quarter (through May 19, 1998)')).toEqual(['Second Quarter (through May 19, 1998)', '80', '66 1/8', '0.11']);
  });

  test('note (1) of the selected data is a footnote cited from "Comparable gross margin"', () => {
    const md = sectionMarkdown(parsed, 'SELECTED HISTORICAL CONSOLIDATED FINANCIAL AND OPERATING DATA');
    const note = footnoteDefinition(md, 'Comparable gross margin excludes the pre-tax effect of the $75.0 million');
    expect(plainText(note?.text ?? '')).toContain('(the "Revco Inventory Markdown").');
    expect(citing(md, note!.label).map((l) => l.split('|')[1]?.trim())).toEqual(['Comparable gross margin[^' + note!.label + ']', 'Comparable gross margin[^' + note!.label + ']']);
    expect(tableRow(md, 'Net sales')?.slice(0, 4)).toEqual(['Net sales', '$9,763.4', '$10,944.8', '$12,738.2']);
  });

  test('"Growth Strategies" holds its indented Title Case strategies one level down', () => {
    const headings = headingList(parsed);
    const at = headings.indexOf('3 Growth Strategies');
    expect(headings.slice(at, at + 3)).toEqual(['3 Growth Strategies', '4 Aggressive Store Development', '4 Integrated Health Care Provider']);
  });

  test('the "o" bullets of an MD&A subsection are a list', () => {
    expect(sectionMarkdown(parsed, "MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS")).toContain(
      "- CVS has completed the conversion of all of Revco's store systems, both point-of-sale and pharmacy, to CVS' store systems.",
    );
  });
});
