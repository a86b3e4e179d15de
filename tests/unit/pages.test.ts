import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeFiling } from '../../scripts/parser/decode.ts';
import { readEnvelope } from '../../scripts/parser/envelope.ts';
import { readFolio } from '../../scripts/parser/folio.ts';
import { splitPages } from '../../scripts/parser/pages.ts';
import type { SourceDocument } from '../../scripts/parser/types.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const corpus = corpusDir;
const doc = (lines: string[], firstLine = 1): SourceDocument => ({ type: 'DOCUMENT', sequence: 1, text: lines.join('\n'), firstLine });
const texts = (lines: { text: string }[]) => lines.map((l) => l.text);
const load = (file: string) => readEnvelope(decodeFiling(readFileSync(file), file), file).documents;

describe('folio shapes', () => {
  test.each([
    ['                                       4', '4'],
    ['                                  - 4 -', '4'],
    ['-4-', '4'],
    ['                                      F-3', 'F-3'],
    ['                                      S-2', 'S-2'],
    ['                                      ii', 'ii'],
    ['                                   Page 4', '4'],
    ['                                  4 of 20', '4'],
    ['                                        2.', '2'],
  ])('%j is page %s', (line, printed) => {
    expect(readFolio(line)).toBe(printed);
  });

  test.each([['4'], ['                1998'], ['          civil'], ['     The Company'], ['                         $ 4']])('%j is not a folio', (line) => {
    expect(readFolio(line)).toBeNull();
  });
});

describe('splitting at <PAGE>', () => {
  const pages = splitPages(
    doc(
      [
        '                    PROSPECTUS', // 10
        '',
        '<PAGE>',
        'The Company makes computers.', // 13
        '',
        '                                       2',
        '<PAGE>   7',
        'RISK FACTORS', // 17
        '',
        '                                       3',
      ],
      10,
    ),
  );

  test('each page keeps its lines and their line numbers in the file', () => {
    expect(pages.map((p) => p.lines)).toEqual([
      [
        { text: '                    PROSPECTUS', line: 10 },
        { text: '', line: 11 },
      ],
      [
        { text: 'The Company makes computers.', line: 13 },
        { text: '', line: 14 },
      ],
      [
        { text: 'RISK FACTORS', line: 17 },
        { text: '', line: 18 },
      ],
    ]);
  });

  test('the folio gives the printed page and leaves the text; an unnumbered page has null', () => {
    expect(pages.map((p) => p.printedPage)).toEqual([null, '2', '3']);
    expect(pages[1]?.removed).toEqual([{ text: '                                       2', line: 15, why: 'folio' }]);
  });

  test('a document with no <PAGE> is one page', () => {
    expect(splitPages(doc(['one', 'two'])).map((p) => [p.index, p.printedPage, texts(p.lines)])).toEqual([[0, null, ['one', 'two']]]);
  });

  test('a form feed starting a line breaks the page before that line, which keeps its number', () => {
    const split = splitPages(doc(['End.', '                 4', '\fPART II'], 20));
    expect(split.map((p) => [p.printedPage, p.lines])).toEqual([
      ['4', [{ text: 'End.', line: 20 }]],
      [null, [{ text: 'PART II', line: 22 }]],
    ]);
  });

  test('an indented " <PAGE>" still breaks the page (before PART I)', () => {
    const split = splitPages(doc(['shareholders.', '', ' <PAGE>', '                 PART I']));
    expect(split.map((p) => texts(p.lines))).toEqual([['shareholders.', ''], ['                 PART I']]);
  });

  test('a <PAGE> right after <TEXT> does not make an empty page', () => {
    const split = splitPages(doc(['', '<PAGE>   1', 'SECURITIES AND EXCHANGE COMMISSION']));
    expect(split.map((p) => [p.index, texts(p.lines)])).toEqual([[0, ['SECURITIES AND EXCHANGE COMMISSION']]]);
  });
});

describe('finding the folio', () => {
  test('a folio at the top of the page counts when the bottom has none', () => {
    const [page] = splitPages(doc(['<PAGE>', '', '                                          2', '', '(a) TITLES; REPORTING AND DUTIES.']));
    expect(page?.printedPage).toBe('2');
    expect(texts(page?.lines ?? [])).toEqual(['', '', '(a) TITLES; REPORTING AND DUTIES.']);
  });

  test('without a folio, the number after <PAGE> stands in', () => {
    expect(splitPages(doc(['<PAGE>   6', 'Text.'])).map((p) => p.printedPage)).toEqual(['6']);
  });

  test('a lone number inside a table is data, not a folio', () => {
    const pages = splitPages(doc(['<TABLE>', '<S>            <C>', 'Net sales     9,189', '                 12', '</TABLE>', 'After.', '<PAGE>']));
    expect(pages[0]?.printedPage).toBeNull();
    expect(texts(pages[0]?.lines ?? [])).toContain('                 12');
  });

  test('a centred folio that ends a page inside a table that runs on is still the folio', () => {
    const pages = splitPages(doc(['<TABLE>', 'Geon Hwan Lee          12,308', '', '                                       4', '<PAGE>', 'Roland Oliver           7,707', '</TABLE>']));
    expect(pages.map((p) => p.printedPage)).toEqual(['4', null]);
  });

  test('a running head or foot carrying the page number gives the number and goes, when its words recur over three rising numbers', () => {
    const foot = (n: number) => [`Text of page ${n}.`, '', `Widget Corp. - Form 10-Q                                  ${n}`, '<PAGE>'];
    const pages = splitPages(doc([...foot(3), ...foot(4), ...foot(5)]));
    expect(pages.map((p) => p.printedPage)).toEqual(['3', '4', '5']);
    expect(pages.map((p) => texts(p.lines).filter((t) => t !== ''))).toEqual([['Text of page 3.'], ['Text of page 4.'], ['Text of page 5.']]);
    expect(pages.map((p) => p.removed?.map((r) => r.why))).toEqual([['running head'], ['running head'], ['running head']]);
    const head = (n: number) => [`WIDGET CORP.                                       Page ${n}`, `Text of page ${n}.`, '<PAGE>'];
    expect(splitPages(doc([...head(7), ...head(8), ...head(9)])).map((p) => p.printedPage)).toEqual(['7', '8', '9']);
  });

  test('a figure ending a table row on each page is no page number: the numbers do not rise, or leaders stand before them', () => {
    const row = (n: number) => ['Statement.', `Net income                              ${n}`, '<PAGE>'];
    expect(splitPages(doc([...row(45), ...row(38), ...row(52)])).map((p) => p.printedPage)).toEqual([null, null, null]);
    const leaders = (n: number) => ['Statement.', `Net income ...........................   ${n}`, '<PAGE>'];
    expect(splitPages(doc([...leaders(1), ...leaders(2), ...leaders(3)])).map((p) => p.printedPage)).toEqual([null, null, null]);
  });

  test('a flush-left number ending a paragraph is text', () => {
    const pages = splitPages(doc(['The amount was', '12', '<PAGE>', 'Next.']));
    expect(pages[0]?.printedPage).toBeNull();
    expect(texts(pages[0]?.lines ?? [])).toEqual(['The amount was', '12']);
  });
});

describe('running heads and (continued)', () => {
  const page = (n: number, head: string, body: string) => [head, '', body, '', `                                       ${n}`, '<PAGE>'];

  test('a short line topping every page is a running head: it stays on its first page only', () => {
    const pages = splitPages(doc([...page(1, 'ACME CORP 10-K', 'One.'), ...page(2, 'ACME CORP 10-K', 'Two.'), ...page(3, 'ACME CORP 10-K  3', 'Three.')]));
    expect(pages.map((p) => texts(p.lines).filter((t) => t !== ''))).toEqual([['ACME CORP 10-K', 'One.'], ['Two.'], ['Three.']]);
    expect(pages[2]?.removed?.map((r) => r.why)).toEqual(['folio', 'running head']);
  });

  test('a title on a few statement pages is text, not a running head', () => {
    const lines = [
      ...page(1, 'JUNGLEE CORP.', 'BALANCE SHEETS'),
      ...page(2, 'JUNGLEE CORP.', 'STATEMENTS OF OPERATIONS'),
      ...page(3, 'JUNGLEE CORP.', 'STATEMENTS OF CASH FLOWS'),
      ...[4, 5, 6, 7].flatMap((n) => page(n, `${n}. NOTE`, 'Text.')),
    ];
    const pages = splitPages(doc(lines));
    expect(pages.flatMap((p) => p.removed ?? []).filter((r) => r.why === 'running head')).toEqual([]);
  });

  test('"(continued)" at a page edge is removed, in running text it stays', () => {
    const pages = splitPages(doc(['The table is continued below.', '(Continued)', '', '                                       9', '<PAGE>', '   (continued)', 'Rest.']));
    expect(texts(pages[0]?.lines ?? [])).toEqual(['The table is continued below.', '']);
    expect(texts(pages[1]?.lines ?? [])).toEqual(['Rest.']);
    expect(pages.flatMap((p) => p.removed ?? []).map((r) => r.why)).toEqual(['folio', 'continued', 'continued']);
  });
});

describe('a title repeated with "(Continued)"', () => {
  test('at a page top it is furniture when the title was printed before ("INDEX TO EXHIBITS (Continued)")', () => {
    const pages = splitPages(
      doc(['INDEX TO EXHIBITS', '', '3.A Restated Articles.', '', '                                       56', '<PAGE>', '', 'INDEX TO EXHIBITS (Continued)', '', '10.B Lease.']),
    );
    expect(texts(pages[1]?.lines ?? []).filter((t) => t !== '')).toEqual(['10.B Lease.']);
    expect(pages[1]?.removed?.map((r) => r.why)).toEqual(['continued']);
  });

  test('a "(Continued)" title never printed before stays, and a lone "(continued)" under a page-top title goes', () => {
    const pages = splitPages(
      doc(['Text.', '<PAGE>', 'STOCK PLANS (Continued)', '', 'More.', '<PAGE>', '                  SCHEDULE II', '                  (continued)', 'OTHER ACCOUNTS RECEIVABLE']),
    );
    expect(texts(pages[1]?.lines ?? [])[0]).toBe('STOCK PLANS (Continued)');
    expect(texts(pages[2]?.lines ?? []).map((t) => t.trim())).toEqual(['SCHEDULE II', 'OTHER ACCOUNTS RECEIVABLE']);
  });
});

describe('the number on a <PAGE> line', () => {
  test('after a page\'s text it names the page it closes: the cover is 1, the next page 2', () => {
    const pages = splitPages(doc(['FORM 8-K', '<PAGE>                                1', 'ITEM 5.  OTHER EVENTS', '<PAGE>                                2', 'SIGNATURES', '<PAGE>                                3']));
    expect(pages.map((p) => p.printedPage)).toEqual(['1', '2', '3']);
  });

  test('straight after <TEXT> it names the page it opens', () => {
    const pages = splitPages(doc(['<PAGE>   1', 'PROSPECTUS', '<PAGE>   2', 'SUMMARY', '<PAGE>   3', 'RISK FACTORS']));
    expect(pages.map((p) => p.printedPage)).toEqual(['1', '2', '3']);
  });

  test('a folio next in sequence to a tag decides too: a page without its own folio takes the number of the tag that closes it', () => {
    const pages = splitPages(doc(['Fourth page.', '', '                                     -4-', '<PAGE>', 'Fifth page.', '', '<PAGE> 5', 'Sixth page.', '', '                                      6', '<PAGE>']));
    expect(pages.map((p) => p.printedPage)).toEqual(['4', '5', '6']);
  });

  test('printed folios decide when they agree with the tag after their page', () => {
    const pages = splitPages(doc(['Intro.', '<PAGE>   9', 'One.', '', '                                       2', '<PAGE>   2', 'Two.', '<PAGE>   3', 'Three.']));
    expect(pages.map((p) => p.printedPage)).toEqual(['9', '2', '3', null]);
  });
});

describe('a folio that counts the pages', () => {
  test('"Page n of N" ends its page even without a <PAGE> tag, centred or set right', () => {
    const pages = splitPages(doc(['Cover text.', '                                  Page 1 of 3', 'Summary text.', '', '                                                      Page 2 of 3 Pages', '', 'Last text.', '                  Page 3 of 3 Pages']));
    expect(pages.map((p) => [p.printedPage, texts(p.lines).filter((t) => t !== '')])).toEqual([
      ['1', ['Cover text.']],
      ['2', ['Summary text.']],
      ['3', ['Last text.']],
    ]);
  });
});

describe('running heads by position and repetition', () => {
  const page = (n: number, top: string[], body: string) => [...top, '', body, '', `                                       ${n}`, '<PAGE>'];
  const head = ['              ACME CORP. AND SUBSIDIARIES', '', '        NOTES TO FINANCIAL STATEMENTS -- (CONTINUED)'];

  test('a two-line head topping a run of pages stays once, even when it tops fewer than half the pages', () => {
    const lines = [...[1, 2, 3, 4].flatMap((n) => page(n, [`ITEM ${n}.  BUSINESS`], 'Text.')), ...[5, 6, 7].flatMap((n) => page(n, head, `The note goes on ${n}.`))];
    const pages = splitPages(doc(lines));
    expect(pages.slice(4).map((p) => texts(p.lines).filter((t) => t !== '').map((t) => t.trim()))).toEqual([
      ['ACME CORP. AND SUBSIDIARIES', 'NOTES TO FINANCIAL STATEMENTS -- (CONTINUED)', 'The note goes on 5.'],
      ['The note goes on 6.'],
      ['The note goes on 7.'],
    ]);
  });

  test('a head with its dash rule goes with the rule', () => {
    const top = ['            PART II - OTHER INFORMATION', '          ------------------------------'];
    const pages = splitPages(doc([1, 2, 3].flatMap((n) => page(n, top, `Text ${n}.`))));
    expect(pages.map((p) => texts(p.lines).filter((t) => t !== '').length)).toEqual([3, 1, 1]);
  });

  test('a title over the same opening on each page is a form printed again, and every copy keeps its title', () => {
    const poa = (n: number) => page(n, ['                  POWER OF ATTORNEY'], 'KNOW ALL MEN BY THESE PRESENTS, that the undersigned director appoints');
    const pages = splitPages(doc([1, 2, 3, 4].flatMap(poa)));
    expect(pages.map((p) => texts(p.lines).some((t) => t.includes('POWER OF ATTORNEY')))).toEqual([true, true, true, true]);
  });
});

describe.skipIf(!hasCorpus)('the real corpus', () => {
  test('the seed prospectus: cover and contents unnumbered, then folios 2 to 8', () => {
    const [seed] = load(path.join(root, 'content/filings/level3-2004-prospectus.txt'));
    expect(splitPages(seed!).map((p) => p.printedPage)).toEqual([null, null, '2', '3', '4', '5', '6', '7', '8']);
  });

  test('a 1994 10-K: an unnumbered cover, then pages that carry their printed numbers, schedules included', () => {
    const [tenK] = load(path.join(corpus, '1994-apple-computer-10-k.txt'));
    const printed = splitPages(tenK!).map((p) => p.printedPage);
    expect(printed.slice(0, 6)).toEqual([null, '2', '3', '4', '5', '6']);
    expect(printed).toContain('S-1');
    expect(printed.slice(1).every((p) => p !== null)).toBe(true);
  });

  test('a prospectus with no <PAGE> markers is one page', () => {
    const [prospectus] = load(path.join(corpus, '1998-cvs-corp-424b1.txt'));
    expect(splitPages(prospectus!)).toHaveLength(1);
  });

  test('no page furniture is removed from the corpus but folios and running heads, and none in a table', () => {
    for (const name of ['1997-apple-computer-10-k.txt', '1998-amazon-com-8-k.txt']) {
      const removed = load(path.join(corpus, name)).flatMap((d) => splitPages(d).flatMap((p) => p.removed ?? []));
      expect(removed.filter((r) => r.why !== 'folio')).toEqual([]);
      expect(removed.every((r) => readFolio(r.text) !== null)).toBe(true);
    }
  });
});

describe('odd text', () => {
  const fragment = fc.constantFrom(
    '<PAGE>',
    '<PAGE>   7',
    '<TABLE>',
    '</TABLE>',
    '',
    '   ',
    '                                       4',
    '- 5 -',
    '(continued)',
    'ACME CORP',
    'The Company sells computers.',
    '12',
    '                 F-3',
  );

  test('every line of a document is on a page, removed with a reason, or a <PAGE> line, at its own line number', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.integer({ min: 1, max: 500 }), (lines, firstLine) => {
        const pages = splitPages(doc(lines, firstLine));
        const kept = pages.flatMap((p) => [...p.lines, ...(p.removed ?? [])]);
        for (const { text, line } of kept) expect(text).toBe(lines[line - firstLine]);
        const seen = new Set(kept.map((l) => l.line));
        lines.forEach((text, i) => {
          if (!seen.has(firstLine + i)) expect(text.trim() === '' || text.startsWith('<PAGE>')).toBe(true);
        });
        expect(pages.map((p) => p.index)).toEqual(pages.map((_, i) => i));
      }),
    );
  });
});
