import { describe, expect, test } from 'vitest';
import { citing, footnoteDefinition, headingList, parseCorpusFiling, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { hasCorpus } from '../shared-corpus.ts';

// A 1997 10-K: 639 KB, 15 documents (the 10-K, then EX-3 .. EX-27), headings in capitals throughout.
const parsed = parseCorpusFiling('1997-apple-computer-10-k.txt');
const ITEM_8 = 'ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA';

describe.skipIf(!hasCorpus)('a 10-K of fifteen documents headed in capitals, as a reader sees it', () => {
  test('the 10-K opens on its cover and runs PART I .. ITEM 14 and the signatures before any exhibit', () => {
    const titles = sectionTitles(parsed);
    expect(titles.slice(0, 3)).toEqual(['Cover page', 'PART I', 'ITEM 1. BUSINESS']);
    expect(titles.indexOf('SIGNATURES')).toBe(titles.indexOf('ITEM 14. EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K') + 1);
    expect(titles.filter((t) => t.startsWith('ITEM '))).toHaveLength(14);
  });

  test('each of the 14 exhibits is its own document with its type and description', () => {
    const exhibits = parsed.sections.filter((s) => s.frontMatter.kind === 'document').map((s) => s.frontMatter.document);
    expect(exhibits.map((d) => d.type)).toEqual(['EX-3.3', 'EX-4.9', 'EX-4.10', 'EX-10.A-8', 'EX-10.A-46', 'EX-10.A-47', 'EX-10.A-48', 'EX-10.A-49', 'EX-10.B-17', 'EX-11', 'EX-21', 'EX-23.1', 'EX-23.2', 'EX-27']);
    expect(exhibits[0]).toMatchObject({ type: 'EX-3.3', description: 'EXHIBIT 3.3' });
  });

  test('the statements sit under ITEM 8 and their notes under "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"', () => {
    const headings = headingList(parsed);
    expect(headings).toContain('3 CONSOLIDATED BALANCE SHEETS');
    const notes = headings.indexOf('3 NOTES TO CONSOLIDATED FINANCIAL STATEMENTS');
    expect(headings[notes + 1]).toBe('4 NATURE OF OPERATIONS');
  });

  test('the balance sheet: the years as heads, cash and short-term investments in millions', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    expect(tableHeader(md, '1997')).toEqual(['SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996', '1997', '1996']);
    expect(tableRow(md, 'Cash and cash equivalents')).toEqual(['Cash and cash equivalents', '$1,230', '$1,552']);
    expect(tableRow(md, 'Short-term investments')).toEqual(['Short-term investments', '229', '193']);
  });

  test('the note on the convertible notes\' carrying amount is a footnote cited from their row', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    const note = footnoteDefinition(md, 'The carrying amount of the convertible subordinated notes is prior to consideration');
    expect(note).toBeDefined();
    expect(citing(md, note!.label)).toEqual([expect.stringMatching(new RegExp(`^\\| Convertible subordinated notes\\[\\^${note!.label}\\] +\\| +\\$661 `))]);
  });

  test('the exhibit list\'s "*Notes appear on pages 65-66." is one footnote for the whole list', () => {
    const md = sectionMarkdown(parsed, 'ITEM 14. EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K');
    expect(md.match(/^\[\^[^\]]+\]: Notes appear on pages/gm)).toHaveLength(1);
  });

  test('the EX-27 financial data schedule is a Tag / Value table, its tags shown as words', () => {
    const md = sectionMarkdown(parsed, 'EX-27 — EXHIBIT 27');
    expect(tableHeader(md, 'Tag')).toEqual(['Tag', 'Value']);
    expect(tableRow(md, 'ARTICLE')).toEqual(['ARTICLE', '5']);
    expect(tableRow(md, 'MULTIPLIER')).toEqual(['MULTIPLIER', '1,000,000']);
    expect(tableRow(md, 'FISCAL-YEAR-END')).toEqual(['FISCAL-YEAR-END', 'SEP-26-1997']);
    expect(tableRow(md, 'CASH')).toEqual(['CASH', '1,230']);
    expect(tableRow(md, 'EPS-DILUTED')).toEqual(['EPS-DILUTED', '(8.29)']);
    expect(md).not.toMatch(/<CASH>|\\<CASH>/);
  });

  test('the equity statement\'s "(IN THOUSANDS)" under each SHARES column is that column\'s unit', () => {
    const md = sectionMarkdown(parsed, ITEM_8);
    expect(tableHeader(md, 'PREFERRED STOCK — SHARES (IN THOUSANDS)')?.slice(1, 5)).toEqual([
      'PREFERRED STOCK — SHARES (IN THOUSANDS)',
      'PREFERRED STOCK — AMOUNT',
      'COMMON STOCK — SHARES (IN THOUSANDS)',
      'COMMON STOCK — AMOUNT',
    ]);
    expect(md).not.toContain('(IN THOUSANDS) — (IN THOUSANDS)');
  });
});
