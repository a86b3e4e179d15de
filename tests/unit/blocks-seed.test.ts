import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findBlocks } from '../../scripts/parser/blocks.ts';
import { decodeFiling } from '../../scripts/parser/decode.ts';
import { readEnvelope } from '../../scripts/parser/envelope.ts';
import { toLines } from '../../scripts/parser/lines.ts';
import { splitPages } from '../../scripts/parser/pages.ts';
import { splitSections } from '../../scripts/parser/sections.ts';
import type { Block, SectionDraft } from '../../scripts/parser/types.ts';
import { seedCapitalStockSubsections, seedSectionTitles } from '../fixtures/seed.ts';
import { backCoverContentsSectionTitles } from '../fixtures/back-cover-contents-prospectus.ts';
import { corpusFile, corpusFiles, hasCorpus } from '../shared-corpus.ts';

// The real pipeline up to sections: these tests pin the structure; table cells are the tables stage's to test.

/** Reads a filing through the real front stages and this stage; returns the main document's blocks and sections. */
function read(file: string): { blocks: Block[]; sections: SectionDraft[]; pageStarts: number } {
  const text = decodeFiling(new Uint8Array(readFileSync(file)), file);
  const doc = readEnvelope(text, file).documents[0]!;
  const lines = toLines(splitPages(doc));
  const blocks = findBlocks(lines);
  return { blocks, sections: splitSections(doc, blocks, true), pageStarts: lines.filter((l) => l.pageStart).length };
}

const corpus = corpusFile;

describe('the bundled seed prospectus', () => {
  const { blocks, sections, pageStarts } = read('content/filings/level3-2004-prospectus.txt');

  test('a cover, then the nine sections the contents lists, in order', () => {
    expect(sections.map((s) => s.title)).toEqual(['Cover page', ...seedSectionTitles]);
    expect(sections[0]!.kind).toBe('cover');
  });

  test('Common Stock, Preferred Stock and Anti-Takeover Provisions are depth 3 under the capital stock section', () => {
    const capital = sections.find((s) => s.title === 'DESCRIPTION OF OUTSTANDING CAPITAL STOCK')!;
    expect(capital.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.depth} ${b.text}`] : []))).toEqual([
      '2 DESCRIPTION OF OUTSTANDING CAPITAL STOCK',
      ...seedCapitalStockSubsections.map((title) => `3 ${title}`),
    ]);
  });

  test('the contents is one toc block of 12 entries, 3 of them at level 1', () => {
    const tocs = blocks.filter((b) => b.kind === 'toc');
    expect(tocs).toHaveLength(1);
    const entries = tocs[0]!.kind === 'toc' ? tocs[0]!.entries : [];
    expect(entries).toHaveLength(12);
    expect(entries.filter((e) => e.level === 1).map((e) => e.title)).toEqual(seedCapitalStockSubsections);
    expect(entries.at(-1)).toEqual({ title: 'EXPERTS', page: '8', level: 0 });
  });

  test('the "o" bullets are three lists of four items', () => {
    expect(blocks.flatMap((b) => (b.kind === 'list' ? [b.items.length] : []))).toEqual([4, 4, 4]);
  });

  test('the Arthur Andersen paragraph runs across the page break, which lands on "able"', () => {
    const para = blocks.find((b) => b.kind === 'paragraph' && b.text.includes('you will not be able to recover'));
    expect(para?.kind).toBe('paragraph');
    if (para?.kind !== 'paragraph') return;
    expect(para.pageBreaks).toHaveLength(1);
    expect(para.text.slice(para.pageBreaks[0]!.offset)).toMatch(/^able to recover against Arthur Andersen/);
  });

  test('every page start appears exactly once, and page 2 opens WHERE YOU CAN FIND MORE INFORMATION', () => {
    const counted = blocks.reduce((n, b) => {
      if (b.kind === 'pageBreak') return n + 1;
      if (b.kind === 'paragraph' || b.kind === 'table') return n + b.pageBreaks.length;
      if (b.kind === 'list') return n + b.items.reduce((m, i) => m + (i.pageBreaks?.length ?? 0), 0);
      return n;
    }, 0);
    expect(counted).toBe(pageStarts);
    const where = sections[1]!;
    expect(where.blocks[0]).toMatchObject({ kind: 'pageBreak' });
    expect(where.blocks[1]).toMatchObject({ kind: 'heading', text: 'WHERE YOU CAN FIND MORE INFORMATION' });
  });

  test('the investor-relations address keeps its lines, and the stockholder footnotes join their table', () => {
    expect(blocks.find((b) => b.kind === 'lineBlock')).toMatchObject({ lines: expect.arrayContaining(['1025 Eldorado Blvd.', 'Broomfield, CO 80021']) });
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.notes.map((n) => n.marker)).toEqual(['1', '2', '3']);
  });
});

describe.skipIf(!hasCorpus)('corpus filings', () => {
  test('a prospectus whose contents is on its back cover: sections in printed order', () => {
    const { blocks, sections } = read(corpus('1998-cvs-corp-424b1.txt'));
    expect(sections.map((s) => s.title)).toEqual(['Cover page', ...backCoverContentsSectionTitles]);
    const toc = blocks.find((b) => b.kind === 'toc');
    expect(toc?.kind === 'toc' && toc.entries.length).toBe(16);
  });

  test('a capitalised word and a period opening a paragraph is a run-in heading', () => {
    const { blocks } = read(corpus('1998-cvs-corp-424b1.txt'));
    const runIn = blocks.find((b) => b.kind === 'paragraph' && b.leadIn === 'Revco.');
    expect(runIn).toMatchObject({ text: expect.stringMatching(/^The integration of Revco has proceeded/) });
  });

  test('a 10-K headed in capitals: PART and ITEM headings open the sections, after the cover; SIGNATURES closes', () => {
    const { sections } = read(corpus('1997-apple-computer-10-k.txt'));
    expect(sections.map((s) => s.title)).toEqual([
      'Cover page',
      'PART I',
      'ITEM 1. BUSINESS',
      'ITEM 2. PROPERTIES',
      'ITEM 3. LEGAL PROCEEDINGS',
      'ITEM 4. SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS',
      'PART II',
      "ITEM 5. MARKET FOR THE REGISTRANT'S COMMON EQUITY AND RELATED SHAREHOLDER MATTERS",
      'ITEM 6. SELECTED FINANCIAL DATA',
      "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
      'ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA',
      'ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL DISCLOSURE',
      'PART III',
      'ITEM 10. DIRECTORS AND EXECUTIVE OFFICERS OF THE REGISTRANT',
      'ITEM 11. EXECUTIVE COMPENSATION',
      'ITEM 12. SECURITY OWNERSHIP OF CERTAIN BENEFICIAL OWNERS AND MANAGEMENT',
      'ITEM 13. CERTAIN RELATIONSHIPS AND RELATED TRANSACTIONS',
      'PART IV',
      'ITEM 14. EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K',
      'SIGNATURES',
    ]);
  });
});

describe('nothing is dropped', () => {
  const files = ['content/filings/level3-2004-prospectus.txt', ...corpusFiles().map((f) => corpus(f))];

  test.each(files)('every word outside tagged tables reaches a block: %s', (file) => {
    const text = decodeFiling(new Uint8Array(readFileSync(file)), file);
    const missing: string[] = [];
    for (const doc of readEnvelope(text, file).documents) {
      const lines = toLines(splitPages(doc));
      const json = JSON.stringify(findBlocks(lines));
      const found = new Set(json.match(/[A-Za-z0-9]+/g));
      let inTable = false;
      for (const line of lines) {
        if (/^\s*<TABLE>/i.test(line.text)) inTable = true;
        if (!inTable) {
          // The first and last word of a line may be half of a word rejoined across the line end.
          const inner = line.text.trim().split(/\s+/).slice(1, -1).join(' ');
          for (const word of inner.match(/[A-Za-z0-9]{3,}/g) ?? []) if (!found.has(word) && !cutAtHyphen(line.text, word, json)) missing.push(`${line.pos.line}: ${word}`);
        }
        if (/^\s*<\/TABLE>/i.test(line.text)) inTable = false;
      }
    }
    expect(missing).toEqual([]);
  });
});

/** A word cut by a hyphen inside a column heading ("Adjust-" / "ments") may come out rejoined: its head starts a word, its tail ends one. */
function cutAtHyphen(text: string, word: string, json: string): boolean {
  if (text.includes(`${word}-`)) return new RegExp(`${word}[a-z]`).test(json);
  return /^[a-z]/.test(word) && new RegExp(`[A-Za-z]${word}\\b`).test(json);
}
