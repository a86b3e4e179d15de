import { describe, expect, test } from 'vitest';
import { assignIds } from '../../scripts/parser/ids.ts';
import { buildLinkContext, exhibitNumber, findLinks, linkText, normalizeTitle, resolveTitle, toInlines } from '../../scripts/parser/links.ts';
import type { SectionDraft } from '../../scripts/parser/types.ts';
import { at, brk, cover, h, p } from '../fixtures/drafts.ts';

/** A small filing: cover, RISK FACTORS (pages 2-3) with a long subheading, PLAN OF DISTRIBUTION (page 7), and an exhibit with its own page 2. */
function filing() {
  const drafts: SectionDraft[] = [
    cover([p('cover text')]),
    {
      kind: 'section',
      title: 'RISK FACTORS',
      document: { type: 'DOCUMENT', sequence: 1 },
      pos: at(1, '2'),
      blocks: [
        brk(1, '2'),
        h(2, 'RISK FACTORS', at(1, '2')),
        h(3, 'You will have no effective remedy against Arthur Andersen LLP in connection with a material misstatement', at(1, '2')),
        brk(2, '3'),
        h(3, 'General', at(2, '3')),
        brk(3, 'F-3'),
      ],
    },
    {
      kind: 'section',
      title: 'PLAN OF DISTRIBUTION',
      document: { type: 'DOCUMENT', sequence: 1 },
      pos: at(4, '7'),
      blocks: [brk(4, '7'), h(2, 'PLAN OF DISTRIBUTION', at(4, '7')), h(3, 'General', at(4, '7'))],
    },
    { kind: 'document', title: 'EX-99', document: { type: 'EX-99', sequence: 2 }, pos: at(0), blocks: [h(2, 'EX-99'), brk(1, '9')] },
  ];
  const ids = assignIds(drafts);
  return buildLinkContext('f', drafts, ids);
}

/** The text of each link found, and where it points. */
function links(text: string, sequence = 1, section = 1): [string, string][] {
  return findLinks(text, filing(), { document: sequence, section }).map((r) => [text.slice(r.start, r.end), r.kind === 'link' ? r.url : r.kind === 'footnoteRef' ? r.label : r.id]);
}

describe('titles', () => {
  test('normalised for comparison: case, spaces, quotes, dashes, end punctuation', () => {
    expect(normalizeTitle('  Risk   Factors -- You will\u2019 ')).toBe('risk factors - you will');
    expect(normalizeTitle('Risk Factors \u2014 Foo.')).toBe('risk factors - foo');
  });

  test('a quote names a section, a heading by its start, or a heading inside a named section', () => {
    const ctx = filing();
    expect(resolveTitle('Plan of Distribution', ctx)?.section).toBe(2);
    expect(resolveTitle('Risk Factors - You will have no effective remedy against Arthur Andersen LLP', ctx)?.headingId).toBe(
      'you-will-have-no-effective-remedy-against-arthur-andersen',
    );
    expect(resolveTitle('You will have no effective remedy against Arthur Andersen LLP in connection with a material misstatement or omission', ctx)?.headingId).toBeDefined();
    expect(resolveTitle('Business', ctx)).toBeUndefined();
  });
});

describe('cross references', () => {
  test('See "Plan of Distribution" on page 7', () => {
    expect(links('All costs paid by us. See "Plan of Distribution" on page 7.')).toEqual([
      ['Plan of Distribution', '/f/plan-of-distribution/'],
      ['page 7', '/f/plan-of-distribution/#page-7'],
    ]);
  });

  test('a long quote with a section prefix links to the heading inside it', () => {
    const text = 'See "Risk Factors - You will have no effective remedy against Arthur Andersen LLP in connection with a material misstatement or omission in any of our financial statements."';
    const [[inner, url]] = links(text) as [[string, string]];
    expect(url).toBe('/f/risk-factors/#you-will-have-no-effective-remedy-against-arthur-andersen');
    expect(inner.endsWith('financial statements')).toBe(true);
  });

  test('"--General" names a heading of the section it is written in', () => {
    expect(links('See "--General" above.', 1, 2)).toEqual([['--General', '/f/plan-of-distribution/#general-2']]);
    expect(links('See " --General" above.', 1, 1)).toEqual([['--General', '/f/risk-factors/#general']]);
  });

  test('page references: single, several, lettered; only pages of the same document', () => {
    expect(links('The stockholders listed on page 3 are')).toEqual([['page 3', '/f/risk-factors/#page-3']]);
    expect(links('as set out on pages 2 and 3, and see page F-3')).toEqual([
      ['2', '/f/risk-factors/#page-2'],
      ['3', '/f/risk-factors/#page-3'],
      ['page F-3', '/f/risk-factors/#page-f-3'],
    ]);
    expect(links('see page 12')).toEqual([]);
    expect(links('see page 2', 2)).toEqual([]);
    expect(links('see page 9', 2)).toEqual([['page 9', '/f/ex-99/#ex-99-page-9']]);
  });

  test('quotes that name nothing, defined terms and numbers stay text', () => {
    expect(links('references to "we" or "us" are to Level 3, the "Securities Act"')).toEqual([]);
    expect(links('703,187')).toEqual([]);
    // A defined term that happens to be a heading's title.
    expect(links('a material misstatement (the "Plan of Distribution")')).toEqual([]);
  });
});

describe('inline runs', () => {
  test('a page mark between two words keeps a space on each side', () => {
    const runs = toInlines('you will not be able to', [], [{ offset: 16, anchor: 'page-3', printedPage: '3' }]);
    expect(runs).toEqual([
      { kind: 'text', value: 'you will not be ' },
      { kind: 'pageMark', anchor: 'page-3', printedPage: '3' },
      { kind: 'text', value: ' able to' },
    ]);
  });

  test('a page mark never splits a word or a link', () => {
    expect(toInlines('communications are', [], [{ offset: 5, anchor: 'page-3', printedPage: '3' }])).toEqual([
      { kind: 'text', value: 'communications ' },
      { kind: 'pageMark', anchor: 'page-3', printedPage: '3' },
      { kind: 'text', value: ' are' },
    ]);
    const runs = toInlines('see page 3 now', [{ start: 4, end: 10, kind: 'link', url: '/u' }], [{ offset: 9, anchor: 'page-3', printedPage: '3' }]);
    expect(runs.map((r) => r.kind)).toEqual(['text', 'link', 'text', 'pageMark', 'text']);
  });

  test('footnote references replace their marker and win over links', () => {
    const ctx = filing();
    const text = 'Sold by the Company.(1) See page 7.';
    expect(linkText(text, ctx, { document: 1, section: 1 }, { footnotes: [{ start: 20, end: 23, kind: 'footnoteRef', label: 'p7-1' }] })).toEqual([
      { kind: 'text', value: 'Sold by the Company.' },
      { kind: 'footnoteRef', label: 'p7-1' },
      { kind: 'text', value: ' See ' },
      { kind: 'link', url: '/f/plan-of-distribution/#page-7', children: [{ kind: 'text', value: 'page 7' }] },
      { kind: 'text', value: '.' },
    ]);
  });
});

test('pathological text is linked whole (its speed is a bench figure, not a test)', () => {
  const ctx = filing();
  const text = `${'See "Plan of Distribution" on pages 2, 3 and 7; '.repeat(2000)}${'"'.repeat(5000)}${'page '.repeat(5000)}`;
  const ranges = findLinks(text, ctx, { document: 1, section: 1 });
  expect(ranges.length).toBe(8000);
});

describe('Items and Exhibits', () => {
  /** A 10-K: ITEM 7 and ITEM 7A sections, and an EX-10.3 document in the submission. */
  function report() {
    const drafts: SectionDraft[] = [
      cover([p('cover text')]),
      { kind: 'section', title: "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS", document: { type: '10-K', sequence: 1 }, pos: at(1, '9'), blocks: [h(2, "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS", at(1, '9'))] },
      { kind: 'section', title: 'ITEM 7A. MARKET RISK', document: { type: '10-K', sequence: 1 }, pos: at(2, '12'), blocks: [h(2, 'ITEM 7A. MARKET RISK', at(2, '12'))] },
      { kind: 'document', title: 'EX-10.3 — LEASE', document: { type: 'EX-10.3', sequence: 2 }, pos: at(3), blocks: [h(2, 'EX-10.3 — LEASE')] },
    ];
    return buildLinkContext('f', drafts, assignIds(drafts));
  }
  const found = (text: string) => {
    const missing: string[] = [];
    const ranges = findLinks(text, report(), { document: 1, section: 0, unresolved: (r) => missing.push(r) });
    return { links: ranges.map((r) => [text.slice(r.start, r.end), r.kind === 'link' ? r.url : r.kind === 'footnoteRef' ? r.label : r.id]), missing };
  };

  test('"Item 7" links to the Item, "Items 7 and 7A" link each number', () => {
    expect(found('as discussed in Item 7 above').links).toEqual([['Item 7', "/f/item-7-managements-discussion-and-analysis/"]]);
    expect(found('See Items 7 and 7A.').links).toEqual([
      ['7', '/f/item-7-managements-discussion-and-analysis/'],
      ['7A', '/f/item-7a-market-risk/'],
    ]);
  });

  test('an Item link carries the page its Item starts on, for print ("Item 7 (p. 9)"); an exhibit or page link carries none, its words name the place', () => {
    const page = (text: string) => findLinks(text, report(), { document: 1, section: 0 }).map((r) => (r.kind === 'link' ? (r.page ?? null) : 'not a link'));
    expect(page('as discussed in Item 7 above')).toEqual(['9']);
    expect(page('See Items 7 and 7A.')).toEqual(['9', '12']);
    expect(page('the lease filed as Exhibit 10.3 hereto')).toEqual([null]);
  });

  test('"Exhibit 10.3" links to the exhibit the submission carries; "EX-10.03" is the same number', () => {
    expect(found('the lease filed as Exhibit 10.3 hereto').links).toEqual([['Exhibit 10.3', '/f/ex-10-3/']]);
    expect(exhibitNumber('EX-10.03')).toBe(exhibitNumber('Exhibit 10.3'));
    expect(exhibitNumber('EX-27')).toBe('27');
  });

  test('an Item or Exhibit of another document is no link and no report', () => {
    expect(found('Item 1 of our Annual Report on Form 10-K').links).toEqual([]);
    expect(found('incorporated by reference to Exhibit 3.1 to the Company\'s Registration Statement on Form S-1').missing).toEqual([]);
  });

  test('what the filing does not have is reported, not linked: an Item, an Exhibit, a page, a quoted title after "see"', () => {
    const { links: none, missing } = found('Items 1 through 4 are discussed below. See "Legal Proceedings", Exhibit 99.1 and page 40.');
    expect(none).toEqual([]);
    expect(missing).toEqual(['"Legal Proceedings"', 'page 40', 'Item 1', 'Item 4', 'Exhibit 99.1']);
  });

  test('Items the text says are left out are not reported missing, and still link where the filing has them', () => {
    expect(found('ITEMS 1 THROUGH 4, 6 AND 8 NOT APPLICABLE.').missing).toEqual([]);
    expect(found('Items 1 through 4 are not applicable.').missing).toEqual([]);
    expect(found('Item 3 has been omitted.').missing).toEqual([]);
    expect(found('Items 6 and 7 are not applicable.')).toEqual({ links: [['7', '/f/item-7-managements-discussion-and-analysis/']], missing: [] });
  });
});

describe('references to a risk factor printed as a paragraph', () => {
  /** A prospectus whose risk factors are paragraphs (no headings), an Experts section citing one, and a later section with its own heading. */
  function prospectus(citing: string) {
    const drafts: SectionDraft[] = [
      cover([p('cover text')]),
      {
        kind: 'section',
        title: 'RISK FACTORS',
        document: { type: 'DOCUMENT', sequence: 1 },
        pos: at(1, '2'),
        blocks: [
          h(2, 'RISK FACTORS', at(1, '2')),
          p('Before you invest, you should carefully consider the risks outlined below.', at(2, '2')),
          p('We may not be able to repay our debt. Our cash flow may be insufficient to meet our obligations.', at(3, '2')),
          p('Our stock price may be volatile and could decline significantly.', at(4, '2')),
        ],
      },
      {
        kind: 'section',
        title: 'EXPERTS',
        document: { type: 'DOCUMENT', sequence: 1 },
        pos: at(5, '8'),
        blocks: [h(2, 'EXPERTS', at(5, '8')), p(citing, at(6, '8')), p('We may not be able to repay our debt is also printed here, outside the risk factors.', at(7, '8'))],
      },
    ];
    const ids = assignIds(drafts);
    return buildLinkContext('f', drafts, ids);
  }
  const linksIn = (citing: string) => {
    const ctx = prospectus(citing);
    const missing: string[] = [];
    const found = findLinks(citing, ctx, { document: 1, section: 2, unresolved: (r) => missing.push(r) }).map((r) => [citing.slice(r.start, r.end), r.kind === 'link' ? r.url : '']);
    return { found, missing, anchors: [...ctx.anchors.values()] };
  };

  test('"Risk Factors—" and the opening words of a risk factor link to that paragraph, which gets an anchor', () => {
    const { found, missing, anchors } = linksIn('See "Risk Factors\u2014We may not be able to repay our debt."');
    expect(found).toEqual([['Risk Factors\u2014We may not be able to repay our debt', '/f/risk-factors/#risk-we-may-not-be-able-to-repay-our-debt-our-cash']]);
    expect(missing).toEqual([]);
    expect(anchors).toEqual(['risk-we-may-not-be-able-to-repay-our-debt-our-cash']);
  });

  test('the opening words alone, cut short with an ellipsis, name the risk factor too; "--" is a dash', () => {
    expect(linksIn('as described under "Our stock price may be volatile ..."').found[0]?.[1]).toBe('/f/risk-factors/#risk-our-stock-price-may-be-volatile-and-could');
    expect(linksIn('See "Risk Factors -- Our stock price may be volatile"').found[0]?.[1]).toBe('/f/risk-factors/#risk-our-stock-price-may-be-volatile-and-could');
  });

  test('"Risk Factors" alone links to the section; a paragraph outside the risk factors, a short quote and an uncited risk factor get no anchor', () => {
    const { found, anchors } = linksIn('See "Risk Factors" and "Our stock" and "Experts".');
    expect(found).toEqual([
      ['Risk Factors', '/f/risk-factors/'],
      ['Experts', '/f/experts/'],
    ]);
    expect(anchors).toEqual([]);
  });

  test('a quote that matches no risk factor is reported, not linked to the section top', () => {
    const { found, missing } = linksIn('See "We may lose our key employees to competitors".');
    expect(found).toEqual([]);
    expect(missing).toEqual(['"We may lose our key employees to competitors"']);
  });
});
