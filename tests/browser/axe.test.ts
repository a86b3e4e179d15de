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
  { name: 'printed pages', path: `/${seedSlug}/page/` },
  {
    name: 'section with a note popover and the cite menu open',
    path: section,
    ready: async (page) => {
      await page.locator('a[data-footnote-ref]').first().focus();
      await page.locator('[role="tooltip"]:visible').waitFor();
      await page.locator('#main-text > p').first().hover();
      await page.locator('#main-text > p a.block-link').first().click();
      await page.locator('.cite-menu:visible').waitFor();
    },
  },
  {
    name: 'section with the original page beside it',
    path: `/${seedSlug}/description-of-outstanding-capital-stock/#page-6`,
    ready: async (page) => {
      await page.getByRole('button', { name: 'Show the original page' }).click();
      // On a phone the button is above the text: pressing it scrolls there, so the page shown may be the one before.
      await page.locator('#original-pane pre', { hasText: /\S/ }).waitFor();
    },
  },
  {
    // The theme the reader chose, whatever the system's (the other scheme of this run).
    name: 'section in the other theme, chosen in the menu',
    path: section,
    ready: async (page) => {
      const system = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
      await page.getByLabel('Theme').selectOption(system === 'dark' ? 'light' : 'dark');
    },
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
