/**
 * The parser's robustness, property-based: on any input it returns a
 * ParsedFiling or throws a ParseError, within a time bound; and a valid filing
 * changed only in ways that keep its text (CRLF, tabs, trailing spaces, `<R>`
 * tags) loses no words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ParseError } from '../../scripts/parser/parse-error.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import type { ParsedFiling } from '../../scripts/parser/types.ts';
import { sectionFrontMatterSchema } from '../../scripts/section-schema.ts';
import { sourceText } from '../../scripts/corpus.ts';
import { wordRecall } from '../../scripts/word-recall.ts';
import { corpusFile, hasCorpus } from '../shared-corpus.ts';

const seedText = readFileSync(join(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt'), 'latin1');
// A small full submission with 15 <TABLE>s, 12 <CAPTION>s and two documents: tags to break.
const corpus = (name: string): string => (hasCorpus ? readFileSync(corpusFile(name), 'latin1') : '');
const corpusText = corpus('1998-amazon-com-8-k.txt');
const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

/**
 * Parses to a whole answer: a ParseError is fine, anything else thrown fails the property. Speed is
 * not asserted here (a timing on shared cores is noise); linear growth is counted in linear-time
 * tests and timed by `npm run bench`. A hang still fails, at the test's own timeout.
 */
function parseWithin(bytes: Uint8Array, _limitMs?: number): ParsedFiling | ParseError {
  let result: ParsedFiling | ParseError;
  try {
    result = parseFiling(bytes, 'fuzz.txt', 'fuzz');
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    result = error;
  }
  if (!(result instanceof ParseError)) {
    // A result must be a whole one: Markdown text and sections whose front matter meets the contract.
    expect(typeof result.markdown).toBe('string');
    for (const section of result.sections) sectionFrontMatterSchema.parse(section.frontMatter);
  }
  return result;
}

/** Tag lines and fragments that real filings carry, broken and whole, to splice into text. */
const TAG_NOISE = [
  '<TAB', '<TABLE>', '</TABLE>', '</TAB', '<PAGE>', '<PAGE', '<S>', '<C>', '<CAPTION>', '</CAPTION>', '<FN>', '</FN>',
  '<DOCUMENT>', '</DOCUMENT>', '<TEXT>', '</TEXT>', '<TYPE>EX-99', '<SEQUENCE>x', '<SEC-HEADER>', '</SEC-HEADER>',
  '<R>', '</R>', '<PDF>', '</PDF>', 'begin 644 chart.gif', 'end', '-----BEGIN PRIVACY-ENHANCED MESSAGE-----',
  '-----END PRIVACY-ENHANCED MESSAGE-----', '- -', 'Item 1. Business........................ 3', '(1)', '$', '------  ------', '=====',
  '\f', '\r', '\t', '\u0000',
];

const asciiLine = fc.string({ unit: 'binary-ascii', maxLength: 120 });
const noiseLine = fc.constantFrom(...TAG_NOISE);
/** Random text made of lines, some of them EDGAR tags. */
const edgarishText = fc.array(fc.oneof({ arbitrary: asciiLine, weight: 3 }, { arbitrary: noiseLine, weight: 2 }), { maxLength: 200 }).map((lines) => lines.join('\n'));

/** An edit to a filing: byte-level damage or a tag line broken, removed or misplaced. */
type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number }
  | { kind: 'dropLineMatching'; tag: string; nth: number }
  | { kind: 'insertLine'; at: number; line: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 64 }), noiseLine.map((s) => bytesOf(s))) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // Unclosed <TABLE> (its </TABLE> gone), a table whose <TABLE> went, a document without </TEXT>.
  fc.record({ kind: fc.constant('dropLineMatching' as const), tag: fc.constantFrom('</TABLE>', '<TABLE>', '</TEXT>', '</DOCUMENT>', '<S>', '<PAGE>', '</SEC-HEADER>'), nth: fc.nat(20) }),
  // Stray </TABLE>, <PAGE> inside a table, half a tag at a line start.
  fc.record({ kind: fc.constant('insertLine' as const), at: fc.nat(), line: noiseLine }),
);

/** Applies mutations in order; positions wrap around the current length, so every mutation lands. */
function mutate(text: string, mutations: readonly Mutation[]): Uint8Array {
  let bytes = bytesOf(text);
  for (const m of mutations) {
    const n = bytes.length;
    if (m.kind === 'delete' && n > 0) {
      const at = m.at % n;
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(n, at + m.length))]);
    } else if (m.kind === 'insert') {
      const at = n === 0 ? 0 : m.at % (n + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    } else if (m.kind === 'truncate' && n > 0) {
      bytes = bytes.subarray(0, m.at % n);
    } else if (m.kind === 'dropLineMatching' || m.kind === 'insertLine') {
      const lines = Buffer.from(bytes).toString('latin1').split('\n');
      if (m.kind === 'insertLine') lines.splice(m.at % (lines.length + 1), 0, m.line);
      else {
        const hits = lines.flatMap((line, i) => (line.trim().toUpperCase().startsWith(m.tag) ? [i] : []));
        if (hits.length > 0) lines.splice(hits[m.nth % hits.length]!, 1);
      }
      bytes = bytesOf(lines.join('\n'));
    }
  }
  return bytes;
}

describe('on bad input the parser returns or throws a ParseError, in time', () => {
  test('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => void parseWithin(bytes, 2000)), { numRuns: 300 });
  });

  test('random ASCII text full of EDGAR tags', () => {
    fc.assert(fc.property(edgarishText, (text) => void parseWithin(bytesOf(text), 2000)), { numRuns: 300 });
  });

  test('the seed prospectus, damaged', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => void parseWithin(mutate(seedText, ms), 2000)), { numRuns: 80 });
  });

  test.skipIf(!hasCorpus)('a full corpus submission, damaged', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (ms) => void parseWithin(mutate(corpusText, ms), 2000)), { numRuns: 50 });
  });

  const long = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  test.each([
    ['a 100,000-character line of words', long('word ')],
    ['a contents line with 100,000 leader dots', `Item 1. Business${long('.')} 3`],
    ['a 100,000-character dash rule', long('-')],
    ['a 100,000-character line of spaces', `${long(' ')}x`],
    // Found slow here (10 s): `.replace(/\s+$/, '')` in scripts/parser/table/untagged.ts backtracks quadratically
    // over a long run of spaces before non-space text; `trimEnd()` does the same job in linear time.
    ['a label, 100,000 spaces and a figure', `Net revenues${long(' ')}$ 1,234`],
    ['100,000 tabs before a word (800,000 columns once expanded)', `${long('\t')}x`],
    ['a footnote marker repeated over 100,000 characters', long('(1)')],
    ['100,000 opening angle brackets', long('<')],
    // Found slow here (8 s) by the same `\s+$` pattern, over the spaces before "<C>".
    ['a never-closed table with 100,000-character lines', `<TABLE>\n<S>${long(' ')}<C>\n${long('1,234  ')}\n`],
    ['a never-closed table of 5,000 dotted rows', `<TABLE>\n${'Revenues ............ $ 1,234   $ 5,678\n'.repeat(5_000)}`],
    ['50,000 page breaks in a row', `${'<PAGE>\n'.repeat(50_000)}text`],
    ['20,000 lines of one word', 'Risk\n'.repeat(20_000)],
  ])('pathological input: %s', (_, text) => {
    parseWithin(bytesOf(text), 2000);
  });

  test('10 MB of filing text', () => {
    const text = `${seedText}\n<PAGE>\n`.repeat(Math.ceil(10_000_000 / (seedText.length + 8)));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const result = parseWithin(bytesOf(text), 20_000);
    expect(result).not.toBeInstanceOf(ParseError);
  }, 60_000);
});

/** Edits that keep every word: line ends, tabs for leading spaces, trailing blanks, revision tags. */
type Cosmetic = 'crlf' | 'tabs' | 'trailing' | 'revision';

/** Applies a cosmetic change to the given share of lines, picked by a seeded sequence. */
function cosmetic(text: string, kind: Cosmetic, picks: readonly boolean[]): string {
  const lines = text.split('\n');
  const pick = (i: number): boolean => picks.length > 0 && picks[i % picks.length]!;
  if (kind === 'crlf') return lines.join('\r\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!pick(i)) return void out.push(line);
    if (kind === 'tabs') {
      // Eight leading spaces are one tab at an 8-column stop: the same text once tabs are expanded.
      const lead = /^ */.exec(line)![0].length;
      out.push('\t'.repeat(Math.floor(lead / 8)) + line.slice(Math.floor(lead / 8) * 8));
    } else if (kind === 'trailing') out.push(`${line}   `);
    else if (line.trim() !== '' && !line.startsWith('<')) out.push('<R>', line, '</R>');
    else out.push(line);
  });
  return out.join('\n');
}

describe('a valid filing changed without touching its text keeps its words', () => {
  const cosmetics = fc.record({
    kinds: fc.uniqueArray(fc.constantFrom<Cosmetic>('crlf', 'tabs', 'trailing', 'revision'), { minLength: 1, maxLength: 4 }),
    picks: fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
  });
  const filings = [
    ['the seed', seedText],
    ['an 8-K with 15 tables', corpusText],
    ['a prospectus without <PAGE> markers', corpus('1998-cvs-corp-424b1.txt')],
    ['a submission of 7 documents and 7 filers', corpus('2005-southern-co-8-k.txt')],
  ] as const;
  // Without the corpus beside the clone only the seed is checked (the corpus texts are empty).
  for (const [name, source] of filings.filter(([, text]) => text !== '')) {
    // The words of the unchanged filing's documents (no SEC header, no tags) are what must come out.
    const words = sourceText(bytesOf(source), 'source.txt');
    test(`${name}: word recall stays at least 0.999`, () => {
      fc.assert(
        fc.property(cosmetics, ({ kinds, picks }) => {
          const text = kinds.reduce((t, kind) => cosmetic(t, kind, picks), source);
          const result = parseWithin(bytesOf(text), 2000);
          if (result instanceof ParseError) throw new Error(`a valid filing was refused: ${result.message}`);
          const { recall, missing } = wordRecall(words, result.markdown);
          expect(recall, `missing: ${[...missing].slice(0, 10).join(' ')}`).toBeGreaterThanOrEqual(0.999);
        }),
        { numRuns: 10 },
      );
    });
  }
});
