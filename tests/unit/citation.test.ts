import { describe, expect, test } from 'vitest';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';
import { citeAttributes, citedFiling } from '../../src/lib/citation.ts';

const filing = { slug: 'acme', title: 'Acme Widgets, Inc.', formType: 'Prospectus', filingDate: '2004-05-26', pageCount: 9, sourceFile: 'acme.txt' };
const section = (order: number, title: string, pages: string[]): SectionFrontMatter => ({
  filing,
  slug: title.toLowerCase().replace(/ /g, '-'),
  title,
  order,
  kind: 'section',
  document: { type: 'DOCUMENT', sequence: 1 },
  pages: pages.map((printed) => ({ anchor: `page-${printed}`, printed })),
  headings: [],
  terms: [],
  termsUsed: [],
  tables: [],
});

describe('citations', () => {
  test('name the company, the kind of document and its date', () => {
    expect(citedFiling(filing)).toBe('Acme Widgets, Inc., Prospectus (May 26, 2004)');
    expect(citedFiling({ ...filing, formType: '10-K', filingDate: undefined, period: '1997-09-26' })).toBe('Acme Widgets, Inc., Form 10-K (September 26, 1997)');
    expect(citedFiling({ ...filing, formType: undefined, filingDate: undefined })).toBe('Acme Widgets, Inc.');
  });

  test('a section carries the page it starts on: the last page mark of the sections before it', () => {
    const all = [section(1, 'RISK FACTORS', ['2', '3']), section(2, 'THE COMPANY', []), section(3, 'SELLING STOCKHOLDERS', ['4'])];
    expect(citeAttributes(all[2]!, all)).toEqual({ 'data-cite-filing': 'Acme Widgets, Inc., Prospectus (May 26, 2004)', 'data-cite-section': 'Selling Stockholders', 'data-cite-page': '3', 'data-cite-anchor': 'page-3' });
    expect(citeAttributes(all[0]!, all)).not.toHaveProperty('data-cite-page');
  });
});
