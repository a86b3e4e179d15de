import { describe, expect, test } from 'vitest';
import { placesOf } from '../../public/search/engine.js';
import { parseQuery } from '../../public/search/match.js';
import { filingLabel, filingYear, firstPrintedPage, searchAttributes } from '../../src/lib/search-meta.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

// A section as Pagefind stores it: plain text, and the elements with ids at their word positions.
const content = 'SELLING STOCKHOLDERS. The table below lists the holders. Alan Knitowski. 7,707. 0. Kelly Knitowski, Trustee. 40,682. 0.';
const words = content.split(/\s+/);
const at = (word: string) => words.findIndex((w) => w.startsWith(word));
const fragment = {
  url: '/acme/selling-stockholders/',
  content,
  meta: { section: 'SELLING STOCKHOLDERS', filing: 'Acme Corp, 424B3, 2004-05-26', pages: 'page-4=4|page-5=5', firstpage: '3' },
  anchors: [
    { element: 'h2', id: 'selling-stockholders', text: 'SELLING STOCKHOLDERS', location: 0 },
    { element: 'p', id: 'selling-stockholders-p1', text: '', location: at('The') },
    { element: 'a', id: 'fnref-1', text: '1', location: at('Alan') },
    { element: 'tr', id: 'page-4-r1', text: '', location: at('Alan') },
    { element: 'tr', id: 'page-5-r1', text: '', location: at('Kelly') },
  ],
};

describe('a checked result: one entry per place that holds a hit', () => {
  test('each hit is placed in the row that holds it, with the printed page from the row id and the nearest heading', () => {
    const result = placesOf(fragment, parseQuery('Knitowski'), 'Knitowski', 1);
    expect(result?.places.map((place) => [place.id, place.page, place.heading])).toEqual([
      ['page-4-r1', '4', 'SELLING STOCKHOLDERS'],
      ['page-5-r1', '5', 'SELLING STOCKHOLDERS'],
    ]);
    expect(result?.places[0]?.url).toBe('/acme/selling-stockholders/?q=Knitowski#page-4-r1');
    // The row's excerpt starts at the row and reads its figures without Pagefind's cell-end periods.
    expect(result?.places[0]?.excerpt).toBe('Alan <mark>Knitowski</mark>. 7,707 · 0 · Kelly <mark>Knitowski</mark>, Trustee. 40,682 · 0 ·');
  });

  test('a page without the query is no result, whatever Pagefind thought', () => {
    expect(placesOf(fragment, parseQuery('Knit'), 'Knit', 1)).toBeNull();
    expect(placesOf(fragment, parseQuery('Knitowski Telverse'), 'Knitowski Telverse', 1)).toBeNull();
  });

  test('a hit in a heading counts more than a passing mention', () => {
    const inHeading = placesOf(fragment, parseQuery('stockholders'), 'stockholders', 1);
    const inText = placesOf(fragment, parseQuery('holders'), 'holders', 1);
    expect(inHeading?.places[0]?.id).toBe('selling-stockholders');
    expect(inHeading!.score).toBeGreaterThan(inText!.score);
  });

  test('a table whose caption holds the query ranks above a section that mentions it in passing', () => {
    const captioned = 'Inventories consist of the following. Purchased parts. 1,203. Finished goods. 640.';
    const capWords = captioned.split(/\s+/);
    const table = {
      url: '/acme/notes/',
      content: captioned,
      meta: { section: 'NOTES' },
      anchors: [
        { element: 'caption', id: 'notes-p1', text: '', location: 0 },
        { element: 'tr', id: 'notes-r1', text: '', location: capWords.indexOf('Purchased') },
      ],
    };
    const passing = { url: '/acme/mda/', content: 'Sales grew while inventories fell.', meta: { section: 'MD&A' }, anchors: [{ element: 'p', id: 'mda-p1', text: '', location: 0 }] };
    const inCaption = placesOf(table, parseQuery('inventories'), 'inventories', 1);
    expect(inCaption?.places[0]?.id).toBe('notes-p1');
    expect(inCaption!.score).toBeGreaterThan(placesOf(passing, parseQuery('inventories'), 'inventories', 1)!.score);
  });
});

const filing = { slug: 'acme', title: 'ACME CORP', formType: '10-K', filingDate: '1997-12-05', pageCount: 9, sourceFile: 'acme.txt' };
const section = (order: number, pages: [string, string | null][]): SectionFrontMatter => ({
  filing,
  slug: `s${order}`,
  title: `Section ${order}`,
  order,
  kind: order === 0 ? 'cover' : 'section',
  document: { type: '10-K', sequence: 1 },
  pages: pages.map(([anchor, printed]) => ({ anchor, printed })),
  headings: [],
  terms: [],
  termsUsed: [],
  tables: [],
});

describe('what a section page tells Pagefind', () => {
  test('filing label and year', () => {
    expect(filingLabel(filing)).toBe('ACME CORP, 10-K, 1997-12-05');
    expect(filingYear(filing)).toBe('1997');
    expect(filingYear({ ...filing, filingDate: undefined, period: '2000-12-31' })).toBe('2000');
    expect(filingYear({ ...filing, filingDate: undefined })).toBeNull();
  });

  test('a section starts on the last numbered page of the sections before it', () => {
    const all = [section(0, [['page-1', '1']]), section(1, [['page-2', '2'], ['page-3', null]]), section(2, [['page-4', '4']])];
    expect(firstPrintedPage(all[2]!, all)).toBe('2');
    expect(firstPrintedPage(all[0]!, all)).toBeNull();
  });

  test('meta and filters are named in data-pagefind-* and carried by data attributes, so values may hold commas', () => {
    const all = [section(0, [['page-1', '1']]), section(1, [['page-2', 'F-1']])];
    const attributes = searchAttributes(all[1]!, all, 'Section 1 – ACME CORP');
    expect(attributes['data-pagefind-filter']).toBe('filing[data-filter-filing], form[data-filter-form], year[data-filter-year]');
    expect(attributes['data-filter-form']).toBe('10-K');
    expect(attributes['data-search-filing']).toBe('ACME CORP, 10-K, 1997-12-05');
    expect(attributes['data-search-pages']).toBe('page-2=F-1');
    expect(attributes['data-search-firstpage']).toBe('1');
    expect(attributes['data-pagefind-meta']).toContain('filing[data-search-filing]');
  });
});

test('a term of several words that the page prints in quotation marks ranks as a defined term', () => {
  const content = 'The proposed price per share therefor (the " Transfer Price") and the other terms.';
  const quoted = placesOf({ content, url: '/x/', anchors: [], meta: {} }, parseQuery('Transfer Price'), 'Transfer Price', 1);
  const loose = placesOf({ content: 'A transfer at a price.', url: '/y/', anchors: [], meta: {} }, parseQuery('Transfer Price'), 'Transfer Price', 1);
  expect(quoted!.score).toBeGreaterThan(loose!.score);
});
