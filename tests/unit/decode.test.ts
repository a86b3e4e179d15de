import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeFiling, expandTabs, rejoinTransportSplits } from '../../scripts/parser/decode.ts';
import { ParseError } from '../../scripts/parser/parse-error.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { wordRecall } from '../../scripts/word-recall.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';
import { countWork } from './work-meter.ts';

const corpus = corpusDir;
const bytes = (text: string) => new TextEncoder().encode(text);
const decode = (text: string) => decodeFiling(bytes(text), 'f.txt');

/** The message a decode of these bytes fails with. */
function failure(input: Uint8Array): string {
  try {
    decodeFiling(input, 'f.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return (error as Error).message;
  }
  throw new Error('expected decodeFiling to throw');
}

describe('refusing what is not a text filing', () => {
  test('an empty file, or one of only whitespace, is empty', () => {
    expect(failure(new Uint8Array())).toBe('f.txt: the file is empty');
    expect(failure(bytes(' \r\n\t\n\f'))).toBe('f.txt: the file is empty');
  });

  test('a PDF, a ZIP, a PNG or NUL bytes look binary', () => {
    expect(failure(bytes('%PDF-1.4\n%âãÏÓ\n1 0 obj'))).toBe('f.txt: not a text filing: it looks binary');
    expect(failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatch(/looks binary$/);
    expect(failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/looks binary$/);
    expect(failure(bytes('PROSPECTUS\n\u0000\u0000 text'))).toMatch(/looks binary$/);
  });

  test('many control bytes look binary, one stray DOS end-of-file mark does not', () => {
    expect(failure(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toMatch(/binary/);
    expect(decode('PROSPECTUS\n\u001a')).toBe('PROSPECTUS\n ');
    expect(decode(`${'The Company sells computers.\n'.repeat(20)}\u001a`).endsWith('.\n ')).toBe(true);
  });
});

describe('characters', () => {
  test('valid UTF-8 is read as UTF-8 and its BOM is dropped', () => {
    expect(decode('\uFEFFCaf\u00e9 \u00a7 1')).toBe('Caf\u00e9 \u00a7 1');
  });

  test('stray Windows-1252 punctuation becomes the characters it stood for, not mojibake', () => {
    const cp1252 = new Uint8Array([0x93, 0x4c, 0x56, 0x4c, 0x54, 0x2e, 0x94, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73]);
    expect(decodeFiling(cp1252, 'f.txt')).toBe('\u201cLVLT.\u201d \u2013 it\u2019s');
  });
});

describe('lines and columns', () => {
  test('CRLF and lone CR both end lines', () => {
    expect(decode('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n');
  });

  test('tabs expand to 8-column stops, measured per line', () => {
    expect(expandTabs('a\tb')).toBe('a       b');
    expect(expandTabs('12345678\tx')).toBe('12345678        x');
    const [date, city] = decode('FILED AS OF DATE:\t\t19941213\n\tCITY:\t\t\tCUPERTINO').split('\n');
    expect(date?.indexOf('19941213')).toBe(32);
    expect(city).toBe(`${' '.repeat(8)}CITY:${' '.repeat(19)}CUPERTINO`);
  });

  test('revision tags become spaces of their own width, so columns stay put', () => {
    const line = 'Net sales   <R>$ 9,189</R>   $ 7,977';
    const out = decode(line);
    expect(out).toBe('Net sales      $ 9,189       $ 7,977');
    expect(out.indexOf('$ 7,977')).toBe(line.indexOf('$ 7,977'));
  });

  test('a form feed alone on a line becomes a <PAGE> line without moving later lines', () => {
    expect(decode('last line\n\f\nfirst line').split('\n')).toEqual(['last line', '<PAGE>', 'first line']);
  });

  test('a form feed before text stays in front of it, so it adds no line', () => {
    expect(decode('                 4\n\fPART\tII').split('\n')).toEqual(['                 4', '\fPART    II']);
  });

  test('a form feed after text breaks the line there', () => {
    expect(decode('end of page\f\nnext').split('\n')).toEqual(['end of page', '<PAGE>', 'next']);
  });
});

describe('transport splits', () => {
  test('a line cut at 1023 characters is rejoined, leaving an empty line so numbering holds', () => {
    const long = 'x'.repeat(1023);
    const out = decode(`before\n${long}\nyz\nafter`).split('\n');
    expect(out).toEqual(['before', `${long}yz`, '', 'after']);
    expect(out.indexOf('after') + 1).toBe(4);
  });

  test('a 1025-character piece joins too, and a dash-stuffed continuation loses its "- "', () => {
    const long = 'a'.repeat(1025);
    expect(rejoinTransportSplits([long, '- --end'])).toEqual([`${long}--end`, '']);
  });

  test('a line split twice is joined into one', () => {
    const a = 'a'.repeat(1023);
    const b = 'b'.repeat(1023);
    expect(rejoinTransportSplits([a, b, 'c', 'd'])).toEqual([`${a}${b}c`, '', '', 'd']);
  });

  /** A line of exactly `length` characters of prose ending in `end` (after a space). */
  const lineEnding = (end: string, length = 1023) => `${'Acme sells widgets in Ohio. '.repeat(40).slice(0, length - end.length - 1).replace(/\S+$/, (w) => '.'.repeat(w.length))} ${end}`;
  // Measured against the words as written (before transport), so words glued, or left cut, by decoding count as missing.
  const recallOf = (lines: string[], written = lines) => wordRecall(written.join('\n'), parseFiling(bytes(lines.join('\n')), 'f.txt', 'f').markdown);

  test('a split-length line ending a word, over a line starting a word, stays two lines: the words are not glued', () => {
    const a = lineEnding('total');
    expect(a).toHaveLength(1023);
    expect(rejoinTransportSplits([a, 'Revenue increased.'])).toEqual([a, 'Revenue increased.']);
    // Lower case after two words the file uses on their own: still two words.
    const b = lineEnding('the', 1025);
    expect(rejoinTransportSplits([b, 'company said so.', 'The company grew.'])).toEqual([b, 'company said so.', 'The company grew.']);
    const recall = recallOf([a, 'Revenue increased.', '', b, 'company said so.', 'The company grew.']);
    expect(recall.recall, [...recall.missing.keys()].join(' ')).toBe(1);
  });

  test('a word cut at the split is rejoined when the file uses it whole, or when neither piece is a word of the file', () => {
    const a = lineEnding('compa');
    expect(rejoinTransportSplits([a, 'ny said so.', 'The company grew.'])).toEqual([`${a}ny said so.`, '', 'The company grew.']);
    const b = lineEnding('Xer');
    expect(rejoinTransportSplits([b, 'ox copiers.'])).toEqual([`${b}ox copiers.`, '']);
    const c = lineEnding('1,2');
    expect(rejoinTransportSplits([c, '34 shares.'])).toEqual([`${c}34 shares.`, '']);
    const recall = recallOf([a, 'ny said so.', 'The company grew.', '', b, 'ox copiers.'], [`${a}ny said so.`, 'The company grew.', '', `${b}ox copiers.`]);
    expect(recall.recall, [...recall.missing.keys()].join(' ')).toBe(1);
  });

  test('lines of other lengths are left alone', () => {
    const line = 'x'.repeat(1024);
    expect(rejoinTransportSplits([line, 'next'])).toEqual([line, 'next']);
  });
});

test('pathological input decodes in linear time (work counted, not timed)', () => {
  const work = (n: number) => countWork(() => decode('\t<R>x</R>\r'.repeat(n))).work;
  const [small, large] = [work(50_000), work(200_000)];
  // Four times the input, at most five times the work: a quadratic step would be sixteen.
  expect(large.characters / small.characters).toBeLessThanOrEqual(5);
  expect(large.elements / small.elements).toBeLessThanOrEqual(5);
});

test.skipIf(!hasCorpus)('the real corpus decodes with one decoded line per line of the file', () => {
  const file = path.join(corpus, '1994-apple-computer-10-k.txt');
  const raw = readFileSync(file);
  const text = decodeFiling(raw, file);
  expect(text.split('\n').length).toBe(raw.toString('latin1').split('\n').length);
  expect(text).not.toContain('\t');
  expect(text.split('\n')[13]).toBe(`CONFORMED SUBMISSION TYPE:${' '.repeat(6)}10-K`);
});

test('any bytes decode or fail with a one-line ParseError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), (input) => {
      try {
        const text = decodeFiling(input, 'f.txt');
        expect(text).not.toMatch(/[\r\t]|[^\n]\f/);
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
        expect((error as Error).message).not.toContain('\n');
      }
    }),
  );
});
