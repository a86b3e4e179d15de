import { describe, expect, test } from 'vitest';
import { contentsOf, exhibitsOf, startPages } from '../../src/lib/contents.ts';
import { edgarUrl } from '../../src/lib/edgar.ts';
import { fullAnchorOf, fullPageSections, localiseLinks } from '../../src/lib/full-links.ts';
import { shelvesOf } from '../../src/lib/library.ts';
import { groupFilings } from '../../src/lib/filings.ts';
import { neighboursOf } from '../../src/lib/neighbours.ts';
import { outlineOf } from '../../src/lib/outline.ts';
import { pageRedirectsOf, printedPageRange } from '../../src/lib/page-redirects.ts';
import { acme, section } from './site-fixtures.ts';

describe('groupFilings', () => {
  test('groups by filing slug, filings sorted by slug, sections by order', () => {
    const other = { ...section({ slug: 'a', order: 0 }), filing: { ...acme[0]!.filing, slug: 'aardvark' } };
    const entries = [acme[2]!, other, acme[0]!, acme[1]!].map((data, i) => ({ id: `x${i}`, data }));
    const groups = groupFilings(entries);
    expect(groups.map((g) => g.filing.slug)).toEqual(['aardvark', 'acme']);
    expect(groups[1]!.sections.map((s) => s.data.slug)).toEqual(['cover', 'business', 'properties']);
  });
});

describe('contentsOf', () => {
  test('lists the main document after the cover in Title Case, with its depth-3 headings and start pages', () => {
    expect(contentsOf(acme)).toEqual([
      {
        text: 'Business',
        url: '/acme/business/',
        page: '2',
        subsections: [
          { text: 'Products', url: '/acme/business/#products' },
          { text: 'Competition', url: '/acme/business/#competition' },
        ],
        children: [],
      },
      { text: 'Properties', url: '/acme/properties/', page: '3', subsections: [], children: [] },
    ]);
  });

  test('nests the Items under their PART; a section that opens with its page starts on it', () => {
    const tenK = [
      section({ slug: 'part-i', order: 1, title: 'PART I', pages: [{ anchor: 'page-1', printed: '1' }] }),
      section({ slug: 'item-1', order: 2, title: 'ITEM 1. BUSINESS', pages: [{ anchor: 'page-2', printed: '2' }] }),
      { ...section({ slug: 'item-2', order: 3, title: 'ITEM 2. PROPERTIES', pages: [{ anchor: 'page-3', printed: '3' }] }), opensPage: true },
      section({ slug: 'part-ii', order: 4, title: 'PART II' }),
      section({ slug: 'item-5', order: 5, title: 'ITEM 5. MARKET' }),
      section({ slug: 'signatures', order: 6, title: 'SIGNATURES' }),
    ];
    const contents = contentsOf(tenK);
    expect(contents.map((e) => [e.text, e.page, e.children.map((c) => [c.text, c.page])])).toEqual([
      ['Part I', '1', [['Item 1. Business', '1'], ['Item 2. Properties', '3']]],
      ['Part II', '3', [['Item 5. Market', '3']]],
      ['Signatures', '3', []],
    ]);
  });

  test('exhibits are the documents after the main one, once each, named by description', () => {
    const second = section({ slug: 'ex-21-part-2', order: 4, kind: 'document', document: acme[3]!.document });
    expect(exhibitsOf([...acme, second])).toEqual([{ type: 'EX-21', text: 'Subsidiaries of the Registrant', url: '/acme/ex-21/' }]);
  });

  test('an exhibit whose description only repeats its number is named by its title, or by its type alone', () => {
    const press = section({ slug: 'ex-99', order: 5, kind: 'document', title: 'EX-99.01 — PRESS RELEASE', document: { type: 'EX-99.01', sequence: 4, description: 'EX-99.01' } });
    const bare = section({ slug: 'ex-27', order: 6, kind: 'document', title: 'EX-27 — EXHIBIT 27', document: { type: 'EX-27', sequence: 5 } });
    expect(exhibitsOf([...acme, press, bare]).slice(1).map((e) => [e.type, e.text])).toEqual([
      ['EX-99.01', 'Press Release'],
      ['EX-27', ''],
    ]);
  });
});

describe('startPages', () => {
  test('a section starts on the last page before it unless it opens with its own; each document counts its own pages', () => {
    const sections = [
      section({ slug: 'a', order: 1, pages: [{ anchor: 'page-1', printed: '1' }, { anchor: 'page-2', printed: '2' }] }),
      section({ slug: 'b', order: 2 }),
      section({ slug: 'ex', order: 3, kind: 'document', document: { type: 'EX-21', sequence: 2 }, pages: [{ anchor: 'ex-21-page-1', printed: '1' }] }),
    ];
    expect(startPages(sections)).toEqual(['1', '2', '1']);
  });
});

describe('localiseLinks', () => {
  const sections = [acme[0]!, acme[1]!];
  test('links into the filing become fragments of the whole-filing page; other links are kept', () => {
    const html = '<a href="/acme/business/#products">x</a> <a href="/acme/business/">y</a> <a href="/acme/page/3/">z</a> <a href="/acme/page/ex-21-page-1/">w</a> <a href="/other/business/">v</a> <a href="/acme/missing/">u</a>';
    expect(localiseLinks(html, 'acme', sections)).toBe(
      '<a href="#products">x</a> <a href="#business">y</a> <a href="#page-3">z</a> <a href="#ex-21-page-1">w</a> <a href="/other/business/">v</a> <a href="/acme/missing/">u</a>',
    );
    expect(fullAnchorOf(acme[0]!)).toBe('section-cover');
  });
});

describe('shelvesOf and edgarUrl', () => {
  const entry = (slug: string, title: string, cik: string | undefined, filingDate: string) => ({
    filing: { slug, title, filingDate, pageCount: 3, sourceFile: `${slug}.txt`, ...(cik ? { cik } : {}) },
    sectionCount: 2,
  });
  test('groups one company’s filings (by CIK), oldest first, companies by name', () => {
    const shelves = shelvesOf([entry('z-1997', 'Zeta Inc.', '0000000002', '1997-01-01'), entry('acme-1997', 'Acme Computer, Inc.', '0000012345', '1997-12-05'), entry('acme-1994', 'ACME COMPUTER INC', '12345', '1994-12-13'), entry('b', 'Beta Co.', undefined, '2000-01-01')]);
    expect(shelves.map((s) => [s.company, s.filings.map((f) => f.filing.slug)])).toEqual([
      ['Acme Computer, Inc.', ['acme-1994', 'acme-1997']],
      ['Beta Co.', ['b']],
      ['Zeta Inc.', ['z-1997']],
    ]);
  });

  test('the original submission on sec.gov from CIK and accession number', () => {
    expect(edgarUrl({ cik: '0000320193', accessionNumber: '0001047469-97-006960' })).toBe('https://www.sec.gov/Archives/edgar/data/320193/0001047469-97-006960.txt');
    expect(edgarUrl({ cik: '0000320193' })).toBeUndefined();
    expect(edgarUrl({ accessionNumber: '0001047469-97-006960' })).toBeUndefined();
  });
});

describe('outlineOf', () => {
  test('skips the section title and keeps depths 3 and 4', () => {
    expect(outlineOf(acme[1]!)).toEqual([
      { depth: 3, text: 'Products', hash: '#products' },
      { depth: 4, text: 'Macintosh', hash: '#macintosh' },
      { depth: 3, text: 'Competition', hash: '#competition' },
    ]);
  });

  test('a heading printed twice in a row (the company line on the cover and atop the next page) is one entry; the same words elsewhere stay', () => {
    const cover = section({
      slug: 'cover',
      order: 0,
      kind: 'cover',
      headings: [
        { depth: 3, text: 'ACME WIDGETS, INC.', id: 'acme-widgets-inc' },
        { depth: 3, text: 'Acme Widgets, Inc.', id: 'acme-widgets-inc-2' },
        { depth: 4, text: 'Acme Widgets, Inc.', id: 'acme-widgets-inc-3' },
        { depth: 3, text: 'Common Stock', id: 'common-stock' },
        { depth: 3, text: 'ACME WIDGETS, INC.', id: 'acme-widgets-inc-4' },
      ],
    });
    expect(outlineOf(cover).map((item) => item.hash)).toEqual(['#acme-widgets-inc', '#acme-widgets-inc-3', '#common-stock', '#acme-widgets-inc-4']);
  });
});

describe('neighboursOf', () => {
  test('links the sections on either side, naming the cover plainly', () => {
    expect(neighboursOf(acme, 'business')).toEqual({
      previous: { text: 'Cover page', url: '/acme/cover/' },
      next: { text: 'Properties', url: '/acme/properties/' },
    });
    expect(neighboursOf(acme, 'cover').previous).toBeNull();
    expect(neighboursOf(acme, 'ex-21').next).toBeNull();
  });
});

describe('pageRedirectsOf', () => {
  test('one route per page anchor, pointing at the section that holds it', () => {
    expect(pageRedirectsOf(acme)).toEqual([
      { filing: 'acme', param: '1', label: 'page-1', target: '/acme/cover/#page-1' },
      { filing: 'acme', param: '2', label: 'Page 2', target: '/acme/business/#page-2' },
      { filing: 'acme', param: '3', label: 'Page 3', target: '/acme/business/#page-3' },
      { filing: 'acme', param: 'ex-21-page-1', label: 'Page 1', target: '/acme/ex-21/#ex-21-page-1' },
    ]);
  });

  test('a repeated anchor keeps its first section, so no route is generated twice', () => {
    const repeat = section({ slug: 'again', order: 5, pages: [{ anchor: 'page-2', printed: '2' }] });
    expect(pageRedirectsOf([...acme, repeat]).filter((r) => r.param === '2')).toHaveLength(1);
  });
});

describe('fullPageSections', () => {
  const entry = (slug: string, sequence: number, size: number) => ({ data: { document: { type: sequence === 1 ? '10-K' : 'EX-27', sequence } }, body: 'x'.repeat(size), slug });
  test('the whole filing when it is within the budget, else the main document alone', () => {
    const sections = [entry('a', 1, 40), entry('b', 1, 40), entry('ex', 2, 40)];
    expect(fullPageSections(sections, 200)).toMatchObject({ whole: true, shown: sections });
    expect(fullPageSections(sections, 100)).toMatchObject({ whole: false, shown: sections.slice(0, 2) });
  });
});

describe('printedPageRange', () => {
  test('the main document’s printed numbers, first to last; none when it prints none', () => {
    expect(printedPageRange(acme)).toBe('2–3');
    expect(printedPageRange([acme[0]!])).toBeUndefined();
  });
});
