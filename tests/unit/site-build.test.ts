import { describe, expect, test } from 'vitest';
import { DEFAULT_BATCH_BYTES } from '../../scripts/build/batches.ts';
import { DEFAULT_INDEX_BYTES } from '../../scripts/build/pagefind-index.ts';
import { defaultJobs, parseBuildOptions } from '../../scripts/build/options.ts';
import { summaryLine } from '../../scripts/build/parse-filings.ts';
import type { ParsedFiling } from '../../scripts/parser/types.ts';
import { contentSecurityPolicy, headersFile } from '../../src/lib/csp.ts';
import { clampTitle, filingDescription, formLine, sectionPageTitle } from '../../src/lib/describe.ts';
import { acme } from './site-fixtures.ts';

describe('parseBuildOptions', () => {
  test('defaults, both spellings of each flag, and errors as sentences', () => {
    expect(parseBuildOptions([], 2)).toEqual({ filings: 'content/filings', out: 'dist', batchBytes: DEFAULT_BATCH_BYTES, jobs: defaultJobs(2), parseJobs: 2, indexBytes: DEFAULT_INDEX_BYTES, shard: null });
    expect(parseBuildOptions(['--filings', '../corpus', '--out=.tmp/site', '--batch-mb', '2', '--jobs=3', '--index-mb', '5'], 2)).toEqual({
      filings: '../corpus',
      out: '.tmp/site',
      batchBytes: 2 * 1024 * 1024,
      jobs: 3,
      parseJobs: 3,
      indexBytes: 5 * 1024 * 1024,
      shard: null,
    });
    expect(parseBuildOptions(['--out'])).toEqual({ error: '--out needs a directory' });
    expect(parseBuildOptions(['--jobs', '0'])).toEqual({ error: '--jobs needs a whole number of at least 1' });
    expect(parseBuildOptions(['--batch-mb=1.5'])).toEqual({ error: '--batch-mb needs a whole number of at least 1' });
    expect(parseBuildOptions(['--index-mb', '0'])).toEqual({ error: '--index-mb needs a whole number of at least 1' });
    expect(parseBuildOptions(['--fast'])).toEqual({ error: 'unknown option --fast (use --filings DIR, --out DIR, --batch-mb N, --jobs N, --index-mb N and --shard K/N)' });
  });
});

describe('defaultJobs', () => {
  test('one Astro batch per core, fewer when memory is short (2 GiB each), never none', () => {
    const gib = 1024 ** 3;
    expect(defaultJobs(2, 24 * gib)).toBe(2);
    expect(defaultJobs(16, 24 * gib)).toBe(12);
    expect(defaultJobs(4, 7 * gib)).toBe(3);
    expect(defaultJobs(4, 1 * gib)).toBe(1);
  });
});

describe('content security policy', () => {
  test('allows only same-origin scripts and styles (plus WebAssembly for search)', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).toContain("style-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  });

  test('the _headers file adds frame-ancestors, which a meta tag cannot carry', () => {
    expect(headersFile()).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(headersFile().startsWith('/*\n')).toBe(true);
  });
});

describe('titles and descriptions', () => {
  test('say which filing and section a page is, titles in readable case and dates in words', () => {
    expect(sectionPageTitle(acme[1]!)).toBe('Business – Acme Corp');
    expect(filingDescription(acme[0]!.filing)).toBe('Acme Corp (Form 10-K, filed December 5, 1997): the SEC filing as a readable, searchable document, 12 pages.');
  });

  test('the form line names the period, as an event date for an 8-K', () => {
    const filing = acme[0]!.filing;
    expect(formLine({ ...filing, period: '1997-09-26' })).toBe('Form 10-K, filed December 5, 1997, for the period ended September 26, 1997');
    expect(formLine({ ...filing, formType: '8-K', period: '1997-11-30' })).toBe('Form 8-K, filed December 5, 1997, reporting on November 30, 1997');
    expect(formLine({ ...filing, formType: 'Prospectus' })).toBe('Prospectus, filed December 5, 1997');
  });
});

describe('clampTitle', () => {
  test('keeps short titles and cuts long ones at a word, within 70 characters', () => {
    expect(clampTitle('RISK FACTORS – Acme Corp')).toBe('RISK FACTORS – Acme Corp');
    const long = 'DESCRIPTION OF OUTSTANDING CAPITAL STOCK – Level 3 Communications, Inc.';
    expect(long.length).toBe(71);
    expect(clampTitle(long)).toBe('DESCRIPTION OF OUTSTANDING CAPITAL STOCK – Level 3 Communications…');
    expect(clampTitle('x'.repeat(100))).toHaveLength(70);
    // Apostrophes are written as &#39;, and html-validate counts them so.
    expect(clampTitle("Item 7. Management's Discussion and Analysis of Financial Condition and Results")).toBe(
      "Item 7. Management's Discussion and Analysis of Financial…",
    );
  });
});

describe('summaryLine', () => {
  test('names the filing and counts what the parser found, skipped documents with their reason', () => {
    const parsed = {
      filing: acme[0]!.filing,
      sections: [],
      markdown: '',
      report: {
        documents: 3,
        skipped: [{ type: 'EX-99', sequence: 3, reason: 'uuencoded binary' }],
        sections: 4,
        headings: 9,
        tables: 7,
        preformattedTables: 1,
        footnotes: 2,
        messages: [],
      },
    } satisfies ParsedFiling;
    expect(summaryLine(parsed)).toBe('acme: 4 sections, 7 tables (1 preformatted), 2 footnotes, 1 skipped documents (EX-99 #3: uuencoded binary)');
  });
});
