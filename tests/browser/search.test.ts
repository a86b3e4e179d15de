import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { containsAll, parseQuery } from '../../public/search/match.js';
import { openPage } from './launch-browser.ts';
import { corpusSite, seedSite, seedSlug } from './site-context.ts';
import { readBuiltPages } from './site-files.ts';
import { hasCorpus } from '../shared-corpus.ts';

/** The cases a clone can run: the seed's always, the corpus's where ../shared is beside it. */
const onSites = <T extends readonly [string, ...unknown[]]>(cases: readonly T[]): T[] => cases.filter(([site]) => site === 'seed' || hasCorpus);

const seed = seedSite();
const corpus = corpusSite();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 1280, height: 800 } }));
});
afterAll(async () => browser?.close());

/** What the search page lists for a query: one link per place, in order. */
async function search(origin: string, query: string, params: Record<string, string> = {}): Promise<URL[]> {
  await page.goto(`${origin}/search/?${new URLSearchParams({ q: query, ...params })}`);
  // ui.js sets data-search-done to the query once the list shows its results (none is a result too).
  await page.locator(`#search-results[data-search-done="${query.replace(/"/g, '\\"')}"]`).waitFor({ state: 'attached', timeout: 15_000 });
  const hrefs = await page.locator('#search-results a.search-place').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href));
}

/** Result sections in order, each once: "/filing/section/". */
const sectionsOf = (results: readonly URL[]) => [...new Set(results.map((result) => result.pathname))];

/** The indexed text of a page, as a reader sees it. */
async function textOfPage(href: string): Promise<string> {
  const other = await page.context().newPage();
  await other.goto(href);
  const text = await other.locator('[data-pagefind-body]').innerText();
  await other.close();
  return text;
}

describe('the seed: what a reader types finds the passage', () => {
  for (const [query, section, place] of [
    ['$3.28', 'cover', /^cover-p/],
    ['3.28', 'cover', /^cover-p/],
    ['4,174,803', 'cover', /^cover-p/],
    ['4174803', 'cover', /^cover-p/],
    ['Rule 13d-3', 'selling-stockholders', /./],
    ['"Plan of Distribution"', 'plan-of-distribution', /^plan-of-distribution$/],
    ['Knitowski', 'selling-stockholders', /-r\d+$/],
    ['Andersen', 'risk-factors', /-p\d+$/],
  ] as const) {
    test(`"${query}" lists ${section} first, linked to the place that holds it`, async () => {
      const results = await search(seed.url, query);
      const first = results[0];
      expect(first?.pathname).toBe(`/${seedSlug}/${section}/`);
      expect(decodeURIComponent(first?.hash.slice(1) ?? '')).toMatch(place);
      expect(first?.searchParams.get('q')).toBe(query);
      expect(results.filter((result) => result.origin !== seed.url).map(String), 'result links stay on the site').toEqual([]);
      // Every place a result names exists on its page.
      const html = new Map<string, string>();
      for (const result of results) {
        const file = join(seed.dist, decodeURIComponent(result.pathname), 'index.html');
        html.set(file, html.get(file) ?? readFileSync(file, 'utf8'));
        expect(html.get(file), `${result.pathname}${result.hash}`).toContain(`id="${decodeURIComponent(result.hash.slice(1))}"`);
      }
    });
  }

  test('a result shows its filing, section, nearest heading or printed page and an excerpt with the hit marked', async () => {
    await search(seed.url, 'Knitowski');
    const first = page.locator('#search-results .search-result').first();
    await expect(first.locator('.search-result-filing').innerText()).resolves.toContain('Level 3');
    await expect(first.locator('.search-result-section').innerText()).resolves.toMatch(/selling stockholders/i);
    await expect(first.locator('.search-place-meta').first().innerText()).resolves.toMatch(/page \d+/);
    await expect(first.locator('.search-excerpt mark').first().innerText()).resolves.toBe('Knitowski');
  });

  test('a phone shows the hit inside the excerpt box', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await search(seed.url, 'Andersen');
      const boxes = await page.locator('#search-results .search-excerpt').evaluateAll((excerpts) =>
        excerpts.map((excerpt) => {
          const box = excerpt.getBoundingClientRect();
          const mark = excerpt.querySelector('mark')?.getBoundingClientRect();
          return mark ? mark.top >= box.top - 1 && mark.bottom <= box.bottom + 1 : false;
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes.every(Boolean)).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('the query is in the one search box of the search page, and the page has no second text box', async () => {
    await search(seed.url, 'Andersen');
    await expect(page.locator('#site-search').inputValue()).resolves.toBe('Andersen');
    await expect(page.locator('input[type="search"], input[type="text"], input:not([type])').count()).resolves.toBe(1);
  });
});

describe('no invented hits: every result contains the query', () => {
  for (const [site, query] of onSites([
    ['corpus', 'Rule 144'],
    ['corpus', 'Apple'],
    ['corpus', 'Ernst & Young'],
    ['corpus', '"net sales"'],
    ['corpus', 'EG&G'],
    ['seed', 'Telverse'],
  ] as const)) {
    test(`${site}: every result for "${query}" contains it`, async () => {
      const origin = site === 'seed' ? seed.url : corpus.url;
      const sections = sectionsOf(await search(origin, query));
      expect(sections.length).toBeGreaterThan(0);
      const groups = parseQuery(query);
      const without: string[] = [];
      for (const section of sections) if (!containsAll(await textOfPage(origin + section), groups)) without.push(section);
      expect(without).toEqual([]);
    });
  }

  for (const [site, query] of onSites([
    ['corpus', 'Knitowski'],
    ['corpus', 'Telverse'],
    ['corpus', '4,174,803'],
    ['corpus', 'lock-up'],
    ['seed', 'lock-up'],
    ['seed', 'Apple'],
    ['seed', '"Distribution of Plan"'],
  ] as const)) {
    test(`${site}: "${query}" finds nothing and says so`, async () => {
      const results = await search(site === 'seed' ? seed.url : corpus.url, query);
      expect(results.map(String)).toEqual([]);
      await expect(page.locator('#search-status').innerText()).resolves.toMatch(/^No result/);
    });
  }
});

// The relevance set: a query and the section that must be among the first three listed.
const relevance: ReadonlyArray<readonly [site: 'seed' | 'corpus', query: string, section: string]> = [
  ['seed', 'Risk Factors', `/${seedSlug}/risk-factors/`],
  ['seed', 'Legal Matters', `/${seedSlug}/legal-matters/`],
  ['seed', 'Experts', `/${seedSlug}/experts/`],
  ['seed', 'Application of Proceeds', `/${seedSlug}/application-of-proceeds/`],
  ['seed', 'Preferred Stock', `/${seedSlug}/description-of-outstanding-capital-stock/`],
  ['seed', 'Anti-Takeover Provisions', `/${seedSlug}/description-of-outstanding-capital-stock/`],
  ['seed', 'Where You Can Find More Information', `/${seedSlug}/where-you-can-find-more-information/`],
  ['seed', 'Telverse', `/${seedSlug}/plan-of-distribution/`],
  ['seed', 'Knitowski', `/${seedSlug}/selling-stockholders/`],
  ['seed', 'Andersen', `/${seedSlug}/experts/`],
  ['seed', '$3.28', `/${seedSlug}/cover/`],
  ['corpus', 'Legal Proceedings', '/1997-apple-computer-10-k/item-3-legal-proceedings/'],
  ['corpus', 'Properties', '/2001-perkinelmer-inc-10-k405/item-2-properties/'],
  ['corpus', 'Executive Compensation', '/1994-apple-computer-10-k/item-11-executive-compensation/'],
  ['corpus', 'PowerPC', '/1994-apple-computer-424b5/the-company/'],
  ['corpus', 'Use of Proceeds', '/1998-cvs-corp-424b1/use-of-proceeds/'],
  ['corpus', 'Underwriting', '/1994-apple-computer-424b5/underwriting/'],
  ['corpus', 'Description of Notes', '/1994-apple-computer-424b5/description-of-notes/'],
  ['corpus', 'Capitalization', '/1994-apple-computer-424b5/capitalization/'],
  ['corpus', 'Dividend Policy', '/1998-cvs-corp-424b1/dividend-policy/'],
  ['corpus', 'Price Range of Common Stock', '/1998-cvs-corp-424b1/price-range-of-common-stock/'],
  ['corpus', 'Selling Stockholder', '/1998-cvs-corp-424b1/selling-stockholder/'],
  ['corpus', 'Validity of Common Stock', '/1998-cvs-corp-424b1/validity-of-common-stock/'],
  ['corpus', 'Forward-Looking Statements', '/1998-cvs-corp-424b1/cautionary-statement-regarding-forward-looking-statements/'],
  ['corpus', 'Goldman Sachs', '/1994-apple-computer-424b5/underwriting/'],
  ['corpus', 'Junglee', '/1998-amazon-com-8-k/item-2-acquisition-or-disposition-of-assets/'],
  ['corpus', 'Revco', '/1998-cvs-corp-424b1/managements-discussion-and-analysis-of-financial-condition/'],
  ['corpus', 'Loews', '/2003-loews-corp-13f-hr/form-13f-cover-page/'],
  ['corpus', 'ratio of earnings to fixed charges', '/1997-bristol-myers-squibb-co-10-q/ex-12-exhibit-12-filed-with-form-10-q-63097/'],
  ['corpus', "Independent Auditors' Consent", '/1998-amazon-com-8-k/ex-23-1-independent-auditors-consent/'],
  ['corpus', 'Recent Developments', '/1998-cvs-corp-424b1/recent-developments/'],
  ['corpus', 'Available Information', '/1998-cvs-corp-424b1/available-information/'],
  ['corpus', 'Mirant', '/2005-southern-co-8-k/ex-99-01/'],
  ['corpus', 'Taxol', '/1997-bristol-myers-squibb-co-10-q/cover/'],
  ['corpus', 'Macintosh', '/1994-apple-computer-10-k/item-1-business/'],
  // Defined terms: the section that defines (the "Term") is among the first.
  ['corpus', 'Transfer Price', '/1997-apple-computer-10-k/ex-10-b-17/'],
  ['corpus', 'Clone Vendors', '/1997-apple-computer-10-k/item-1-business/'],
  ['corpus', 'Indenture', '/1994-apple-computer-424b5/description-of-notes/'],
  ['corpus', 'Savings Plan', '/1997-apple-computer-10-k/item-8-financial-statements-and-supplementary-data/'],
];

describe('relevance: the section that is about the query is in the top three', () => {
  test.skipIf(!hasCorpus)('the set is big enough to mean something', () => {
    expect(relevance.length).toBeGreaterThanOrEqual(30);
  });
  for (const [site, query, section] of onSites(relevance)) {
    test(`${site}: "${query}" → ${section}`, async () => {
      const sections = sectionsOf(await search(site === 'seed' ? seed.url : corpus.url, query));
      expect(sections.slice(0, 3), `results: ${sections.slice(0, 5).join(" ")}`).toContain(section);
    });
  }
});

describe('landing on the hit', () => {
  test('from the keyboard alone: a result opens its page with every hit marked, the first in view, 1 of N, next and previous', async () => {
    await search(seed.url, 'Knitowski');
    await page.locator('#site-search').focus();
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(href).hash).toMatch(/-r\d+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((target) => target.pathname === `/${seedSlug}/selling-stockholders/`);
    await page.locator('mark.search-hit-current').first().waitFor({ timeout: 15_000 });
    const count = page.locator('.search-hits-count');
    const total = await page.locator('mark.search-hit').count();
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(count.innerText()).resolves.toMatch(new RegExp(`^1 of ${total}\\b`));
    // The current hit is inside the linked row, on screen.
    const inRow = await page.evaluate(() => {
      const mark = document.querySelector('mark.search-hit-current');
      const row = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const box = mark?.getBoundingClientRect();
      return { contained: Boolean(row && mark && row.contains(mark)), visible: Boolean(box && box.top >= 0 && box.bottom <= innerHeight) };
    });
    expect(inRow).toEqual({ contained: true, visible: true });
    await page.keyboard.press('Enter');
    await expect(count.innerText()).resolves.toMatch(new RegExp(`^2 of ${total}\\b`));
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    await expect(count.innerText()).resolves.toMatch(new RegExp(`^${total} of ${total}\\b`));
    await page.getByRole('button', { name: 'Clear search highlights' }).click();
    await expect(page.locator('mark.search-hit').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  test('a shared link marks normalised forms too: "4174803" marks "4,174,803"', async () => {
    await page.goto(`${seed.url}/${seedSlug}/cover/?q=4174803#cover-p2`);
    await page.locator('mark.search-hit-current').waitFor({ timeout: 15_000 });
    const marked = await page.locator('mark.search-hit').allInnerTexts();
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(marked)).toEqual(new Set(['4,174,803']));
  });
});

describe('one search everywhere', () => {
  test.skipIf(!hasCorpus)('"/" and Ctrl+K focus the header box on a reading page; results show as you type, this filing first', async () => {
    await page.goto(`${corpus.url}/1998-cvs-corp-424b1/underwriting/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('Underwriting');
    const panel = page.locator('#search-panel[data-search-done="Underwriting"][data-search-scope="1998-cvs-corp-424b1"]');
    await panel.waitFor({ timeout: 15_000 });
    const scoped = await panel.locator('a.search-place').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.filter((path) => !path.startsWith('/1998-cvs-corp-424b1/'))).toEqual([]);
    await page.getByRole('button', { name: 'Search all filings' }).click();
    await page.locator('#search-panel[data-search-done="Underwriting"][data-search-scope="all"] a.search-place').first().waitFor({ timeout: 15_000 });
    const widened = await page.locator('#search-panel a.search-place').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(widened.some((path) => !path.startsWith('/1998-cvs-corp-424b1/'))).toBe(true);
  });

  test.skipIf(!hasCorpus)('the search page filters a library by filing, form type and year', async () => {
    const tenK = sectionsOf(await search(corpus.url, 'net sales', { form: '10-K' }));
    expect(tenK.length).toBeGreaterThan(0);
    // Form type as the filing's header gives it (a 10-K405 says "10-K").
    expect(tenK.filter((path) => !/-10-k(405)?\//.test(path))).toEqual([]);
    const year = sectionsOf(await search(corpus.url, 'net sales', { year: '1994' }));
    expect(year.length).toBeGreaterThan(0);
    expect(year.filter((path) => !path.startsWith('/1994-'))).toEqual([]);
    const filing = sectionsOf(await search(corpus.url, 'net sales', { filing: '1997-apple-computer-10-k' }));
    expect(filing.length).toBeGreaterThan(0);
    expect(filing.filter((path) => !path.startsWith('/1997-apple-computer-10-k/'))).toEqual([]);
    await expect(page.locator('select[name="filing"]').inputValue()).resolves.toBe('1997-apple-computer-10-k');
  });

  test.skipIf(!hasCorpus)('each filter option shows how many sections hold the query, and the counts agree with the list', async () => {
    const results = sectionsOf(await search(corpus.url, 'Junglee'));
    const options = await page.locator('select[name="filing"] option').evaluateAll((list) =>
      list.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? ''] as const),
    );
    const count = (slug: string) => options.find(([value]) => value === slug)?.[1].match(/\((\d+)\)$/)?.[1];
    // Every candidate was checked, so the counts are exact: the one filing that names Junglee, and no other.
    expect(count('1998-amazon-com-8-k')).toBe(String(results.length));
    expect(count('2003-loews-corp-13f-hr')).toBe('0');
    const forms = await page.locator('select[name="form"] option').allTextContents();
    expect(forms.filter((text) => /\(\d+\)$/.test(text)).length).toBe(forms.length - 1);
  });

  test('the header form submits q to /search/, which shows the results', async () => {
    await page.goto(`${seed.url}/${seedSlug}/`);
    const form = page.locator('form[action$="/search/"]').first();
    await expect(form.getAttribute('method').then((method) => (method ?? 'get').toLowerCase())).resolves.toBe('get');
    await form.locator('input[name="q"]').fill('Knitowski');
    await form.locator('input[name="q"]').press('Enter');
    await page.waitForURL((target) => target.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Knitowski');
    await page.locator('#search-results[data-search-done="Knitowski"] a.search-place').first().waitFor({ timeout: 15_000 });
  });
});

test.skipIf(!hasCorpus)('the corpus index holds every page that has searchable content: the section pages, none missed by the indexed files', () => {
  const pages = readBuiltPages(corpus.dist);
  const searchable = pages.filter((page) => page.html.includes('data-pagefind-body'));
  // Every searchable page is a section page, /<filing>/<section>/.
  expect(searchable.filter((page) => !/^\/[^/]+\/[^/]+\/$/.test(page.path))).toEqual([]);
  const entry = JSON.parse(readFileSync(join(corpus.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  expect(searchable.length).toBeGreaterThan(90);
  expect(indexed).toBe(searchable.length);
});
