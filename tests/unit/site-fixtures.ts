/** Small section front matter for the site-* tests. */
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

const filing = { slug: 'acme', title: 'Acme Corp', formType: '10-K', filingDate: '1997-12-05', pageCount: 12, sourceFile: 'acme.txt' };

/** A section of the "acme" filing; override what the test is about. */
export function section(over: Partial<SectionFrontMatter> & Pick<SectionFrontMatter, 'slug' | 'order'>): SectionFrontMatter {
  return {
    filing,
    title: over.slug.toUpperCase(),
    kind: 'section',
    document: { type: '10-K', sequence: 1 },
    pages: [],
    headings: [{ depth: 2, text: over.slug.toUpperCase(), id: over.slug }],
    terms: [],
    termsUsed: [],
    tables: [],
    ...over,
  };
}

/** Cover, two sections of the main document and an exhibit. */
export const acme: SectionFrontMatter[] = [
  section({ slug: 'cover', order: 0, kind: 'cover', title: 'Cover', headings: [], pages: [{ anchor: 'page-1', printed: null }] }),
  section({
    slug: 'business',
    order: 1,
    pages: [{ anchor: 'page-2', printed: '2' }, { anchor: 'page-3', printed: '3' }],
    headings: [
      { depth: 2, text: 'BUSINESS', id: 'business' },
      { depth: 3, text: 'Products', id: 'products' },
      { depth: 4, text: 'Macintosh', id: 'macintosh' },
      { depth: 3, text: 'Competition', id: 'competition' },
    ],
  }),
  section({ slug: 'properties', order: 2 }),
  section({
    slug: 'ex-21',
    order: 3,
    kind: 'document',
    title: 'Subsidiaries',
    document: { type: 'EX-21', sequence: 3, description: 'SUBSIDIARIES OF THE REGISTRANT' },
    pages: [{ anchor: 'ex-21-page-1', printed: '1' }],
  }),
];
