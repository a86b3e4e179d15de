import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coverCompany, coverDate, coverFormType, coverPeriod, firstSignificantLine, isoDate, readableName } from '../../scripts/parser/filing-info.ts';
import { parseFiling, renderFiling } from '../../scripts/parser/parse-filing.ts';
import type { SectionDraft } from '../../scripts/parser/types.ts';
import { expectFixture } from '../fixtures/expect-fixture.ts';
import { at, brk, cover, h, mainDoc, p, table } from '../fixtures/drafts.ts';
import { corpusDir, corpusFiles, hasCorpus } from '../shared-corpus.ts';

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
    expect(parsed.markdown.startsWith('---\ntitle: "Level 3 Communications, Inc."\nform: "Prospectus"\ndate: "2004-05-26"\n---\n')).toBe(true);
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

  test('SEC header metadata wins over the cover, the company named as the cover spells it', () => {
    const withMeta = renderFiling({ meta: { company: 'LEVEL 3 COMMUNICATIONS INC', formType: '424B3', filingDate: '2004-05-27', cik: '794323' }, documents, skipped: [] }, miniProspectus(), {
      slug: 'mini',
      pageCount: 5,
      sourceFile: 'mini.txt',
    });
    expect(withMeta.filing).toMatchObject({
      title: 'Level 3 Communications, Inc.',
      company: 'LEVEL 3 COMMUNICATIONS INC',
      formType: '424B3',
      filingDate: '2004-05-27',
      cik: '794323',
    });
  });

  test('section front matter: slugs, order, pages, headings', () => {
    expect(parsed.sections.map((s) => [s.frontMatter.order, s.frontMatter.slug, s.frontMatter.kind])).toEqual([
      [0, 'cover', 'cover'],
      [1, 'selling-stockholders', 'section'],
      [2, 'plan-of-distribution', 'section'],
    ]);
    expect(parsed.sections[1]?.frontMatter.pages).toMatchObject([
      { anchor: 'page-3', printed: '3' },
      { anchor: 'page-4', printed: '4' },
    ]);
    expect(parsed.sections[1]?.frontMatter.pages.every((page) => Number.isInteger(page.line))).toBe(true);
    expect(parsed.sections[2]?.frontMatter.headings).toEqual([{ depth: 2, text: 'PLAN OF DISTRIBUTION', id: 'plan-of-distribution' }]);
  });

  test('the report counts what was rendered', () => {
    expect(parsed.report).toEqual({ documents: 1, skipped: [], sections: 3, headings: 2, tables: 1, preformattedTables: 0, footnotes: 1, sums: { checked: 0, failed: 0 }, messages: [] });
  });
});

const seedFile = path.resolve(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt');

/** The rows of each GFM table in a Markdown text, split into cells (escaped pipes kept inside cells). */
function gfmTables(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (!current) tables.push((current = []));
    current.push(cells);
  }
  return tables;
}

describe('the seed prospectus end to end', () => {
  const seed = parseFiling(readFileSync(seedFile), seedFile, 'level3-2004-prospectus');
  const section = (slug: string) => seed.sections.find((s) => s.frontMatter.slug === slug)?.markdown ?? '';

  test('the cover and nine sections, in order', () => {
    expect(seed.sections.map((s) => s.frontMatter.slug)).toEqual([
      'cover',
      'where-you-can-find-more-information',
      'risk-factors',
      'the-company',
      'application-of-proceeds',
      'selling-stockholders',
      'description-of-outstanding-capital-stock',
      'plan-of-distribution',
      'legal-matters',
      'experts',
    ]);
    expect(seed.filing).toMatchObject({ title: 'Level 3 Communications, Inc.', formType: 'Prospectus', filingDate: '2004-05-26', pageCount: 9, sourceFile: 'level3-2004-prospectus.txt' });
  });

  test('the selling stockholders are one table: a header of 4 cells, 59 rows, notes t1-1..t1-3 cited from the header', () => {
    const md = section('selling-stockholders');
    const tables = gfmTables(md);
    expect(tables).toHaveLength(1);
    const [header, rule, ...body] = tables[0]!;
    expect(header).toHaveLength(4);
    expect(rule?.every((c) => /^:?-+:?$/.test(c))).toBe(true);
    expect(body).toHaveLength(59);
    for (const label of ['t1-1', 't1-2', 't1-3']) {
      expect(md).toContain(`\n[^${label}]: `);
      expect(header?.join('|')).toContain(`[^${label}]`);
    }
  });

  test('printed pages 2 to 8 are each marked once in the whole filing', () => {
    const all = seed.sections.map((s) => s.markdown).join('\n');
    for (let page = 2; page <= 8; page++) {
      expect(all.split(`id="page-${page}"`).length - 1, `page-${page}`).toBe(1);
    }
    expect(seed.sections.flatMap((s) => s.frontMatter.pages.map((p) => p.anchor))).toEqual(['page-2', 'page-3', 'page-4', 'page-5', 'page-6', 'page-7', 'page-8']);
  });

  test('the cover carries the contents as links and its cross references', () => {
    const cover = section('cover');
    for (const s of seed.sections.slice(1)) expect(cover).toContain(`](/level3-2004-prospectus/${s.frontMatter.slug}/)`);
    expect(cover).toContain('[Common Stock](/level3-2004-prospectus/description-of-outstanding-capital-stock/#common-stock)');
    expect(cover).toMatch(/See "\[Plan of Distribution\]\(\/level3-2004-prospectus\/plan-of-distribution\/\)" on \[page 7\]\(\/level3-2004-prospectus\/[a-z-]+\/#page-7\)/);
  });

  test("the Experts section's reference to the Arthur Andersen risk factor links to that risk factor's paragraph; no reference is unresolved", () => {
    const link = /See "\[Risk Factors - You will have no effective remedy[^\]]*\]\(\/level3-2004-prospectus\/risk-factors\/#([a-z0-9-]+)\)/.exec(section('experts'));
    expect(link, 'link in Experts').not.toBeNull();
    expect(section('risk-factors')).toContain(`<span id="${link![1]}"></span>You will have no effective remedy against Arthur Andersen LLP`);
    expect(seed.report.messages.filter((m) => m.rule === 'xref')).toEqual([]);
  });

  test('the same bytes give the same Markdown', () => {
    expect(parseFiling(readFileSync(seedFile), seedFile, 'level3-2004-prospectus').markdown).toBe(seed.markdown);
  });
});

describe.skipIf(!hasCorpus)('every link and footnote of the corpus lands', () => {
  for (const file of corpusFiles()) {
    test(file, () => {
      const parsed = parseFiling(readFileSync(path.join(corpusDir, file)), file, 'f');
      const ids = new Map(
        parsed.sections.map((s) => [
          s.frontMatter.slug,
          new Set([...s.frontMatter.headings.map((h) => h.id), ...s.frontMatter.pages.map((p) => p.anchor), ...[...s.markdown.matchAll(/<(?:dfn|span) id="([^"]+)">/g)].map((m) => m[1]!)]),
        ]),
      );
      const broken: string[] = [];
      for (const s of parsed.sections) {
        // A link may carry a title (a defined term's sentence): `[term](/f/s/#term-x "...")`.
        for (const [, target, hash] of s.markdown.matchAll(/\]\(\/f\/([^/]+)\/(?:#([^)\s]+))?(?: "(?:[^"\\]|\\.)*")?\)/g)) {
          if (!ids.has(target!) || (hash !== undefined && !ids.get(target!)?.has(hash))) broken.push(`${s.frontMatter.slug} -> ${target}#${hash}`);
        }
        const refs = new Set([...s.markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
        const defs = new Set([...s.markdown.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]));
        expect([...refs].filter((r) => !defs.has(r)), `${s.frontMatter.slug}: references without a definition`).toEqual([]);
        expect([...defs].filter((d) => !refs.has(d)), `${s.frontMatter.slug}: definitions never referenced`).toEqual([]);
      }
      expect(broken).toEqual([]);
      const headingIds = parsed.sections.flatMap((s) => [...s.frontMatter.headings.map((h) => h.id), ...s.frontMatter.pages.map((p) => p.anchor)]);
      const titleIds = new Set(parsed.sections.map((s) => s.frontMatter.slug));
      // Heading and page ids are unique across the filing (a title heading shares its section's slug, once).
      expect(headingIds.filter((id, i) => headingIds.indexOf(id) !== i && !titleIds.has(id))).toEqual([]);
    });
  }
});

describe('what the cover says about the filing', () => {
  test('form type from the cover', () => {
    expect(coverFormType(['UNITED STATES', 'FORM 10-K', 'ANNUAL REPORT'])).toBe('10-K');
    expect(coverFormType(['Form 10-Q/A'])).toBe('10-Q/A');
    expect(coverFormType(['PROSPECTUS'])).toBe('Prospectus');
    expect(coverFormType(['PROSPECTUS SUPPLEMENT'])).toBe('Prospectus Supplement');
    expect(coverFormType(['The prospectus describes'])).toBeUndefined();
  });

  test('the document date, not any date on the cover', () => {
    expect(coverDate(['On May 20, 2004, the closing price was $3.28.', 'The date of this Prospectus is May 26, 2004'])).toBe('2004-05-26');
    expect(coverDate(['On May 20, 2004, the closing price was $3.28.'])).toBeUndefined();
    expect(isoDate('Sept. 3, 1997')).toBe('1997-09-03');
    expect(isoDate('Foo 3, 1997')).toBeUndefined();
  });

  test('the period a report covers, after its label or just above it, for a filing with no header', () => {
    expect(coverPeriod(['FORM 10-K', 'FOR THE FISCAL YEAR ENDED DECEMBER 31, 2000'])).toBe('2000-12-31');
    expect(coverPeriod(['For the quarterly period ended June 30, 1997'])).toBe('1997-06-30');
    expect(coverPeriod(['Date of Report (Date of earliest event reported): July 22, 2004'])).toBe('2004-07-22');
    expect(coverPeriod(['FORM 8-K', 'July 22, 2004', 'Date of Report (Date of earliest event reported)'])).toBe('2004-07-22');
    expect(coverPeriod(['For the transition period from to', 'Commission file number 1-5075'])).toBeUndefined();
    expect(coverPeriod(['On May 20, 2004, the closing price was $3.28.'])).toBeUndefined();
  });

  test('the fallback title is the first line that is no boilerplate, placeholder or sentence', () => {
    expect(firstSignificantLine(['[LETTERHEAD OF DOE, ROE & COMPANY, LLP]', 'UNITED STATES', 'Consent of Independent Accountants'])).toBe('Consent of Independent Accountants');
    expect(firstSignificantLine(['[LOGO]'])).toBeUndefined();
  });

  test('the company is the first short line ending in a legal form', () => {
    expect(coverCompany(['PROSPECTUS', 'Level 3 Communications, Inc.', '4,174,803 Shares of Common Stock'])).toBe('Level 3 Communications, Inc.');
    expect(coverCompany(['BFK CORPORATION'])).toBe('BFK CORPORATION');
    expect(coverCompany(['UNITED STATES', 'SECURITIES AND EXCHANGE COMMISSION'])).toBeUndefined();
  });

  test("the SEC's conformed name is shown as the cover spells it, else in readable case", () => {
    expect(readableName(['FORM 8-K', 'WIDGETS.COM, INC.', '(Exact name of registrant)'], 'WIDGETS COM INC')).toBe('Widgets.com, Inc.');
    expect(readableName(['SMITH-JONES ACME COMPANY'], 'SMITH JONES ACME CO')).toBe('Smith-Jones Acme Company');
    expect(readableName(['Some other line'], 'NORTHWIND CO')).toBe('Northwind Co.');
    expect(readableName([], 'BFK CORP')).toBe('BFK Corp.');
  });

  test('a name the cover prints in capitals takes the spelling the running text uses most, legal form spelled out or not', () => {
    const texts = ['The Northwind Company ("Northwind Company") issued a release.', 'NORTHWIND COMPANY SYSTEM', 'Northwind Company, Coastal Power Company and others.'];
    expect(readableName(['NORTHWIND CO'], 'NORTHWIND CO', texts)).toBe('Northwind Company');
    expect(readableName(['BRIGHTLINE, INC.'], 'BRIGHTLINE, INC.', ['BrightLine, Inc. is a global technology company.', 'the BrightLine(TM) trademark'])).toBe('BrightLine, Inc.');
    // A longer name that only starts like the company's is not its spelling.
    expect(readableName([], 'LOMAX CORP', ['Lomax Corporate Services Inc. leases the building.'])).toBe('Lomax Corp.');
    // The cover's own mixed-case spelling wins over the text.
    expect(readableName(['Acme Widgets, Inc.'], 'ACME WIDGETS INC', ['ACME Widgets Incorporated', 'ACME Widgets Incorporated'])).toBe('Acme Widgets, Inc.');
  });
});

describe('references the filing cannot resolve', () => {
  test('are messages in the report, at their line and in their section', () => {
    const text = ['RISK FACTORS', '', '     Investing is risky.  See "Legal Proceedings" and Item 9.', ''].join('\n');
    const { report } = parseFiling(new TextEncoder().encode(text), 'x.txt', 'x');
    expect(report.messages.filter((m) => m.rule === 'xref')).toEqual([
      expect.objectContaining({ line: 3, reason: 'reference to "Legal Proceedings" names no place in this filing; kept as text', section: 'risk-factors' }),
      expect.objectContaining({ line: 3, reason: 'reference to Item 9 names no place in this filing; kept as text' }),
    ]);
  });
});
