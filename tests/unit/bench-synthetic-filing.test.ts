import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { companyName, slugify } from '../../scripts/bench/company-names.ts';
import { createPrng } from '../../scripts/bench/prng.ts';
import { distinctiveName, findCompanyName, namePattern, perturbNumber, synthesizeFiling, type SourceFiling } from '../../scripts/bench/synthetic-filing.ts';
import { listFilings, loadSourceFilings } from '../../scripts/bench/synthetic-library.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const submission: SourceFiling = {
  name: '1999-acme-widgets-10-k.txt',
  text: [
    '<SEC-DOCUMENT>0000123456-99-000042.txt : 19990301',
    'ACCESSION NUMBER:\t\t0000123456-99-000042',
    'CONFORMED SUBMISSION TYPE:\t10-K',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGETS INC',
    '<DOCUMENT>',
    '<TYPE>10-K',
    '<SEQUENCE>1',
    '<TEXT>',
    'ACME WIDGETS INC sold 1,234,567 widgets in 1998 for $12.50 each.',
    'Acme  Widgets, Inc. employs 15230 people; see page 12.',
    '<PAGE>   14',
    '</TEXT>',
    '</DOCUMENT>',
  ].join('\n'),
};

const bare: SourceFiling = {
  name: 'level-prospectus.txt',
  text: ['PROSPECTUS', '', '                     Northgate  Telecom, Inc.', '', 'Northgate  Telecom,  Inc. offers 4,174,803 shares.'].join('\n'),
};

describe('finding the company', () => {
  test('reads the SEC header, else a cover line ending in a legal form', () => {
    expect(findCompanyName(submission.text)).toBe('ACME WIDGETS INC');
    expect(findCompanyName(bare.text)).toBe('Northgate Telecom, Inc.');
    expect(findCompanyName('just some text\nwith no company')).toBeNull();
  });

  test('keeps the distinctive words and matches them however the text is spaced', () => {
    expect(distinctiveName('ACME COMPUTER INC')).toBe('ACME COMPUTER');
    expect(distinctiveName('Level 3 Communications, Inc.')).toBe('Level 3 Communications');
    const pattern = namePattern('WIDGETS COM')!;
    expect('Widgets.com, Inc. and WIDGETS COM INC'.replace(pattern, 'X')).toBe('X, Inc. and X INC');
  });
});

describe('perturbing numbers', () => {
  test('keeps width, punctuation and the first digit', () => {
    const out = perturbNumber('1,234,567.89', createPrng(7));
    expect(out).toMatch(/^1,\d{3},\d{3}\.\d{2}$/);
    expect(out).toHaveLength('1,234,567.89'.length);
  });
});

describe('a synthetic filing', () => {
  const one = synthesizeFiling([submission], 0);
  const two = synthesizeFiling([submission], 1);

  test('renames the company in every spelling and keeps upper case where it was', () => {
    expect(one.company).toBe(companyName(0));
    expect(one.text).not.toMatch(/acme\s+widgets/i);
    expect(one.text).toContain(`${companyName(0).toUpperCase()} INC`);
    expect(one.text).toContain(`${companyName(0)}, Inc. employs`);
  });

  test('perturbs large numbers but leaves tags, years and page numbers alone', () => {
    expect(one.text).toContain('<SEQUENCE>1');
    expect(one.text).toContain('<PAGE>   14');
    expect(one.text).toContain('in 1998 for');
    expect(one.text).toContain('see page 12.');
    expect(one.text).toMatch(/sold 1,\d{3},\d{3} widgets/);
    expect(one.text.split('\n').map((l) => l.length)).toEqual(
      submission.text.replace(/ACME WIDGETS/g, companyName(0).toUpperCase()).replace(/Acme {2}Widgets/, companyName(0)).split('\n').map((l) => l.length),
    );
  });

  test('gets its own accession number and a file name from its index, name and form', () => {
    expect(one.text).toContain('ACCESSION NUMBER:\t\t0000123456-99-000000');
    expect(one.text).toContain('<SEC-DOCUMENT>0000123456-99-000000.txt');
    expect(two.text).toContain('0000123456-99-000001');
    expect(one.fileName).toBe(`0000-${slugify(companyName(0))}-10-k.txt`);
  });

  test('is deterministic, and differs from every other index', () => {
    expect(synthesizeFiling([submission], 0)).toEqual(one);
    expect(two.text).not.toBe(one.text);
  });

  test('renames a bare document found by its cover line', () => {
    const b = synthesizeFiling([bare], 3);
    expect(b.text).toContain(`${companyName(3)}, Inc.`);
    expect(b.text).not.toContain('Northgate');
    expect(b.fileName).toBe(`0003-${slugify(companyName(3))}-prospectus.txt`);
  });
});

test('company names are distinct for a thousand-filing library and beyond', () => {
  const names = Array.from({ length: 2100 }, (_, i) => companyName(i));
  expect(new Set(names).size).toBe(names.length);
});

test.skipIf(!hasCorpus)('a library from the real seed and corpus gives distinct filings, each keeping its line count', () => {
  const sources = loadSourceFilings([join(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt'), ...listFilings(corpusDir)]);
  expect(sources.length).toBeGreaterThanOrEqual(7);
  const filings = Array.from({ length: sources.length * 2 }, (_, i) => synthesizeFiling(sources, i));
  expect(new Set(filings.map((f) => f.text)).size).toBe(filings.length);
  expect(new Set(filings.map((f) => f.fileName)).size).toBe(filings.length);
  for (const [i, f] of filings.entries()) {
    const source = sources[i % sources.length]!;
    expect(f.text.split('\n').length).toBe(source.text.split('\n').length);
    expect(f.text).not.toBe(source.text);
  }
  // Seed round-trips byte-for-byte through latin1 (nothing to rename means the same bytes back).
  expect(Buffer.from(sources[0]!.text, 'latin1').equals(readFileSync(join(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt')))).toBe(true);
});

test.skipIf(!hasCorpus)('every synthetic filing is still a valid filing: it parses, under its new company name', () => {
  const sources = loadSourceFilings([join(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt'), ...listFilings(corpusDir)]);
  for (let i = 0; i < sources.length; i++) {
    const filing = synthesizeFiling(sources, i);
    const parsed = parseFiling(new Uint8Array(Buffer.from(filing.text, 'latin1')), filing.fileName, `synthetic-${i}`);
    expect(parsed.sections.length).toBeGreaterThan(0);
    expect(parsed.markdown.toLowerCase()).toContain(filing.company.toLowerCase());
  }
});
