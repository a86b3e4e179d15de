import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPage } from './launch-browser.ts';
import { seedCapitalStockSubsections, seedSectionTitles } from '../fixtures/seed.ts';
import { seedSite, seedSlug } from './site-context.ts';

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

let browser: Browser;
let page: Page;
const { url } = seedSite();

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 1280, height: 800 } }));
});
afterAll(async () => browser?.close());

describe('the contents page of the seed', () => {
  for (const title of [...seedSectionTitles, ...seedCapitalStockSubsections]) {
    test(`links "${title}" to a heading that says so, scrolled into view`, async () => {
      await page.goto(`${url}/${seedSlug}/`);
      // The link's text starts with the title (a page number may follow); a contents list beats a cross-reference in the cover.
      const named = new RegExp(`^\\s*${title}(?![\\w-])`, 'i');
      const listed = page.locator('main :is(nav, ol, ul) a[href]').filter({ hasText: named });
      const anywhere = page.locator('main a[href]').filter({ hasText: named });
      const links = (await listed.count()) > 0 ? listed : anywhere;
      await expect(links.count(), `a link in <main> whose text starts with "${title}"`).resolves.toBeGreaterThan(0);
      const link = links.first();
      const href = (await link.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL((target) => target.href !== `${url}/${seedSlug}/`), link.click()]);
      const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
      // Without a fragment the reader lands at the top of the section page, on the article's first heading.
      const target = hash ? page.locator(`[id="${hash.replace(/"/g, '\\"')}"]`) : page.locator('[data-pagefind-body] :is(h2, h3, h4)').first();
      await expect(target.count(), `target of ${href} (${page.url()})`).resolves.toBe(1);
      const tag = await target.evaluate((element) => element.tagName.toLowerCase());
      expect(['h2', 'h3', 'h4'], `element targeted by ${href}`).toContain(tag);
      expect(normal(await target.innerText())).toContain(normal(title));
      await expect(target.isVisible()).resolves.toBe(true);
      const inView = await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      expect(inView, `heading for ${href} is inside the viewport after the click`).toBe(true);
    });
  }
});

describe("the seed's reference to a risk factor", () => {
  test('the Experts section links "Risk Factors - You will have no effective remedy ..." to that risk factor, not to the section top', async () => {
    await page.goto(`${url}/${seedSlug}/experts/`);
    const link = page.locator('article a[href]').filter({ hasText: /^Risk Factors - You will have no effective remedy/ });
    await expect(link.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL((target) => target.pathname.endsWith('/risk-factors/')), link.click()]);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(hash, 'the link names a place inside the section').not.toBe('');
    const paragraph = page.locator(`p:has([id="${hash}"])`);
    await expect(paragraph.count()).resolves.toBe(1);
    expect(normal(await paragraph.innerText())).toMatch(/^you will have no effective remedy against arthur andersen llp/);
    const top = await page.locator(`[id="${hash}"]`).evaluate((element) => element.getBoundingClientRect().top);
    // It lands near the top of the window, not wherever the section's first heading put it.
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(page.viewportSize()!.height / 2);
  });
});
