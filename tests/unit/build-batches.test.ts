import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BATCH_ENV, planBatches, sectionPatterns } from '../../scripts/build/batches.ts';
import { libraryIndexFile, writeLibraryIndex } from '../../scripts/build/library-index.ts';
import { mergeOutput } from '../../scripts/build/merge-output.ts';
import { libraryEntrySchema } from '../../scripts/section-schema.ts';
import { acme } from './site-fixtures.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pr-batches-'));
}

/** Writes `files` (relative path → content) under `root`. */
function tree(root: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('planBatches', () => {
  test('closes a batch before the filing that would take it past the budget, keeping filing order', () => {
    const sizes = [
      { slug: 'a', bytes: 40 },
      { slug: 'b', bytes: 50 },
      { slug: 'c', bytes: 20 },
      { slug: 'd', bytes: 90 },
      { slug: 'e', bytes: 10 },
    ];
    expect(planBatches(sizes, 100)).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
    expect(planBatches(sizes, 1_000)).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });

  test('a filing larger than the budget is a batch of its own, and no filing is lost', () => {
    const sizes = [
      { slug: 'small', bytes: 1 },
      { slug: 'huge', bytes: 500 },
      { slug: 'tiny', bytes: 1 },
    ];
    expect(planBatches(sizes, 100)).toEqual([['small'], ['huge'], ['tiny']]);
    expect(planBatches([], 100)).toEqual([]);
  });
});

describe('sectionPatterns', () => {
  test('every filing when no batch is named, else one pattern per filing of the batch', () => {
    expect(sectionPatterns({})).toBe('*/*.md');
    const file = join(tempDir(), 'batch.json');
    writeFileSync(file, JSON.stringify(['acme-10-k', 'level3-2004']));
    expect(sectionPatterns({ [BATCH_ENV]: file })).toEqual(['acme-10-k/*.md', 'level3-2004/*.md']);
  });
});

describe('writeLibraryIndex', () => {
  test('one record per filing in slug order, keyed by slug, valid against the schema the site reads it with', () => {
    const dir = tempDir();
    const zeta = { filing: { ...acme[0]!.filing, slug: 'zeta', title: 'Zeta' }, sectionCount: 1 };
    const alpha = { filing: acme[0]!.filing, sectionCount: 3 };
    writeLibraryIndex([zeta, alpha], dir);
    const records = JSON.parse(readFileSync(join(dir, libraryIndexFile), 'utf8')) as Array<{ id: string }>;
    expect(records.map((r) => r.id)).toEqual(['acme', 'zeta']);
    expect(libraryEntrySchema.parse(records[0])).toEqual(alpha);
  });
});

describe('mergeOutput', () => {
  test('moves what the site lacks, merges shared directories and removes the batch directory', () => {
    const site = tree(tempDir(), { 'index.html': 'library', '_astro/site.css': 'css', 'acme/index.html': 'acme' });
    const batch = tree(tempDir(), { 'index.html': 'library', '_astro/site.css': 'css', 'beta/index.html': 'beta', 'beta/full/index.html': 'all of beta' });
    mergeOutput(batch, site);
    expect(readdirSync(site).sort()).toEqual(['_astro', 'acme', 'beta', 'index.html']);
    expect(readFileSync(join(site, 'beta/full/index.html'), 'utf8')).toBe('all of beta');
    expect(existsSync(batch)).toBe(false);
  });

  test('two batches that disagree about a shared file are an error naming it', () => {
    const site = tree(tempDir(), { 'index.html': '3 filings' });
    const batch = tree(tempDir(), { 'index.html': '2 filings' });
    expect(() => mergeOutput(batch, site)).toThrow(`${join(site, 'index.html')}: two build batches wrote different versions of this file`);
    const asDirectory = tree(tempDir(), { 'index.html/x': '' });
    expect(() => mergeOutput(asDirectory, site)).toThrow('two build batches wrote different versions');
  });
});
