import { describe, expect, test } from 'vitest';
import { renderFiling } from '../../scripts/parser/parse-filing.ts';
import type { SectionDraft } from '../../scripts/parser/types.ts';
import { expectFixture } from '../fixtures/expect-fixture.ts';
import { at, brk, cover, h, mainDoc, p, table } from '../fixtures/drafts.ts';

const documents = [{ type: 'DOCUMENT', sequence: 1, text: '', firstLine: 1 }];

/** A two-page prospectus in miniature, the way the earlier stages hand it over. */
function miniProspectus(): SectionDraft[] {
  return [
    cover([
      p('PROSPECTUS'),
      p('Level 3 Communications, Inc.'),
      p('The stockholders listed on page 3 are offering shares. See "Plan of Distribution" on page 7.'),
      p('The date of this Prospectus is May 26, 2004'),
      brk(1, null),
      {
        kind: 'toc',
        pos: at(1),
        entries: [
          { title: 'SELLING STOCKHOLDERS', page: '3', level: 0 },
          { title: 'PLAN OF DISTRIBUTION', page: '7', level: 0 },
        ],
      },
    ]),
    {
      kind: 'section',
      title: 'SELLING STOCKHOLDERS',
      document: mainDoc,
      pos: at(2, '3'),
      blocks: [
        brk(2, '3'),
        h(2, 'SELLING STOCKHOLDERS', at(2, '3')),
        table(
          {
            header: [
              { text: 'Selling Stockholder', notes: [] },
              { text: 'Shares Being Offered', notes: ['1'] },
            ],
            align: ['left', 'right'],
            rows: [{ cells: [{ text: 'MVP America LP', notes: [] }, { text: '703,187', notes: [] }], total: false, level: 0, section: false, pos: at(2, '3') }],
            notes: [{ marker: '1', text: 'Totals include shares held in escrow.', pos: at(3, '4') }],
          },
          at(2, '3'),
          [at(3, '4')],
        ),
      ],
    },
    {
      kind: 'section',
      title: 'PLAN OF DISTRIBUTION',
      document: mainDoc,
      pos: at(4, '7'),
      blocks: [brk(4, '7'), h(2, 'PLAN OF DISTRIBUTION', at(4, '7')), p('The selling stockholders may sell.', at(4, '7'))],
    },
  ];
}

describe('renderFiling', () => {
  const parsed = renderFiling({ meta: {}, documents, skipped: [] }, miniProspectus(), { slug: 'mini', pageCount: 5, sourceFile: 'mini.txt' });

  test('the whole filing as one Markdown document', () => {
    expectFixture('mini-prospectus.md', parsed.markdown);
    expect(parsed.markdown.startsWith('# Level 3 Communications, Inc.\n\n')).toBe(true);
  });

  test('filing front matter falls back to the cover: company, form, date', () => {
    expect(parsed.filing).toEqual({
      slug: 'mini',
      title: 'Level 3 Communications, Inc.',
      company: 'Level 3 Communications, Inc.',
      formType: 'Prospectus',
      filingDate: '2004-05-26',
      pageCount: 5,
      sourceFile: 'mini.txt',
    });
  });

  test('SEC header metadata wins over the cover', () => {
    const withMeta = renderFiling({ meta: { company: 'LEVEL 3 COMMUNICATIONS INC', formType: '424B3', filingDate: '2004-05-27', cik: '794323' }, documents, skipped: [] }, miniProspectus(), {
      slug: 'mini',
      pageCount: 5,
      sourceFile: 'mini.txt',
    });
    expect(withMeta.filing).toMatchObject({ title: 'LEVEL 3 COMMUNICATIONS INC', formType: '424B3', filingDate: '2004-05-27', cik: '794323' });
  });

  test('section front matter: slugs, order, pages, headings', () => {
    expect(parsed.sections.map((s) => [s.frontMatter.order, s.frontMatter.slug, s.frontMatter.kind])).toEqual([
      [0, 'cover', 'cover'],
      [1, 'selling-stockholders', 'section'],
      [2, 'plan-of-distribution', 'section'],
    ]);
    expect(parsed.sections[1]?.frontMatter.pages).toEqual([
      { anchor: 'page-3', printed: '3' },
      { anchor: 'page-4', printed: '4' },
    ]);
    expect(parsed.sections[2]?.frontMatter.headings).toEqual([{ depth: 2, text: 'PLAN OF DISTRIBUTION', id: 'plan-of-distribution' }]);
  });

  test('the report counts what was rendered', () => {
    expect(parsed.report).toEqual({ documents: 1, skipped: [], sections: 3, headings: 2, tables: 1, preformattedTables: 0, footnotes: 1, notes: [] });
  });
});
