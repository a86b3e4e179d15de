import { describe, expect, test } from 'vitest';
import { splitSections } from '../../scripts/parser/sections.ts';
import type { Block, SourceDocument, SourcePosition } from '../../scripts/parser/types.ts';

const at = (line: number, page = 0): SourcePosition => ({ line, pageIndex: page, printedPage: String(page + 1) });
const h = (text: string, depth: 2 | 3 | 4 = 2, line = 1): Block => ({ kind: 'heading', depth, text, pos: at(line) });
const p = (text: string, line = 1): Block => ({ kind: 'paragraph', text, pos: at(line), pageBreaks: [] });
const brk = (page: number): Block => ({ kind: 'pageBreak', pos: at(0, page) });
const doc = (over: Partial<SourceDocument> = {}): SourceDocument => ({ type: '424B3', sequence: 1, text: '', firstLine: 1, ...over });

describe('main document', () => {
  test('the cover runs to the first heading the contents lists; page marks go with the heading they precede', () => {
    const blocks: Block[] = [
      brk(0),
      h('PROSPECTUS'),
      p('The stockholders are offering shares.'),
      brk(1),
      h('TABLE OF CONTENTS'),
      { kind: 'toc', pos: at(63, 1), entries: [{ title: 'WHERE YOU CAN FIND MORE INFORMATION', page: '2', level: 0 }, { title: 'RISK FACTORS', page: '2', level: 0 }] },
      brk(2),
      h('WHERE YOU CAN FIND MORE INFORMATION'),
      p('We file reports.'),
      h('RISK FACTORS'),
      h('Arthur Andersen', 3),
      p('You will have no remedy.'),
    ];
    const sections = splitSections(doc(), blocks, true);
    expect(sections.map((s) => [s.kind, s.title, s.blocks.length])).toEqual([
      ['cover', 'Cover page', 6],
      ['section', 'WHERE YOU CAN FIND MORE INFORMATION', 3],
      ['section', 'RISK FACTORS', 3],
    ]);
    expect(sections[1]!.blocks[0]).toEqual(brk(2));
  });

  test('a 10-K: cover before the first PART; contents copies of ITEM headings and running heads open nothing', () => {
    const blocks: Block[] = [
      h('UNITED STATES SECURITIES AND EXCHANGE COMMISSION'),
      h('ITEM 1. BUSINESS'),
      h('ITEM 2. PROPERTIES'),
      h('PART I'),
      h('ITEM 1. BUSINESS'),
      p('Acme designs computers.'),
      h('ITEM 1. BUSINESS (Continued)'),
      p('More about the business.'),
      h('ITEM 2. PROPERTIES'),
      p('Cupertino.'),
    ];
    const titles = splitSections(doc({ type: '10-K' }), blocks, true).map((s) => s.title);
    expect(titles).toEqual(['Cover page', 'PART I', 'ITEM 1. BUSINESS', 'ITEM 2. PROPERTIES']);
  });

  test('a 10-Q keeps the Item 1 of each part', () => {
    const blocks: Block[] = [
      h('PART I'),
      h('Item 1. Financial Statements'),
      h('PART II'),
      h('Item 1. Legal Proceedings'),
      h('PART I'),
      h('Item 1. Financial Statements'),
      p('Balance sheet.'),
      h('PART II'),
      h('Item 1. Legal Proceedings'),
      p('None.'),
    ];
    const sections = splitSections(doc({ type: '10-Q' }), blocks, true);
    expect(sections.map((s) => [s.title, s.blocks.length])).toEqual([
      ['Cover page', 4],
      ['PART I', 1],
      ['Item 1. Financial Statements', 2],
      ['PART II', 1],
      ['Item 1. Legal Proceedings', 2],
    ]);
  });

  test('a document without headings is one section named for its type and description', () => {
    const sections = splitSections(doc({ type: '8-K', description: 'CURRENT REPORT' }), [p('Text.')], true);
    expect(sections).toMatchObject([{ kind: 'section', title: '8-K — CURRENT REPORT', blocks: [p('Text.')] }]);
  });
});

describe('exhibits', () => {
  test('an exhibit is one document section under a synthesised heading, its own headings one level down', () => {
    const sections = splitSections(doc({ type: 'EX-21', sequence: 4, description: 'SUBSIDIARIES OF THE REGISTRANT' }), [h('EXHIBIT 21'), h('Europe', 3), p('Acme Ltd.')], false);
    expect(sections).toHaveLength(1);
    const [section] = sections;
    expect(section).toMatchObject({ kind: 'document', title: 'EX-21 — SUBSIDIARIES OF THE REGISTRANT', document: { type: 'EX-21', sequence: 4 } });
    expect(section!.blocks.map((b) => (b.kind === 'heading' ? `${b.depth} ${b.text}` : b.kind))).toEqual([
      '2 EX-21 — SUBSIDIARIES OF THE REGISTRANT',
      '3 EXHIBIT 21',
      '4 Europe',
      'paragraph',
    ]);
  });
});

describe('an exhibit typed into the main document', () => {
  const body = (): Block[] => [brk(0), h('FORM 8-K'), brk(1), h('ITEM 4. CHANGES IN ACCOUNTANTS'), p('See exhibit 16.1.'), h('SIGNATURES'), p('/s/ Jane Doe')];

  test('an exhibit label opening a page opens a section of the main document, its headings at least one level down', () => {
    const blocks = [...body(), brk(2), { kind: 'thematicBreak', pos: at(40, 2) } as Block, h('EXHIBIT 16.1 — LETTER FROM DOE & CO.', 3), p('Gentlemen:'), h('Background', 2), p('We agree.')];
    const sections = splitSections(doc({ type: '8-K', description: 'CURRENT REPORT' }), blocks, true);
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['cover', 'Cover page'],
      ['section', 'ITEM 4. CHANGES IN ACCOUNTANTS'],
      ['section', 'SIGNATURES'],
      ['section', 'EXHIBIT 16.1 — LETTER FROM DOE & CO.'],
    ]);
    expect(sections[3]!.document).toEqual({ type: '8-K', sequence: 1, description: 'CURRENT REPORT' });
    expect(sections[3]!.blocks.map((b) => (b.kind === 'heading' ? `${b.depth} ${b.text}` : b.kind))).toEqual([
      'pageBreak',
      '2 EXHIBIT 16.1 — LETTER FROM DOE & CO.',
      'paragraph',
      '3 Background',
      'paragraph',
    ]);
  });

  test('an exhibit label inside a page, or before the first section, is a heading of the section it stands in', () => {
    const inPage = [...body(), h('EXHIBIT 16.1', 3), p('Gentlemen:')];
    expect(splitSections(doc({ type: '8-K' }), inPage, true).map((s) => s.kind)).toEqual(['cover', 'section', 'section']);
    const onCover = [brk(0), h('EXHIBIT 99', 2), p('Press release.'), brk(1), h('ITEM 5. OTHER EVENTS'), p('Text.')];
    expect(splitSections(doc({ type: '8-K' }), onCover, true).map((s) => s.kind)).toEqual(['cover', 'section']);
  });
});

describe('a 10-Q through the whole pipeline', () => {
  test('its index lists PART and Item without opening sections; each PART keeps its own Item 1', async () => {
    const { parseFiling } = await import('../../scripts/parser/parse-filing.ts');
    const text = [
      '                               FORM 10-Q',
      '',
      '                                 INDEX',
      '',
      '                                                                    Page',
      'PART I.  FINANCIAL INFORMATION',
      '',
      '  Item 1.  Financial Statements                                       3',
      '',
      'PART II. OTHER INFORMATION',
      '',
      '  Item 1.  Legal Proceedings                                         15',
      '',
      'SIGNATURES                                                           17',
      '<PAGE>',
      '',
      'PART I.  FINANCIAL INFORMATION',
      '',
      'ITEM 1.  FINANCIAL STATEMENTS',
      '',
      'The condensed financial statements of the Company follow and are unaudited.',
      '<PAGE>',
      '',
      'PART II.  OTHER INFORMATION',
      '',
      'ITEM 1.  LEGAL PROCEEDINGS',
      '',
      'None.',
      '',
      '                                  SIGNATURES',
      '',
      'Pursuant to the requirements of the Securities Exchange Act of 1934, the',
      'registrant has duly caused this report to be signed on its behalf.',
    ].join('\n');
    const parsed = parseFiling(new TextEncoder().encode(text), 'acme-10-q.txt', 'acme-10-q');
    expect(parsed.sections.map((s) => s.frontMatter.title)).toEqual([
      'Cover page',
      'PART I. FINANCIAL INFORMATION',
      'ITEM 1. FINANCIAL STATEMENTS',
      'PART II. OTHER INFORMATION',
      'ITEM 1. LEGAL PROCEEDINGS',
      'SIGNATURES',
    ]);
    expect(parsed.sections[0]?.markdown).toContain('  - [Item 1. Legal Proceedings](/acme-10-q/item-1-legal-proceedings/), page 15');
  });
});
