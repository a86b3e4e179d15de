import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { decodeFiling } from '../../scripts/parser/decode.ts';
import { readEnvelope } from '../../scripts/parser/envelope.ts';
import { toLines } from '../../scripts/parser/lines.ts';
import { splitPages } from '../../scripts/parser/pages.ts';
import type { Page } from '../../scripts/parser/types.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const corpus = corpusDir;

const pages: Page[] = [
  { index: 0, printedPage: null, lines: [{ text: '              PROSPECTUS   ', line: 3 }] },
  {
    index: 1,
    printedPage: '2',
    lines: [
      { text: '   ', line: 6 },
      { text: '     The Company makes computers.', line: 7 },
      { text: 'and software.', line: 8 },
    ],
  },
];

test('each page line becomes one measured line, trailing spaces trimmed', () => {
  expect(toLines(pages)).toEqual([
    { text: '              PROSPECTUS', indent: 14, blank: false, pageStart: true, pos: { line: 3, pageIndex: 0, printedPage: null } },
    { text: '', indent: 0, blank: true, pageStart: false, pos: { line: 6, pageIndex: 1, printedPage: '2' } },
    { text: '     The Company makes computers.', indent: 5, blank: false, pageStart: true, pos: { line: 7, pageIndex: 1, printedPage: '2' } },
    { text: 'and software.', indent: 0, blank: false, pageStart: false, pos: { line: 8, pageIndex: 1, printedPage: '2' } },
  ]);
});

test('no pages, no lines', () => {
  expect(toLines([])).toEqual([]);
});

test.skipIf(!hasCorpus)('on a real filing, every line points back to the same text in the file', () => {
  const file = path.join(corpus, '1995-cisco-systems-8-k.txt');
  const source = readFileSync(file, 'latin1').split('\n');
  const documents = readEnvelope(decodeFiling(readFileSync(file), file), file).documents;
  const lines = documents.flatMap((d) => toLines(splitPages(d)));
  expect(lines.filter((l) => l.pageStart)).toHaveLength(9);
  for (const line of lines) expect(line.text.trim()).toBe(source[line.pos.line - 1]?.replace(/^- -/, '-').trim());
});
