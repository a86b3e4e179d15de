import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPassed, formatReport, measureFiling, slugOf, sourceText } from '../../scripts/corpus.ts';
import { sourceGroups } from '../../scripts/word-recall.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

test('a file name becomes a URL slug', () => {
  expect(slugOf('1994-Apple Computer_10-K.txt')).toBe('1994-apple-computer-10-k');
});

describe('the source text word recall measures against', () => {
  const words = (lines: string[]) => sourceGroups(sourceText(new TextEncoder().encode(lines.join('\n')), 'f.txt')).flat();

  test('is the text documents as the file has them: no PEM wrapper, SEC header, document tags or binaries', () => {
    const submission = [
      '-----BEGIN PRIVACY-ENHANCED MESSAGE-----',
      'Proc-Type: 2001,MIC-CLEAR',
      '',
      '<SEC-DOCUMENT>0000000000-95-000001.txt : 19950101',
      '<SEC-HEADER>',
      'COMPANY CONFORMED NAME:   ACME',
      '</SEC-HEADER>',
      '<DOCUMENT>', '<TYPE>8-K', '<SEQUENCE>1', '<TEXT>', 'Main.', '</TEXT>', '</DOCUMENT>',
      '<DOCUMENT>', '<TYPE>GRAPHIC', '<TEXT>', 'begin 644 logo.gif', 'M1TE&', 'end', '</TEXT>', '</DOCUMENT>',
      '<DOCUMENT>', '<TYPE>EX-99', '<TEXT>', 'Exhibit.', '</TEXT>', '</DOCUMENT>',
      '</SEC-DOCUMENT>',
      '-----END PRIVACY-ENHANCED MESSAGE-----',
    ];
    expect(words(submission)).toEqual(['main', 'exhibit']);
  });

  test('counts text the envelope reader could lose: after a stray closing tag, before the first document, under a mistyped opener', () => {
    const submission = [
      '<SEC-HEADER>', 'ACCESSION NUMBER:   0000000000-95-000001', '</SEC-HEADER>',
      'Stray cover.',
      '<DOCUMENT>', '<TYPE>8-K', '<TEXT>', 'Main.', '</TEXT>', 'After the stray close.', '</TEXT>', '</DOCUMENT>',
      '<DOCUMENT>.', '<TYPE>EX-99', '<TEXT>', 'Exhibit.', '</TEXT>', '</DOCUMENT>',
    ];
    expect(words(submission)).toEqual(['stray', 'cover', 'main', 'after', 'the', 'stray', 'close', 'exhibit']);
  });

  test('of a bare document is all of its text, stray tags and all', () => {
    expect(words(['-----BEGIN PRIVACY-ENHANCED MESSAGE-----', 'PROSPECTUS', '<DOCUMENT>', 'Acme.'])).toEqual(['prospectus', 'acme']);
  });
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

test("the report prints each file's parser messages, and a stray tag loses no words", () => {
  const outcome = measureFiling(file('stray.txt', ['PROSPECTUS', '', 'The first part names the issuer.', '<DOCUMENT>', 'The second part names the underwriters.'].join('\n')));
  expect(outcome).toMatchObject({ ok: true, recall: 1 });
  expect(formatReport([outcome]).split('\n')).toContain('stray.txt:4: stray <DOCUMENT> tag in the text ignored; the text around it is kept (envelope, prospectus)');
});
