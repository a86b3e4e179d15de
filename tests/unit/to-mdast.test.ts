import { describe, expect, test } from 'vitest';
import { assignIds, IdRegistry } from '../../scripts/parser/ids.ts';
import { buildLinkContext } from '../../scripts/parser/links.ts';
import { pageMarkHtml, sectionToMdast, type MdastStats } from '../../scripts/parser/to-mdast.ts';
import { toMarkdownString } from '../../scripts/parser/to-markdown.ts';
import type { Block, SectionDraft, TableRow } from '../../scripts/parser/types.ts';
import { expectFixture } from '../fixtures/expect-fixture.ts';
import { at, brk, cover, h, mainDoc, p, section, table } from '../fixtures/drafts.ts';

/** Renders every section of a small filing; returns each section's Markdown, headings, pages and the stats. */
function render(drafts: SectionDraft[]) {
  const ids = assignIds(drafts);
  const stats: MdastStats = { tables: 0, preformatted: 0, footnotes: 0, messages: [] };
  const ctx = { ids, links: buildLinkContext('f', drafts, ids), footnoteLabels: new IdRegistry(), stats };
  const trees = drafts.map((d, i) => sectionToMdast(d, i, ctx));
  return { markdown: trees.map((t) => toMarkdownString(t.root)), trees, stats };
}

/** One section's Markdown. */
const md = (blocks: Block[], title = 'SECTION') => render([section(title, blocks)]).markdown[0];

const row = (cells: string[], extra: Partial<TableRow> = {}): TableRow => ({
  cells: cells.map((text) => ({ text, notes: [] })),
  total: false,
  level: 0,
  section: false,
  pos: at(),
  ...extra,
});

describe('blocks', () => {
  test('heading, paragraph with a run-in lead-in, thematic break', () => {
    expect(md([h(3, 'Principal Products'), p('The principal products are...', at(), [], 'Principal Products.'), { kind: 'thematicBreak', pos: at() }])).toBe(
      '## SECTION\n\n### Principal Products\n\n**Principal Products.** The principal products are...\n\n---\n',
    );
  });

  test('a line block keeps its lines with hard breaks', () => {
    const address: Block = { kind: 'lineBlock', lines: ['Senior Vice President, Investor Relations', '    Level 3 Communications, Inc.', '720-888-1000'], pos: at() };
    expect(md([address])).toBe('## SECTION\n\nSenior Vice President, Investor Relations\\\nLevel 3 Communications, Inc.\\\n720-888-1000\n');
  });

  test('lists are tight; preformatted text is a text code block', () => {
    const list: Block = { kind: 'list', ordered: false, items: [{ text: 'a classified Board of Directors;', pos: at() }, { text: '* starred', pos: at() }], pos: at() };
    const pre: Block = { kind: 'preformatted', text: 'Name     Age\nJ. Doe    52', reason: 'table not understood', pos: at() };
    expect(md([list, pre])).toBe('## SECTION\n\n- a classified Board of Directors;\n- \\* starred\n\n```text\nName     Age\nJ. Doe    52\n```\n');
  });

  test('an ordered list numbers from 1; a page that starts inside an item is marked there', () => {
    const list: Block = {
      kind: 'list',
      ordered: true,
      items: [
        { text: 'The Annual Report on Form 10-K;', pos: at(0, '1') },
        { text: 'The Quarterly Report on Form 10-Q for the quarter', pos: at(0, '1'), pageBreaks: [{ offset: 34, pos: at(1, '2') }] },
      ],
      pos: at(0, '1'),
    };
    expect(md([list])).toBe(`## SECTION\n\n1. The Annual Report on Form 10-K;\n2. The Quarterly Report on Form 10-Q ${pageMarkHtml('page-2', '2')} for the quarter\n`);
  });

  test('a section without its title heading gets one', () => {
    const draft: SectionDraft = { kind: 'document', title: 'EX-23.1 — CONSENT', document: { type: 'EX-23.1', sequence: 2 }, blocks: [brk(0, '1'), p('We consent.')], pos: at() };
    const { markdown, trees } = render([section('MAIN', []), draft]);
    expect(markdown[1]).toBe(`${pageMarkHtml('ex-23-1-page-1', '1')}\n\n## EX-23.1 — CONSENT\n\nWe consent.\n`);
    expect(trees[1]?.headings).toEqual([{ depth: 2, text: 'EX-23.1 — CONSENT', id: 'ex-23-1' }]);
  });
});

describe('page marks', () => {
  test('exactly the agreed HTML, between blocks and inside a paragraph; none for unnumbered pages', () => {
    expect(pageMarkHtml('page-4', '4')).toBe('<a class="page-mark" id="page-4" href="#page-4" data-page="4" data-pagefind-ignore>Page 4</a>');
    const out = md([p('you will not be able to recover', at(0, '2'), [{ offset: 16, pos: at(1, '3') }]), brk(2, null), brk(3, '4'), p('Next.')]);
    expect(out).toBe(
      `## SECTION\n\nyou will not be ${pageMarkHtml('page-3', '3')} able to recover\n\n${pageMarkHtml('page-4', '4')}\n\nNext.\n`,
    );
  });

  test('a page that starts inside a table is marked right after it', () => {
    const t = table({ header: [{ text: 'Name', notes: [] }, { text: 'Shares', notes: [] }], align: ['left', 'right'], rows: [row(['A', '1']), row(['B', '2'])] }, at(0, '3'), [at(1, '4')]);
    expect(md([t])).toBe(`## SECTION\n\n| Name | Shares |\n| :--- | -----: |\n| A    |      1 |\n| B    |      2 |\n\n${pageMarkHtml('page-4', '4')}\n`);
  });

  test('front matter pages list the printed pages that start in the section', () => {
    const { trees } = render([section('A', [brk(1, null), brk(2, '2'), p('x', at(2, '2'), [{ offset: 1, pos: at(3, '3') }])])]);
    // Each with the source line where its text starts, so the site can cut the page as filed from the original.
    expect(trees[0]?.pages).toEqual([
      { anchor: 'page-2', printed: '2', line: 1 },
      { anchor: 'page-3', printed: '3', line: 1 },
    ]);
  });
});

describe('tables and their notes', () => {
  const notes = (markers: string[]) => markers.map((marker) => ({ marker, text: `Note ${marker}.`, pos: at() }));

  test('header notes become footnotes t{k}-n; section rows keep their label; total labels are strong', () => {
    const first = table({ header: [{ text: 'Holder', notes: [] }, { text: 'Shares', notes: ['1', '2'] }], align: ['left', 'right'], rows: [row(['A', '1'])], notes: notes(['1', '2']) });
    const second = table({
      header: [{ text: '', notes: [] }, { text: '1997', notes: ['*'] }],
      align: ['left', 'right'],
      rows: [row(['Assets', ''], { section: true }), row(['Cash', '$5']), row(['Total', '$5'], { total: true })],
      notes: notes(['*']),
    });
    expectFixture('tables-and-notes.md', render([section('T', [first, second])]).markdown[0] ?? '');
    const out = render([section('T', [first, second])]).markdown[0] ?? '';
    expect(out).toContain('| Holder | Shares[^t1-1][^t1-2] |');
    expect(out).toContain('[^t1-2]: Note 2.');
    expect(out).toContain('|           | 1997[^t2-star] |');
    expect(out).toContain('| Assets    |                |');
    expect(out).toContain('| **Total** |             $5 |');
    expect(out).toContain('[^t2-star]: Note \\*.');
  });

  test('a note no cell cites stays a paragraph after the table; a cited marker with no note stays printed', () => {
    const t = table({ header: [{ text: 'Name', notes: ['9'] }], align: ['left'], rows: [row(['A'])], notes: notes(['a']) });
    const { markdown, stats } = render([section('T', [t])]);
    expect(markdown[0]).toBe('## T\n\n| Name (9) |\n| :------- |\n| A        |\n\n(a) Note a.\n');
    expect(stats.footnotes).toBe(0);
    expect(stats.messages).toHaveLength(2);
  });
});

describe('page footnotes', () => {
  test('a definition referenced on its page becomes p{page}-{marker}; an enumeration is not a reference', () => {
    const blocks: Block[] = [
      brk(1, '4'),
      p('These risks include (1) the risks described.', at(1, '4')),
      p('The Company.(1) Other text.', at(1, '4')),
      { kind: 'footnoteDefinition', label: '1', text: 'Incorporated in Delaware.', pos: at(1, '4') },
      { kind: 'footnoteDefinition', label: '*', text: 'Nobody cites me.', pos: at(1, '4') },
    ];
    expect(md(blocks)).toBe(
      `## SECTION\n\n${pageMarkHtml('page-4', '4')}\n\nThese risks include (1) the risks described.\n\nThe Company.[^p4-1] Other text.\n\n[^p4-1]: Incorporated in Delaware.\n\n\\* Nobody cites me.\n`,
    );
  });

  test('a table header citing a note at the page foot, not under the table, references it', () => {
    const exhibits = table(
      { header: [{ text: 'Number', notes: [] }, { text: 'Notes', notes: ['*'] }], align: ['left', 'left'], rows: [row(['3.3', '88-S3'])] },
      at(1, '61'),
    );
    const blocks: Block[] = [brk(1, '61'), exhibits, { kind: 'footnoteDefinition', label: '*', text: 'Notes appear on pages 65-66.', pos: at(1, '61') }];
    expect(md(blocks)).toBe(
      `## SECTION\n\n${pageMarkHtml('page-61', '61')}\n\n| Number | Notes[^p61-star] |\n| :----- | :--------------- |\n| 3.3    | 88-S3            |\n\n[^p61-star]: Notes appear on pages 65-66.\n`,
    );
  });
});

test('a marker left in a header cell\'s text ("NOTES*") references the page foot note', () => {
  const exhibits = table({ header: [{ text: 'NOTES*', notes: [] }], align: ['left'], rows: [row(['97/1Q'])] }, at(1, '61'));
  const note: Block = { kind: 'footnoteDefinition', label: '*', text: 'Notes appear on pages 65-66.', pos: at(1, '61') };
  expect(md([brk(1, '61'), exhibits, note])).toContain('| NOTES[^p61-star] |');
});

describe('contents', () => {
  test('entries link to sections and headings, with page links; unknown titles stay text', () => {
    const drafts = [
      cover([
        {
          kind: 'toc',
          pos: at(),
          entries: [
            { title: 'RISK FACTORS', page: '2', level: 0 },
            { title: 'CAPITAL STOCK', page: '5', level: 0 },
            { title: 'Common Stock', page: '6', level: 1 },
            { title: 'INDEX', page: null, level: 0 },
          ],
        },
      ]),
      section('RISK FACTORS', [brk(1, '2'), h(3, 'Common Stock')]),
      section('CAPITAL STOCK', [brk(2, '5'), h(3, 'Common Stock')]),
    ];
    expect(render(drafts).markdown[0]).toBe(
      [
        '- [RISK FACTORS](/f/risk-factors/), [page 2](/f/risk-factors/#page-2)',
        '- [CAPITAL STOCK](/f/capital-stock/), [page 5](/f/capital-stock/#page-5)',
        '  - [Common Stock](/f/capital-stock/#common-stock-2), page 6',
        '- INDEX',
        '',
      ].join('\n'),
    );
  });
});

test('main document fixture: cross references, notes, marks', () => {
  const drafts: SectionDraft[] = [
    cover([p('PROSPECTUS'), p('See "Plan of Distribution" on page 7.')]),
    section('PLAN OF DISTRIBUTION', [brk(1, '7'), p('Sold as described under "Plan of Distribution."', at(1, '7'))]),
    { kind: 'section', title: 'EXPERTS', document: mainDoc, blocks: [h(2, 'EXPERTS')], pos: at() },
  ];
  expectFixture('main-document.md', render(drafts).markdown.join('\n<!-- next section -->\n\n'));
});
