import { describe, expect, test } from 'vitest';
import { citing, footnoteDefinition, headingList, parseCorpusFiling, sectionMarkdown, sectionTitles, tableHeader, tableRow } from './corpus-filing.ts';
import { seedCapitalStockSubsections, seedSectionTitles } from '../fixtures/seed.ts';

// The bundled seed: a 2004 resale prospectus, a bare document (no SEC header).
const parsed = parseCorpusFiling(new URL('../../content/filings/level3-2004-prospectus.txt', import.meta.url));

describe('the bundled seed prospectus, as a reader sees it', () => {
  test('its sections are the captions of its contents page, in order', () => {
    expect(sectionTitles(parsed)).toEqual(['Cover page', ...seedSectionTitles]);
  });

  test('the capital stock captions sit one level under their section', () => {
    const headings = headingList(parsed);
    const at = headings.indexOf('2 DESCRIPTION OF OUTSTANDING CAPITAL STOCK');
    expect(headings.slice(at, at + 4)).toEqual(['2 DESCRIPTION OF OUTSTANDING CAPITAL STOCK', ...seedCapitalStockSubsections.map((title) => `3 ${title}`)]);
  });

  test('the selling stockholders table: its heads with their note marks, a holder\'s shares', () => {
    const md = sectionMarkdown(parsed, 'SELLING STOCKHOLDERS');
    const header = tableHeader(md, 'Selling Stockholder');
    expect(header?.[0]).toBe('Selling Stockholder');
    expect(header?.[2]).toMatch(/^Shares Being Offered\[\^[^\]]+\]$/);
    expect(tableRow(md, 'MVP America LP')?.slice(0, 3)).toEqual(['MVP America LP', '703,187', '703,187']);
  });

  test('note (2) on escrowed shares is a footnote cited from the header', () => {
    const md = sectionMarkdown(parsed, 'SELLING STOCKHOLDERS');
    const note = footnoteDefinition(md, 'Totals include shares held in escrow');
    expect(note).toBeDefined();
    expect(citing(md, note!.label)[0]).toMatch(/^\| Selling Stockholder /);
  });

  test('the anti-takeover provisions are a list of four items', () => {
    const md = sectionMarkdown(parsed, 'DESCRIPTION OF OUTSTANDING CAPITAL STOCK');
    expect(md).toContain('- a classified Board of Directors;\n- a prohibition on our stockholders taking action by written consent;');
    expect(md).toContain('66-2/3%');
  });
});
