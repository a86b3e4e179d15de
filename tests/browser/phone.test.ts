import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from './launch-browser.ts';
import { readBuiltPages, type BuiltPage } from './site-files.ts';
import { builtSites, seedSite, seedSlug } from './site-context.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Page-number routes only redirect, so they have no layout of their own to measure.
const laidOut = (pages: readonly BuiltPage[]): string[] =>
  pages.map((page) => page.path).filter((path) => !/\/page\/[^/]+\/$/.test(path));

/** Paths (of those given) whose document is wider than a 390px phone screen, that clip a wide table, or let a wide table's labels scroll away. */
async function overflowing(context: BrowserContext, origin: string, paths: readonly string[]): Promise<string[]> {
  const page = await context.newPage();
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(origin + path);
    const { scrollWidth, clientWidth, clippedTables, labelsScrollAway } = await page.evaluate(() => {
      // A table wider than its box must scroll there, not be cut off by overflow: hidden.
      const clipped = [...document.querySelectorAll('table')].filter((table) => {
        let box = table.parentElement;
        while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
        if (!box || box === document.body || box === document.documentElement) return false;
        const overflow = getComputedStyle(box).overflowX;
        return table.scrollWidth > box.clientWidth + 1 && overflow !== 'auto' && overflow !== 'scroll';
      });
      // A table that scrolls in its box keeps its label column in view: the first cell of every row sticks to the box's left edge.
      const labelsScrollAway = [...document.querySelectorAll<HTMLElement>('.table-scroll')].filter((box) => {
        if (box.scrollWidth <= box.clientWidth + 1) return false;
        const firstCells = [...box.querySelectorAll('tr')].map((row) => row.firstElementChild).filter((cell): cell is Element => cell !== null && cell.parentElement!.children.length > 1);
        return firstCells.some((cell) => getComputedStyle(cell).position !== 'sticky' || getComputedStyle(cell).left !== '0px');
      });
      return {
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        clippedTables: clipped.length,
        labelsScrollAway: labelsScrollAway.length,
      };
    });
    if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
    if (clippedTables > 0) wide.push(`${path}: ${clippedTables} wide tables cut off instead of scrolling`);
    if (labelsScrollAway > 0) wide.push(`${path}: ${labelsScrollAway} wide tables whose label column scrolls away`);
  }
  await page.close();
  return wide;
}

describe('at 390px wide', () => {
  for (const [name, site] of builtSites()) {
    test(`no page of the ${name} site scrolls sideways (wide tables scroll in their own box, their label column in view)`, { timeout: 600_000 }, async () => {
      const context = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const paths = [...laidOut(readBuiltPages(site.dist)), '/search/?q=stock'];
      const wide = await overflowing(context, site.url, paths);
      await context.close();
      console.log(`${name} site: ${paths.length} pages measured at 390px, ${wide.length} overflow`);
      expect(wide).toEqual([]);
    });
  }
});

describe('with JavaScript off', () => {
  const { url } = seedSite();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => context?.close());

  test('the contents page links to a section page that shows its text', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/${seedSlug}/`);
    const link = page.locator('main a[href]').filter({ hasText: /^\s*Risk Factors(?![\w-])/i }).first();
    await Promise.all([page.waitForURL((target) => target.pathname === `/${seedSlug}/risk-factors/`), link.click()]);
    const article = page.locator('[data-pagefind-body]').first();
    await expect(article.isVisible()).resolves.toBe(true);
    await expect(article.innerText()).resolves.toMatch(/Arthur\s+Andersen\s+LLP/);
  });

  test('a printed-page link still lands on the page mark', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/${seedSlug}/page/4/`);
    await page.waitForURL((target) => target.hash === '#page-4');
    await expect(page.locator('#page-4').count()).resolves.toBe(1);
  });
});
