import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPassed, formatGold, formatMessages, formatReport, goldDirBeside, measureFiling, runCorpus, slugOf, sourceText, type Outcome } from '../../scripts/corpus.ts';
import { parseGold } from '../../scripts/gold/gold-file.ts';
import { formatGoldTable } from '../../scripts/gold/gold-table.ts';
import { scoreGold } from '../../scripts/gold/score-gold.ts';
import { countByRule, formatMessage, parseMessage, type ParseMessage } from '../../scripts/parser/messages.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { sourceGroups } from '../../scripts/word-recall.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
const file = (name: string, text: string) => {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
};

test('a file name becomes a URL slug', () => {
  expect(slugOf('1994-Acme Widgets_10-K.txt')).toBe('1994-acme-widgets-10-k');
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
  expect(report[2]).toMatch(/^TOTAL +0 +0 +0 +0\/0 +0 +0\/0 +1\.0000 +0$/);
  expect(allPassed([outcome])).toBe(false);
});

test('a low recall fails the run and names the most-missed words', () => {
  const low = { ...measured('a.txt'), recall: 0.9, missed: [['shares', 1]] as [string, number][] };
  const report = formatReport([low]).split('\n');
  expect(report[0]).toBe('file   documents  sections  headings  tables  footnotes  sums  recall  ms');
  expect(report[1]).toBe('a.txt          1         2         3     4/1          0   0/0  0.9000  12');
  expect(report[3]).toBe('a.txt: recall 0.9000; most missed: shares×1');
  expect(allPassed([low])).toBe(false);
  expect(allPassed([{ ...low, recall: 1 }])).toBe(true);
});

test("the report prints each file's parser messages, and a stray tag loses no words", () => {
  const stray = file('stray.txt', ['PROSPECTUS', '', 'The first part names the issuer.', '<DOCUMENT>', 'The second part names the underwriters.'].join('\n'));
  const outcome = measureFiling(stray);
  expect(outcome).toMatchObject({ ok: true, recall: 1 });
  expect(formatMessages([outcome]).split('\n')).toContain(`  ${stray}:4: stray <DOCUMENT> tag in the text ignored; the text around it is kept (envelope, prospectus)`);
});

/** A parsed filing's figures as measureFiling gives them, with made-up numbers. */
function measured(file: string, list: ParseMessage[] = []): Outcome & { ok: true } {
  return { file, ok: true, documents: 1, sections: 2, headings: 3, tables: 4, pre: 1, footnotes: 0, sums: 0, sumsFailed: 0, found: 9, total: 10, recall: 1, ms: 12.4, missed: [], messages: { path: `DIR/${file}`, list } };
}

test('the messages: counts per rule for each filing that has any, then its first three as file:line: reason (rule, p. N, section)', () => {
  const pos = { line: 10, printedPage: '4' };
  const list = [parseMessage('table', 'table kept preformatted: a contents list', pos), ...[11, 12, 13].map((line) => ({ ...parseMessage('footnotes', 'note "2" is never cited', { line }), section: 'cover' }))];
  const report = formatMessages([measured('a.txt', list), measured('b.txt')]).split('\n');
  expect(report).toEqual([
    'messages: 4 in 1 of 2 filings (counts per rule, then the first 3)',
    'a.txt: footnotes 3, table 1',
    '  DIR/a.txt:10: table kept preformatted: a contents list (table, p. 4)',
    '  DIR/a.txt:11: note "2" is never cited (footnotes, cover)',
    '  DIR/a.txt:12: note "2" is never cited (footnotes, cover)',
    '  ... 1 more (npm run parse -- DIR/a.txt prints them all on stderr)',
  ]);
  expect(formatMessages([measured('b.txt')])).toBe('messages: none');
});

test('the gold table: a row per annotated filing, a reason for one that cannot be scored, and the averages of the scored ones', () => {
  const gold = parseGold(JSON.stringify({ file: 'a.txt', headings: [{ text: 'Alpha' }, { text: 'Beta' }], footnotes: [{ starts: 'Note' }] }), 'a.txt.json');
  const a = { ...measured('a.txt'), gold: { file: 'a.txt', score: scoreGold(gold, '# Alpha\n\n# Gamma\n') } };
  const c = { ...measured('c.txt'), gold: { file: 'c.txt', error: 'gold/c.txt.json: not JSON' } };
  // Headings 1 of 2 gold, 1 of 2 output: recall, precision and F1 0.5; no tables: cells 1; the note is not found: 0.
  expect(formatGold([a, measured('b.txt'), c], 'gold').split('\n')).toEqual([
    'gold: 2 of 3 filings annotated in gold (the details of one: npm run gold -- GOLD.json OUTPUT.md SOURCE.txt)',
    'file          headings recall  precision     F1  cells  footnotes',
    'a.txt                   0.500      0.500  0.500  1.000      0.000',
    'c.txt         gold/c.txt.json: not JSON',
    'AVERAGE of 1            0.500      0.500  0.500  1.000      0.000',
  ]);
  expect(formatGold([measured('b.txt')], 'gold')).toBe('gold: no annotations (NAME.txt.json) in gold');
});

test('the gold folder is the one beside the filings folder', () => {
  expect(goldDirBeside('corpus/filings/')).toBe(path.resolve('corpus/gold'));
  expect(goldDirBeside('.')).toBe(path.resolve('../gold'));
});

test('on a folder of filings with gold beside it, the command prints the table, the messages and the gold figures', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'corpus-gold-'));
  mkdirSync(path.join(root, 'filings'));
  mkdirSync(path.join(root, 'gold'));
  // Note (2) is cited nowhere in the table, so the parser says it kept it as a paragraph.
  const annotated = [
    'ANNUAL REPORT',
    '',
    'The company makes widgets and sells them to many customers in',
    'many places around the country.',
    '',
    '<TABLE>',
    '<S>        <C>',
    'Widgets    1,234(1)',
    'Gadgets    5,678',
    '</TABLE>',
    '(1) Includes returns.',
    '(2) Never cited anywhere.',
    '',
    'NOTES',
    '',
    'More text follows here for the reader of this filing.',
  ].join('\n');
  const gold = {
    file: 'annotated.txt',
    headings: [{ text: 'ANNUAL REPORT', level: 1 }, { text: 'NOTES', level: 2 }],
    tables: [{ anchor: 'Widgets', columns: 2, rows: [['Widgets', '1,234(1)'], ['Gadgets', '5,678']] }],
    footnotes: [{ starts: 'Includes returns.' }, { starts: 'Never cited anywhere.' }],
  };
  writeFileSync(path.join(root, 'filings', 'annotated.txt'), annotated);
  writeFileSync(path.join(root, 'filings', 'plain.txt'), 'PLAIN\n\nA filing nobody annotated.\n');
  writeFileSync(path.join(root, 'filings', 'broken.txt'), 'BROKEN\n\nA filing whose annotation is not JSON.\n');
  writeFileSync(path.join(root, 'gold', 'annotated.txt.json'), JSON.stringify(gold));
  writeFileSync(path.join(root, 'gold', 'broken.txt.json'), '{"file": ');

  const dir = path.join(root, 'filings');
  const result = runCorpus([dir]);
  if ('error' in result) throw new Error(result.error);
  expect(result.failed).toBe(false); // an unreadable annotation does not fail the run: gold figures are informational
  const sections = result.stdout.split('\n\n');
  expect(sections[0]).toMatch(/^file +documents/);
  expect(sections[0]).toMatch(/\nTOTAL /);

  const file = path.join(dir, 'annotated.txt');
  const parsed = parseFiling(readFileSync(file), file, 'annotated');
  expect(parsed.report.messages.length).toBeGreaterThan(0);
  const counts = [...countByRule(parsed.report.messages)].map(([rule, n]) => `${rule} ${n}`).join(', ');
  expect(sections[1]).toContain(`\nannotated.txt: ${counts}\n`);
  expect(sections[1]).toContain(`\n  ${formatMessage(file, parsed.report.messages[0]!)}`);
  expect(sections[1]).not.toContain('plain.txt');

  const score = scoreGold(parseGold(JSON.stringify(gold), 'annotated.txt.json'), parsed.markdown, readFileSync(file).toString('latin1'));
  const goldLines = sections[2]!.split('\n');
  expect(goldLines[0]).toMatch(/^gold: 2 of 3 filings annotated in .*gold \(/);
  expect(goldLines.slice(1)).toEqual(
    formatGoldTable([
      { file: 'annotated.txt', score },
      { file: 'broken.txt', error: `${path.join(root, 'gold', 'broken.txt.json')}: not JSON (${jsonError('{"file": ')})` },
    ]),
  );
  expect(goldLines.at(-1)).toMatch(/^AVERAGE of 1 /);
  expect(score.tables.accuracy).toBe(1); // the two-column table is read cell for cell
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
