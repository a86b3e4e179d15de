import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { attr, selectAll } from '../../scripts/check-site/html-tree.ts';
import { openPage } from './launch-browser.ts';
import { readBuiltPages, sectionPages } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { url, dist } = seedSite();
const sections = sectionPages(readBuiltPages(dist), seedSlug);
const sectionPaths = new Set(sections.map((page) => page.path));

let browser: Browser;
let page: Page;
beforeAll(async () => {
  ({ browser, page } = await openPage());
});
afterAll(async () => browser?.close());

test('printed pages 2 to 8 each have exactly one page mark across the section pages', () => {
  const marks = sections.flatMap((section) =>
    selectAll(section.tree, (element) => /^page-\d+$/.test(attr(element, 'id') ?? '')).map((element) => ({
      id: attr(element, 'id'),
      isPageMark: element.tagName === 'a' && (attr(element, 'className') ?? '').split(' ').includes('page-mark'),
      where: section.path,
    })),
  );
  for (let number = 2; number <= 8; number += 1) {
    const found = marks.filter((mark) => mark.id === `page-${number}`);
    expect(found.map((mark) => mark.where), `#page-${number}`).toHaveLength(1);
    expect(found[0]?.isPageMark, `#page-${number} is an <a class="page-mark">`).toBe(true);
  }
});

test('/<filing>/page/4/ sends the reader to #page-4 on the section page holding it', async () => {
  await page.goto(`${url}/${seedSlug}/page/4/`);
  await page.waitForURL((target) => target.hash === '#page-4');
  const landed = new URL(page.url());
  expect(sectionPaths.has(landed.pathname), `${landed.pathname} is a section page`).toBe(true);
  await expect(page.locator('#page-4').count()).resolves.toBe(1);
});

/** Clicks the first link in the cover paragraph containing `phrase` whose text matches `linkText`; returns where it lands. */
async function followCoverLink(phrase: RegExp, linkText: RegExp, settled: (target: URL) => boolean): Promise<URL> {
  await page.goto(`${url}/${seedSlug}/`);
  const paragraph = page.locator('main p').filter({ hasText: phrase });
  await expect(paragraph.count(), `a cover paragraph matching ${phrase}`).resolves.toBeGreaterThan(0);
  const link = paragraph.first().locator('a[href]').filter({ hasText: linkText });
  await expect(link.count(), `a link matching ${linkText} in the paragraph matching ${phrase}`).resolves.toBeGreaterThan(0);
  await link.first().click();
  // A link to /<filing>/page/<n>/ lands through a meta refresh, so wait for the final URL.
  await page.waitForURL(settled);
  return new URL(page.url());
}

test('\'See "Plan of Distribution" on page 7\' on the cover leads to that section', async () => {
  const sectionPath = `/${seedSlug}/plan-of-distribution/`;
  const landed = await followCoverLink(/Plan of Distribution.{0,3}\s+on page 7/i, /Plan of Distribution|page 7/i, (target) => target.pathname === sectionPath);
  expect(landed.pathname).toBe(sectionPath);
});

test('"listed on page 3" on the cover leads to printed page 3', async () => {
  const landed = await followCoverLink(/listed\s+on\s+page 3/i, /page 3/i, (target) => target.hash === '#page-3');
  expect(sectionPaths.has(landed.pathname), `${landed.pathname} is a section page`).toBe(true);
  await expect(page.locator('#page-3').count()).resolves.toBe(1);
});
