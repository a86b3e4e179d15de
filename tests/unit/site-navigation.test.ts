import { describe, expect, test } from 'vitest';
import { contentsOf, exhibitsOf } from '../../src/lib/contents.ts';
import { groupFilings } from '../../src/lib/filings.ts';
import { neighboursOf } from '../../src/lib/neighbours.ts';
import { outlineOf } from '../../src/lib/outline.ts';
import { pageRedirectsOf } from '../../src/lib/page-redirects.ts';
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
  test('lists every section after the cover, with its depth-3 headings as links', () => {
    expect(contentsOf(acme)).toEqual([
      {
        text: 'BUSINESS',
        url: '/acme/business/',
        subsections: [
          { text: 'Products', url: '/acme/business/#products' },
          { text: 'Competition', url: '/acme/business/#competition' },
        ],
      },
      { text: 'PROPERTIES', url: '/acme/properties/', subsections: [] },
      { text: 'Subsidiaries', url: '/acme/ex-21/', subsections: [] },
    ]);
  });

  test('exhibits are the documents after the main one, once each', () => {
    const second = section({ slug: 'ex-21-part-2', order: 4, kind: 'document', document: acme[3]!.document });
    expect(exhibitsOf([...acme, second])).toEqual([
      { type: 'EX-21', description: 'SUBSIDIARIES OF THE REGISTRANT', text: 'Subsidiaries', url: '/acme/ex-21/' },
    ]);
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
});

describe('neighboursOf', () => {
  test('links the sections on either side, naming the cover plainly', () => {
    expect(neighboursOf(acme, 'business')).toEqual({
      previous: { text: 'Cover page', url: '/acme/cover/' },
      next: { text: 'PROPERTIES', url: '/acme/properties/' },
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
