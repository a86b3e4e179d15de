import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasCorpus } from '../shared-corpus.ts';
import { openPage } from './launch-browser.ts';
import { corpusSite, seedSite, seedSlug } from './site-context.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPage({ viewport: { width: 1440, height: 900 } }));
});
afterAll(async () => browser?.close());

/** Where the text column and the outline sit, and how wide the widest table box and the paragraphs are. */
const layout = () =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    const widest = Math.max(0, ...[...document.querySelectorAll('.table-scroll')].map((t) => t.getBoundingClientRect().width));
    const prose = Math.max(0, ...[...document.querySelectorAll('#main-text > p')].map((p) => p.getBoundingClientRect().width));
    // The text column's content box: on a wide screen the printed pages' margin ("p. 4") takes its left padding.
    const text = document.querySelector('.reader-body .prose');
    const style = text ? getComputedStyle(text) : null;
    const column = text && style ? text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) : 0;
    return { body: box('.reader-body'), outline: box('.reader-outline'), widest, prose, column };
  });

describe('a wide table on a wide screen', () => {
  let besideOutline = 0;

  test('a page without a wide table keeps the outline beside the text', async () => {
    await page.goto(`${seedSite().url}/${seedSlug}/description-of-outstanding-capital-stock/`);
    const { body, outline } = await layout();
    expect(outline!.left).toBeGreaterThanOrEqual(body!.right);
    besideOutline = body!.width;
  });

  test.skipIf(!hasCorpus)('a table wider than the text column takes the outline’s width, the prose keeps its measure, spanners head their columns', async () => {
    await page.goto(`${corpusSite().url}/1997-apple-computer-10-k/item-8-financial-statements-and-supplementary-data/`);
    const { body, outline, widest, prose, column } = await layout();
    // The outline moves above the text, and the text column (which the tables fill) gains its width.
    expect(outline!.bottom).toBeLessThanOrEqual(body!.top + 1);
    expect(body!.width).toBeGreaterThan(besideOutline + 200);
    expect(widest).toBeGreaterThan(column - 2);
    expect(prose).toBeLessThan(widest / 1.5);
    // "PREFERRED STOCK" printed over its shares and amount columns is one head spanning them.
    await expect(page.locator('thead th.spanner[colspan="2"]').first().innerText()).resolves.toMatch(/PREFERRED STOCK/);
  });
});
