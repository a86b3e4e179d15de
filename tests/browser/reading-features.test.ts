import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, selectAll } from '../../scripts/check-site/html-tree.ts';
import { launchBrowser, newContext } from './launch-browser.ts';
import { readBuiltPages, sectionPages } from './site-files.ts';
import { corpusSite, seedSite, seedSlug } from './site-context.ts';
import { hasCorpus } from '../shared-corpus.ts';

const { url, dist } = seedSite();
const capitalStock = `/${seedSlug}/description-of-outstanding-capital-stock/`;
const sellers = `/${seedSlug}/selling-stockholders/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A fresh page (JavaScript on unless said otherwise); the clipboard's writes are kept in window.copied. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
  });
  const page = await context.newPage();
  await page.goto(url + path);
  return page;
}

describe('citable blocks', () => {
  test('every paragraph, list item, table, table row and note of the seed has an id, unique on its page', () => {
    for (const page of sectionPages(readBuiltPages(dist), seedSlug)) {
      const article = selectAll(page.tree, (e) => attr(e, 'id') === 'main-text')[0]!;
      const blocks = selectAll(article, (e) => ['p', 'li', 'table', 'pre'].includes(e.tagName) || (e.tagName === 'tr' && selectAll(e, (c) => c.tagName === 'td').length > 0));
      // Paragraphs inside list items and notes are cited by their item; the cite menu's status line is the script's.
      // The table tools (sum check, CSV link) are the site's, not the filing's: nothing there to cite.
      const tools = new Set(selectAll(article, (e) => (attr(e, 'className') ?? '').split(' ').includes('table-tools')).flatMap((t) => selectAll(t, () => true)));
      const citable = blocks.filter((e) => !tools.has(e) && !(e.tagName === 'p' && selectAll(article, (li) => li.tagName === 'li' && li.children.includes(e)).length > 0));
      expect(citable.filter((e) => attr(e, 'id') === undefined).map((e) => `${page.path} <${e.tagName}>`)).toEqual([]);
      const ids = selectAll(page.tree, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
      expect(new Set(ids).size, page.path).toBe(ids.length);
    }
  });

  test('without JavaScript a block\'s ¶ link goes to the block, which is highlighted', async () => {
    const page = await open(capitalStock, { javaScriptEnabled: false });
    const link = page.locator('#page-6-p1 a.block-link');
    await expect(link.getAttribute('href')).resolves.toBe('#page-6-p1');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#page-6-p1');
    const background = await page.locator('#page-6-p1').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  test('the ¶ link is hidden until its block is hovered or the link is focused', async () => {
    const page = await open(capitalStock);
    const link = page.locator('#page-6-p1 a.block-link');
    await expect(link.evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('0');
    await page.locator('#page-6-p1').hover();
    await expect(link.evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link.evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('1');
    await page.context().close();
  });

  test('with JavaScript the ¶ link offers "Copy link" and "Copy citation" (company, document, date, printed page, section)', async () => {
    const page = await open(capitalStock);
    await page.locator('#page-6-p1').hover();
    await page.locator('#page-6-p1 a.block-link').click();
    const menu = page.locator('.cite-menu');
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy link');
    await menu.getByRole('button', { name: 'Copy link' }).click();
    await menu.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.evaluate(() => (window as unknown as { copied: string[] }).copied)).resolves.toEqual([
      `${url}${capitalStock}#page-6-p1`,
      'Level 3 Communications, Inc., Prospectus (May 26, 2004), p. 6, "Description of Outstanding Capital Stock"',
    ]);
    await expect(menu.locator('[role="status"]').innerText()).resolves.toBe('Citation copied.');
    await page.keyboard.press('Escape');
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('block-link'))).resolves.toBe(true);
    await page.context().close();
  });

  test('a block before the section\'s first page mark cites the page the section starts on', async () => {
    const page = await open(capitalStock);
    const first = page.locator('#main-text > p').first();
    await first.hover();
    await first.locator('a.block-link').click();
    await page.locator('.cite-menu').getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.evaluate(() => (window as unknown as { copied: string[] }).copied)).resolves.toEqual([
      'Level 3 Communications, Inc., Prospectus (May 26, 2004), p. 5, "Description of Outstanding Capital Stock"',
    ]);
    await page.context().close();
  });
});

describe('printed pages', () => {
  test('on a wide screen "p. 6" sits in the margin, left of the text, and links to #page-6; on a phone it stays in the column', async () => {
    for (const [width, inMargin] of [[1280, true], [390, false]] as const) {
      const page = await open(capitalStock, { viewport: { width, height: 900 } });
      const mark = page.locator('#page-6');
      // "p. 6" on screen, "Page 6" to a screen reader.
      await expect(mark.evaluate((a) => [...a.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('sr-only'))).map((n) => n.textContent).join(''))).resolves.toBe('p. 6');
      await expect(page.getByRole('link', { name: 'Page 6', exact: true }).getAttribute('href')).resolves.toBe('#page-6');
      const markBox = (await mark.boundingBox())!;
      const textBox = (await page.locator('#page-6-p1').boundingBox())!;
      expect(markBox.x + markBox.width <= textBox.x, `${width}px`).toBe(inMargin);
      await page.context().close();
    }
  });

  test('"Go to page" works without JavaScript (the list of printed pages) and goes straight to the page with it, or to the list for a page the filing lacks', async () => {
    const off = await open(sellers, { javaScriptEnabled: false });
    await off.locator('#goto-page-n').fill('6');
    await Promise.all([off.waitForURL(/\/page\/\?n=6$/), off.locator('.goto-page button').click()]);
    await Promise.all([off.waitForURL(/#page-6$/), off.locator('main a', { hasText: /^Page 6$/ }).click()]);
    expect(new URL(off.url()).pathname).toBe(capitalStock);
    await off.context().close();
    const on = await open(sellers);
    await on.locator('#goto-page-n').fill('7');
    await Promise.all([on.waitForURL(/#page-7$/), on.locator('#goto-page-n').press('Enter')]);
    expect(new URL(on.url()).pathname).toBe(capitalStock);
    // A page the filing does not have: the list of printed pages, not "not found".
    await on.locator('#goto-page-n').fill('999');
    await Promise.all([on.waitForURL(/\/page\/\?n=999$/), on.locator('#goto-page-n').press('Enter')]);
    await expect(on.locator('main a', { hasText: /^Page 6$/ }).count()).resolves.toBe(1);
    await on.context().close();
  });
});

describe('footnotes and defined terms', () => {
  test('without JavaScript a note reference still jumps to its note', async () => {
    const page = await open(sellers, { javaScriptEnabled: false });
    const ref = page.locator('a[data-footnote-ref]').first();
    const href = (await ref.getAttribute('href'))!;
    await ref.click();
    expect(new URL(page.url()).hash).toBe(href);
    await page.context().close();
  });

  test('a note reference shows its note on hover and on focus, is described by it, and Escape hides it', async () => {
    const page = await open(sellers);
    const ref = page.locator('a[data-footnote-ref]').first();
    const noteId = (await ref.getAttribute('href'))!.slice(1);
    const noteText = (await page.locator(`[id="${noteId}"] p`).first().evaluate((p) => p.firstChild?.textContent ?? '')).trim().slice(0, 40);
    await ref.hover();
    const tip = page.locator('[role="tooltip"]:visible');
    await expect(tip.innerText()).resolves.toContain(noteText);
    await expect(tip.innerText()).resolves.not.toContain('back to text');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await expect(tip.count()).resolves.toBe(0);
    await ref.focus();
    await expect(tip.innerText()).resolves.toContain(noteText);
    const describedBy = await ref.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).getAttribute('role')).resolves.toBe('tooltip');
    await page.keyboard.press('Escape');
    await expect(tip.count()).resolves.toBe(0);
    await page.context().close();
  });

  test('a defined term shows its defining sentence on hover or focus', async () => {
    const page = await open(capitalStock);
    const term = page.locator('#main-text a[href$="#term-participating-preferred-stock"]');
    await term.focus();
    await expect(page.locator('[role="tooltip"]:visible').innerText()).resolves.toContain('Series A Junior Participating Preferred Stock');
    await expect(term.getAttribute('title')).resolves.toBeNull();
    await page.context().close();
  });
});

describe('print and the original', () => {
  test('printing the whole filing hides the navigation, breaks pages where the filing did and shows where cross-references go', async () => {
    const page = await open(`/${seedSlug}/full/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.reader-nav', '.reader-outline', '.block-link']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('.page-break').first().evaluate((e) => getComputedStyle(e).breakBefore)).resolves.toBe('page');
    // 'See "Plan of Distribution"' prints the page that section starts on, as a book would; "page 7" names its page already.
    const titled = page.locator('#main-text a[data-print-page]', { hasText: 'Plan of Distribution' }).first();
    const printed = await titled.getAttribute('data-print-page');
    expect(printed).toMatch(/^\d+$/);
    await expect(titled.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" (p. ${printed})"`);
    const pageRef = page.locator('#main-text a[href="#page-7"]').first();
    await expect(pageRef.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe('none');
    await page.context().close();
  });

  test.skipIf(!hasCorpus)('printed, an Item reference names the page its Item starts on; an exhibit reference and other paths on the site print nothing more', async () => {
    const corpus = corpusSite();
    const linksOf = (html: string) => [...html.matchAll(/<a href="(\/[^"]*)"( data-print-page="[^"]*")?>([^<]*)<\/a>/g)];
    const article = (html: string) => {
      const start = html.indexOf('id="main-text"');
      return start < 0 ? '' : html.slice(start, html.indexOf('</article>', start));
    };
    const pages = readBuiltPages(corpus.dist).filter((p) => !p.path.endsWith('/full/'));
    const item = pages.find((p) => linksOf(article(p.html)).some((m) => m[2] && /^Item \d/.test(m[3]!)));
    const plain = pages.find((p) => linksOf(article(p.html)).some((m) => !m[2] && /^Exhibit /.test(m[3]!)));
    expect(item, 'a section with an Item reference').toBeDefined();
    expect(plain, 'a section with an exhibit reference').toBeDefined();
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(corpus.url + item!.path);
    const itemLink = page.locator('#main-text a[data-print-page]', { hasText: /^Item \d/ }).first();
    await expect(itemLink.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" (p. ${await itemLink.getAttribute('data-print-page')})"`);
    await page.goto(corpus.url + plain!.path);
    const exhibitLink = page.locator('#main-text a[href^="/"]:not([data-print-page])', { hasText: /^Exhibit / }).first();
    await expect(exhibitLink.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe('none');
    await context.close();
  });

  test('the filing page offers the original .txt, byte for byte', async () => {
    const page = await open(`/${seedSlug}/`, { javaScriptEnabled: false });
    const link = page.locator('a[download]', { hasText: 'original' });
    await expect(link.getAttribute('download')).resolves.toBe(`${seedSlug}.txt`);
    const served = Buffer.from(await (await page.request.get(url + (await link.getAttribute('href'))!)).body());
    expect(served.equals(readFileSync(join('content/filings', `${seedSlug}.txt`)))).toBe(true);
    await page.context().close();
  });

  test('each printed page as filed is a small text file linked from the list of pages', async () => {
    const page = await open(`/${seedSlug}/page/`, { javaScriptEnabled: false });
    const link = page.locator('a.page-list-original').filter({ hasText: 'Page 6' });
    const text = await (await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href)).text();
    expect(text).toMatch(/^\s+As of April 5, 2004, our authorized capital stock was 1,518,500,000 shares\.\n/);
    expect(text).toMatch(/\n\s+6\n$/);
    expect(text).not.toContain('<PAGE>');
    await page.context().close();
  });

  test('"Show the original page" puts the page being read, as filed, beside the text', async () => {
    const page = await open(`${capitalStock}#page-6`);
    const toggle = page.getByRole('button', { name: 'Show the original page' });
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const pane = page.locator('#original-pane');
    await expect(pane.locator('h2').innerText()).resolves.toBe('Page 6 as filed');
    // The page's text arrives by fetch: wait for it.
    await pane.locator('pre', { hasText: 'As of April 5, 2004' }).waitFor();
    const paneBox = (await pane.boundingBox())!;
    const textBox = (await page.locator('#page-6-p1').boundingBox())!;
    expect(paneBox.x >= textBox.x + textBox.width).toBe(true);
    await toggle.click();
    await expect(pane.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('reading comfort', () => {
  test('the theme is set by a script that runs in <head> before the stylesheet, and the choice is remembered', async () => {
    const page = await open(capitalStock, { colorScheme: 'light' });
    const order = await page.evaluate(() => [...document.head.querySelectorAll('script, link[rel="stylesheet"]')].map((e) => (e instanceof HTMLScriptElement ? `${e.getAttribute('src')}${e.defer || e.async ? ' later' : ''}` : 'css')));
    expect(order.indexOf('/theme.js')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('/theme.js')).toBeLessThan(order.indexOf('css'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByLabel('Theme').selectOption('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(url + sellers);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(background()).resolves.toBe(dark);
    await page.getByLabel('Theme').selectOption('system');
    await expect(background()).resolves.toBe(light);
    await page.context().close();
  });

  test('without JavaScript the theme follows the system and the menu is not shown', async () => {
    const page = await open(capitalStock, { javaScriptEnabled: false, colorScheme: 'dark' });
    await expect(page.locator('.theme-choice').isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.not.toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  test('← and → open the previous and next section, but not while typing or with a modifier key', async () => {
    const page = await open(capitalStock);
    await page.locator('#site-search').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.locator('h2').first().click();
    await page.keyboard.press('Alt+ArrowRight');
    expect(new URL(page.url()).pathname).toBe(capitalStock);
    await Promise.all([page.waitForURL(/plan-of-distribution\/$/), page.keyboard.press('ArrowRight')]);
    await Promise.all([page.waitForURL(/description-of-outstanding-capital-stock\/$/), page.keyboard.press('ArrowLeft')]);
    await page.context().close();
  });

  test('a back-to-top link ends every reading page', async () => {
    const page = await open(capitalStock, { javaScriptEnabled: false });
    await page.locator('.back-to-top a').click();
    expect(new URL(page.url()).hash).toBe('#main');
    // The top of the reading column, under the site's header.
    await expect(page.locator('main').evaluate((main) => Math.round(main.getBoundingClientRect().top))).resolves.toBeLessThanOrEqual(24);
    await expect(page.locator('.reader-title').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
