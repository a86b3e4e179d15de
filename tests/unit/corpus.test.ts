import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { allPassed, formatReport, measureFiling, slugOf, sourceText } from '../../scripts/corpus.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

test('a file name becomes a URL slug', () => {
  expect(slugOf('1994-Apple Computer_10-K.txt')).toBe('1994-apple-computer-10-k');
});

test('the source text is the text documents, each ending at a page edge', () => {
  const submission = ['<SEC-HEADER>', '</SEC-HEADER>', '<DOCUMENT>', '<TYPE>8-K', '<TEXT>', 'Main.', '</TEXT>', '</DOCUMENT>', '<DOCUMENT>', '<TYPE>EX-99', '<TEXT>', 'Exhibit.', '</TEXT>', '</DOCUMENT>'];
  expect(sourceText(new TextEncoder().encode(submission.join('\n')), 'two.txt')).toBe('Main.\n<PAGE>\nExhibit.');
});

test('a file that cannot be parsed is one line naming it and why, and fails the run', () => {
  const outcome = measureFiling(file('empty.txt', ''));
  expect(outcome).toEqual({ file: 'empty.txt', ok: false, error: `${path.join(dir, 'empty.txt')}: the file is empty` });
  const report = formatReport([outcome]).split('\n');
  expect(report[1]).toBe(`empty.txt  ${path.join(dir, 'empty.txt')}: the file is empty`);
  expect(report[2]).toMatch(/^TOTAL +0 +0 +0 +0\/0 +0 +1\.0000 +0$/);
  expect(allPassed([outcome])).toBe(false);
});

test('a low recall fails the run and names the most-missed words', () => {
  const low = { file: 'a.txt', ok: true as const, documents: 1, sections: 2, headings: 3, tables: 4, pre: 1, footnotes: 0, found: 9, total: 10, recall: 0.9, ms: 12.4, missed: [['shares', 1]] as [string, number][] };
  const report = formatReport([low]).split('\n');
  expect(report[0]).toBe('file   documents  sections  headings  tables  footnotes  recall  ms');
  expect(report[1]).toBe('a.txt          1         2         3     4/1          0  0.9000  12');
  expect(report[3]).toBe('a.txt: recall 0.9000; most missed: shares×1');
  expect(allPassed([low])).toBe(false);
  expect(allPassed([{ ...low, recall: 1 }])).toBe(true);
});
