import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { newContext, openPage } from './launch-browser.ts';
import { corpusSite, seedSite, seedSlug } from './site-context.ts';
import { readBuiltPages } from './site-files.ts';
import { hasCorpus } from '../shared-corpus.ts';

const { url } = seedSite();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPage());
});
afterAll(async () => browser?.close());

// Pagefind's Component UI renders result links inside its own custom elements.
const resultLinks = () => page.locator(':is(pagefind-results, pagefind-searchbox) a[href]');

/** Opens /search/?q=<query> and returns the result links once they are shown. */
async function search(query: string): Promise<URL[]> {
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await resultLinks().first().waitFor({ timeout: 15_000 });
  const hrefs = await resultLinks().evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href));
}

/** Follows every result link that names a fragment: which miss their element, and which land on a heading. */
async function followFragments(results: readonly URL[]): Promise<{ broken: string[]; headings: string[] }> {
  const broken: string[] = [];
  const headings: string[] = [];
  const context = await newContext(browser);
  const check = await context.newPage();
  for (const result of results.filter((target) => target.hash)) {
    await check.goto(result.href);
    const target = check.locator(`[id="${decodeURIComponent(result.hash.slice(1)).replace(/"/g, '\\"')}"]`);
    if ((await target.count()) !== 1) broken.push(result.href);
    else if (/^H[1-6]$/.test(await target.evaluate((element) => element.tagName))) headings.push(result.pathname + result.hash);
  }
  await context.close();
  return { broken, headings };
}

for (const [query, section] of [
  ['Andersen', 'risk-factors'],
  ['Knitowski', 'selling-stockholders'],
] as const) {
  test(`searching "${query}" finds the ${section} section, linked to the place`, async () => {
    const results = await search(query);
    const paths = results.map((result) => result.pathname);
    expect(paths, `result links for "${query}"`).toContain(`/${seedSlug}/${section}/`);
    const foreign = results.filter((result) => result.origin !== url);
    expect(foreign.map(String), 'result links stay on the site').toEqual([]);
    const { broken, headings } = await followFragments(results);
    expect(broken, 'result links whose #fragment is missing on the page').toEqual([]);
    // Pagefind's sub-results point at the headings inside a page.
    expect(headings.filter((target) => target.startsWith(`/${seedSlug}/${section}/#`)), 'result links to a heading of the section').not.toEqual([]);
  });
}

test('the search form on a content page submits q to /search/', async () => {
  await page.goto(`${url}/${seedSlug}/`);
  const form = page.locator('form[action$="/search/"]').first();
  await expect(form.getAttribute('method').then((method) => (method ?? 'get').toLowerCase())).resolves.toBe('get');
  await form.locator('input[name="q"]').fill('Knitowski');
  await form.locator('input[name="q"]').press('Enter');
  await page.waitForURL((target) => target.pathname === '/search/');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Knitowski');
  await resultLinks().first().waitFor({ timeout: 15_000 });
});

test('the Pagefind index itself answers both queries (separates index faults from UI faults)', async () => {
  await page.goto(`${url}/search/`);
  // A string, not a function: Vitest would rewrite a dynamic import() inside a callback.
  const urls = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const found = {};
    for (const query of ['Andersen', 'Knitowski']) {
      const search = await pagefind.search(query);
      found[query] = await Promise.all(search.results.map(async (result) => (await result.data()).url));
    }
    return found;
  })()`)) as Record<string, string[]>;
  const paths = (list: string[] | undefined) => (list ?? []).map((href) => new URL(href, url).pathname);
  expect(paths(urls.Andersen)).toContain(`/${seedSlug}/risk-factors/`);
  expect(paths(urls.Knitowski)).toContain(`/${seedSlug}/selling-stockholders/`);
});

test.skipIf(!hasCorpus)('the corpus index holds every page that has searchable content: the section pages, none missed by the indexed files', () => {
  const { dist } = corpusSite();
  const pages = readBuiltPages(dist);
  const searchable = pages.filter((page) => page.html.includes('data-pagefind-body'));
  // Every searchable page is a section page, /<filing>/<section>/.
  expect(searchable.filter((page) => !/^\/[^/]+\/[^/]+\/$/.test(page.path))).toEqual([]);
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  expect(searchable.length).toBeGreaterThan(90);
  expect(indexed).toBe(searchable.length);
});
