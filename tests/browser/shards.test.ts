/**
 * The corpus built as 3 shards (`npm run build -- --shard K/3`) and joined (`npm run merge`) is the
 * same site as one build: the same pages byte for byte, and one search that finds filings of every shard.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/check-site/list-site-pages.ts';
import { shardOf } from '../../scripts/build/shards.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { buildSite } from './build-site.ts';
import { openPage } from './launch-browser.ts';
import { corpusSite } from './site-context.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const SHARDS = 3;
const shardDirs = Array.from({ length: SHARDS }, (_, i) => `.tmp/shard-test-${i + 1}`);
const merged = '.tmp/shard-test-merged';
/** The Pagefind bundles differ (one index per shard); everything else must not. */
const SEARCH_INDEX = /^pagefind\//;

/** Runs `npm run merge` in a child process; resolves to its output, rejects with it when it fails. */
function merge(out: string, shards: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/merge.ts', out, ...shards], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`merge exited with ${code}\n${output}`))));
  });
}

/** The indexed part of a section page (its `data-pagefind-body` article) as text, roughly: tags out, entities left as they are. */
const textOf = (html: string): string => (/<article[^>]*data-pagefind-body[\s\S]*?<\/article>/.exec(html)?.[0] ?? '').replace(/<[^>]+>/g, ' ');

/** Words of seven letters or more in the section pages of each filing of a built site. */
function wordsByFiling(dist: string): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const file of listFiles(dist)) {
    const section = /^([^/]+)\/(?!full\/|glossary\/|page\/)[^/]+\/index\.html$/.exec(file);
    if (!section) continue;
    const slug = section[1]!;
    const set = words.get(slug) ?? new Set<string>();
    for (const word of textOf(readFileSync(join(dist, file), 'utf8')).match(/\b[A-Za-z]{7,}\b/g) ?? []) set.add(word.toLowerCase());
    words.set(slug, set);
  }
  return words;
}

describe.skipIf(!hasCorpus)('the corpus as 3 shards and a merge', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  /** Pagefind indexes the shard builds wrote, all told. */
  let indexes = 0;

  beforeAll(async () => {
    for (const dir of [merged, ...shardDirs]) rmSync(dir, { recursive: true, force: true });
    // One after the other: every build rewrites content/generated.
    // Small Pagefind groups (--index-mb 1), so that a shard can bring several index parts of its own.
    for (const [i, dir] of shardDirs.entries()) {
      const output = await buildSite({ filings: corpusDir, out: dir, extra: ['--shard', `${i + 1}/${SHARDS}`, '--index-mb', '1'] });
      indexes += Number(/^pagefind: \d+ ms \((\d+) index(?:es)?\)$/m.exec(output)?.[1]);
    }
    await merge(merged, shardDirs);
    server = await serveStatic(merged);
    ({ browser, page } = await openPage({ viewport: { width: 1280, height: 800 } }));
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [merged, ...shardDirs]) rmSync(dir, { recursive: true, force: true });
  });

  test('every shard holds some of the filings, and the merge gives the same pages as one build, byte for byte', () => {
    const slugs = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).map((name) => name.replace(/\.txt$/, ''));
    const perShard = Array.from({ length: SHARDS }, (_, k) => slugs.filter((slug) => shardOf(slug, SHARDS) === k + 1).length);
    expect(perShard.every((count) => count > 0)).toBe(true);

    const single = corpusSite().dist;
    const [a, b] = [single, merged].map((dist) => listFiles(dist).filter((file) => !SEARCH_INDEX.test(file))) as [string[], string[]];
    expect(a.length).toBeGreaterThan(0);
    expect({ onlyInOneBuild: a.filter((f) => !b.includes(f)), onlyInMerged: b.filter((f) => !a.includes(f)) }).toEqual({ onlyInOneBuild: [], onlyInMerged: [] });
    const differing = a.filter((file) => !readFileSync(join(single, file)).equals(readFileSync(join(merged, file))));
    expect(differing).toEqual([]);
    // Every shard's Pagefind indexes: the first with the engine, all the others parts merged into its search.
    expect(indexes).toBeGreaterThanOrEqual(SHARDS);
    const parts = Array.from({ length: indexes - 1 }, (_, i) => `parts/${i + 1}/`);
    expect(JSON.parse(readFileSync(join(merged, 'pagefind/indexes.json'), 'utf8'))).toEqual({ parts });
  });

  test("the site's search finds a filing of every shard by a word only that filing has", async () => {
    const words = wordsByFiling(merged);
    const found: string[] = [];
    for (let k = 1; k <= SHARDS; k++) {
      const slug = [...words.keys()].sort().find((s) => shardOf(s, SHARDS) === k)!;
      const elsewhere = new Set([...words].filter(([other]) => other !== slug).flatMap(([, set]) => [...set]));
      const word = [...words.get(slug)!].sort().find((w) => !elsewhere.has(w))!;
      expect(word, `a word only ${slug} has`).toBeDefined();
      await page.goto(`${server.url}/search/?${new URLSearchParams({ q: word })}`);
      await page.locator(`#search-results[data-search-done="${word}"]`).waitFor({ state: 'attached', timeout: 15_000 });
      const hrefs = await page.locator('#search-results a.search-place').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      const filings = new Set(hrefs.map((href) => new URL(href).pathname.split('/')[1]));
      expect([...filings], `search for "${word}"`).toEqual([slug]);
      found.push(slug);
    }
    expect(new Set(found.map((slug) => shardOf(slug, SHARDS))).size).toBe(SHARDS);
  });
});
