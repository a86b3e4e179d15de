import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from './launch-browser.ts';
import { readBuiltPages, sectionPages } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { url, dist } = seedSite();
const section = sectionPages(readBuiltPages(dist), seedSlug).find((page) => page.path.endsWith('/selling-stockholders/'))?.path ?? `/${seedSlug}/selling-stockholders/`;

/** One page of each type; the search page is checked with results on screen. */
const pageTypes: Array<{ name: string; path: string; ready?: (page: Page) => Promise<void> }> = [
  { name: 'library', path: '/' },
  { name: 'contents', path: `/${seedSlug}/` },
  { name: 'section', path: section },
  { name: 'whole document', path: `/${seedSlug}/full/` },
  { name: 'glossary', path: `/${seedSlug}/glossary/` },
  {
    name: 'search',
    path: '/search/?q=Andersen',
    ready: (page) => page.locator('#search-results[data-search-done] a[href]').first().waitFor({ timeout: 15_000 }),
  },
  {
    name: 'header search panel',
    path: `/${seedSlug}/`,
    ready: async (page) => {
      await page.locator('#site-search').fill('Andersen');
      await page.locator('#search-panel[data-search-done] a[href]').first().waitFor({ timeout: 15_000 });
    },
  },
  {
    name: 'section opened from a result, hits highlighted',
    path: `/${seedSlug}/risk-factors/?q=Andersen#risk-factors-p2`,
    ready: (page) => page.locator('mark.search-hit-current').first().waitFor({ timeout: 15_000 }),
  },
  { name: '404', path: '/no-such-page/' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${width}px, ${colorScheme}`, () => {
      for (const type of pageTypes) {
        test(`the ${type.name} page has no axe violations`, async () => {
          const context = await newContext(browser, { viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.emulateMedia({ colorScheme });
          await page.goto(url + type.path);
          if (type.ready) await type.ready(page);
          const results = await new AxeBuilder({ page }).analyze();
          await context.close();
          const violations = results.violations.map(
            (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | ')}`,
          );
          expect(violations).toEqual([]);
        });
      }
    });
  }
}
