import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeLibraryIndex } from '../../scripts/build/library-index.ts';
import { checkShards, moveShard, parseMergeArgs } from '../../scripts/build/merge-shards.ts';
import { parseBuildOptions } from '../../scripts/build/options.ts';
import { INDEXES_FILE, layOutBundles, siteBundles } from '../../scripts/build/pagefind-index.ts';
import { writeShardData } from '../../scripts/build/shard-output.ts';
import { inShard, parseShard, shardOf } from '../../scripts/build/shards.ts';
import type { LibraryEntry } from '../../scripts/section-schema.ts';
import { acme } from './site-fixtures.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pr-shards-'));
}

/** Writes `files` (relative path → content) under `root`. */
function tree(root: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Every file under `root` with its content, relative paths sorted. */
function read(root: string, dir = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, read(root, path));
    else out[path] = readFileSync(join(root, path), 'utf8');
  }
  return out;
}

const slugs = Array.from({ length: 400 }, (_, i) => `filing-${i}`);

describe('--shard K/N', () => {
  test('reads K of N, and refuses anything else with one sentence', () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
    expect(parseShard('1/1')).toEqual({ k: 1, n: 1 });
    for (const bad of ['0/3', '4/3', 'x', '1/0', '2', '-1/3', '1.5/3', '', undefined]) {
      expect(parseShard(bad)).toEqual({ error: `--shard needs K/N with 1 <= K <= N, such as 2/4; got "${bad ?? ''}"` });
    }
    expect(parseBuildOptions(['--shard', '3/4'], 2)).toMatchObject({ shard: { k: 3, n: 4 } });
    expect(parseBuildOptions(['--shard=1/2'], 2)).toMatchObject({ shard: { k: 1, n: 2 } });
    expect(parseBuildOptions(['--shard'], 2)).toEqual({ error: '--shard needs K/N with 1 <= K <= N, such as 2/4; got ""' });
  });

  test('every filing is in exactly one shard, and the shares are about even', () => {
    for (const n of [1, 3, 4, 7]) {
      const counts = Array.from({ length: n }, (_, i) => slugs.filter((slug) => inShard(slug, { k: i + 1, n })).length);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(slugs.length);
      // An even share is 400 / n; a hash leaves each within a third of it.
      for (const count of counts) expect(Math.abs(count - slugs.length / n)).toBeLessThan(slugs.length / n / 3);
    }
    expect(slugs.every((slug) => inShard(slug, null))).toBe(true);
  });

  test("a filing's shard depends only on its slug and N: other filings added or removed move nothing", () => {
    const before = new Map(slugs.map((slug) => [slug, shardOf(slug, 4)]));
    const more = [...slugs, 'acme-1999-10-k', 'zeta-2001-8-k'].reverse();
    for (const slug of more) if (before.has(slug)) expect(shardOf(slug, 4)).toBe(before.get(slug));
    expect(shardOf('acme-1999-10-k', 4)).toBe(shardOf('acme-1999-10-k', 4));
  });
});

describe('npm run merge arguments', () => {
  test('OUT then one or more shard folders; no options, no repeats, OUT not a shard', () => {
    expect(parseMergeArgs(['site', 'a', 'b'])).toEqual({ out: 'site', shards: ['a', 'b'] });
    expect(parseMergeArgs(['site'])).toMatchObject({ error: expect.stringMatching(/^usage: npm run merge -- OUT SHARD_DIR/) });
    expect(parseMergeArgs(['--out', 'site', 'a'])).toMatchObject({ error: expect.stringMatching(/^unknown option --out /) });
    expect(parseMergeArgs(['site', 'a', './a'])).toEqual({ error: './a: given twice' });
    expect(parseMergeArgs(['site', 'a', 'site/'])).toEqual({ error: 'site/: the output folder cannot also be a shard' });
    expect(parseMergeArgs(['shards', 'shards/1', 'shards/2'])).toEqual({ error: 'shards/1: a shard folder cannot be inside the output folder shards, nor hold it' });
    expect(parseMergeArgs(['shards/site', 'shards'])).toEqual({ error: 'shards: a shard folder cannot be inside the output folder shards/site, nor hold it' });
    expect(parseMergeArgs(['site', 'site-1', 'site-2'])).toEqual({ out: 'site', shards: ['site-1', 'site-2'] });
  });
});

/** A shard's output with its library records for `filings`. */
function shardSite(k: number, n: number, filings: string[]): string {
  const generated = tempDir();
  const entries: LibraryEntry[] = filings.map((slug) => ({ filing: { ...acme[0]!.filing, slug }, sectionCount: 1 }));
  writeLibraryIndex(entries, generated);
  const site = tree(tempDir(), Object.fromEntries(filings.map((slug) => [`${slug}/index.html`, slug])));
  writeShardData(site, { k, n }, generated);
  return site;
}

describe('checkShards', () => {
  test('all N shards of one library give every filing', () => {
    const checked = checkShards([shardSite(2, 2, ['beta']), shardSite(1, 2, ['acme', 'gamma'])]);
    expect('library' in checked && checked.library.map((e) => e.filing.slug).sort()).toEqual(['acme', 'beta', 'gamma']);
  });

  test('a missing, repeated or foreign shard, a filing in two shards, or a folder no shard build wrote is one sentence', () => {
    expect(checkShards([shardSite(1, 3, ['a']), shardSite(3, 3, ['c'])])).toEqual({ error: 'shard 2/3 missing: give all 3 shard folders' });
    const one = shardSite(1, 2, ['a']);
    expect(checkShards([one, shardSite(1, 2, ['b'])])).toMatchObject({ error: expect.stringMatching(/: shard 1\/2 is also .*pr-shards-/) });
    expect(checkShards([one, shardSite(2, 3, ['b'])])).toMatchObject({ error: expect.stringMatching(/: shard 2\/3 is not one of 2 like /) });
    expect(checkShards([one, shardSite(2, 2, ['a'])])).toMatchObject({ error: expect.stringMatching(/: filing "a" is also in .*\(were the shards built from the same filings\?\)$/) });
    expect(checkShards([tempDir()])).toMatchObject({ error: expect.stringMatching(/: not the output of a shard build/) });
  });
});

describe('Pagefind bundles', () => {
  const bundle = (name: string) => ({ 'pagefind.js': 'engine', 'wasm.en.pagefind': 'wasm', 'pagefind-entry.json': name, [`index/${name}.pf_index`]: name });

  test('the first bundle keeps the engine; the others become parts with their index files only, listed in order', () => {
    const root = tree(tempDir(), { ...prefix('.stage/0', bundle('a')), ...prefix('.stage/1', bundle('b')), ...prefix('.stage/2', bundle('c')) });
    layOutBundles(root, ['0', '1', '2'].map((i) => join(root, '.stage', i)));
    expect(read(join(root, 'pagefind'))).toEqual({
      ...bundle('a'),
      [INDEXES_FILE]: '{"parts":["parts/1/","parts/2/"]}\n',
      'parts/1/pagefind-entry.json': 'b',
      'parts/1/index/b.pf_index': 'b',
      'parts/2/pagefind-entry.json': 'c',
      'parts/2/index/c.pf_index': 'c',
    });
    expect(siteBundles(root)).toEqual([join(root, 'pagefind'), join(root, 'pagefind/parts/1/'), join(root, 'pagefind/parts/2/')]);
  });

  test('merging shards renumbers every shard’s bundles after the ones before, and drops each shard’s own library page', () => {
    const one = tree(shardSite(1, 2, ['a']), { 'index.html': 'library of a', ...prefix('pagefind', bundle('a1')) });
    layOutBundles(one, [join(one, 'pagefind')]);
    const two = tree(shardSite(2, 2, ['b']), { 'index.html': 'library of b', ...prefix('s/0', bundle('b1')), ...prefix('s/1', bundle('b2')) });
    layOutBundles(two, [join(two, 's/0'), join(two, 's/1')]);
    const out = tree(tempDir(), { 'index.html': 'library of a and b' });
    const staging = join(out, '.stage');
    const bundles = [...moveShard(one, out, staging, 0)];
    bundles.push(...moveShard(two, out, staging, bundles.length));
    layOutBundles(out, bundles);
    const site = read(out);
    expect(site['index.html']).toBe('library of a and b');
    expect(site['pagefind/indexes.json']).toBe('{"parts":["parts/1/","parts/2/"]}\n');
    expect([site['pagefind/pagefind-entry.json'], site['pagefind/parts/1/pagefind-entry.json'], site['pagefind/parts/2/pagefind-entry.json']]).toEqual(['a1', 'b1', 'b2']);
    expect(Object.keys(site).filter((file) => !file.startsWith('pagefind/') && !file.startsWith('.stage'))).toEqual(['a/index.html', 'b/index.html', 'index.html']);
    expect(existsSync(join(one, '.shard'))).toBe(false);
  });
});

function prefix(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, content]) => [`${dir}/${path}`, content]));
}
