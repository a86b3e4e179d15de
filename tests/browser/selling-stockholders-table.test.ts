import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPage } from './launch-browser.ts';
import { seedSite, seedSlug } from './site-context.ts';

let browser: Browser;
let page: Page;
const sectionUrl = `${seedSite().url}/${seedSlug}/selling-stockholders/`;

beforeAll(async () => {
  ({ browser, page } = await openPage());
  await page.goto(sectionUrl);
});
afterAll(async () => browser?.close());

const table = () => page.locator('[data-pagefind-body] table');

test('the selling stockholders are one table of 4 columns and 59 rows', async () => {
  await expect(table().count()).resolves.toBe(1);
  await expect(table().locator('thead tr').last().locator('th, td').count()).resolves.toBe(4);
  // Continuation lines ("of Norman Family Revocable Trust U/A dated 8/20/87") join their row.
  await expect(table().locator('tbody tr').count()).resolves.toBe(59);
});

test('the "Shares Being Offered" column adds up to the 4,174,803 shares on the cover', async () => {
  const headers = (await table().locator('thead tr').last().locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
  const column = headers.findIndex((text) => /Being\s+Offered/i.test(text));
  expect(column, `a "Shares Being Offered" header among ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  const cells = await table().locator(`tbody tr > :nth-child(${column + 1})`).allInnerTexts();
  expect(cells).toHaveLength(59);
  const total = cells.reduce((sum, cell) => sum + Number(cell.replace(/[,\s]/g, '')), 0);
  expect(total).toBe(4_174_803);
});

test('footnotes (1), (2) and (3) are referenced from the header cells and link both ways', async () => {
  const refs = table().locator('thead a[data-footnote-ref]');
  const count = await refs.count();
  // "Offering (1),(2)", "Offered (2)", "Offering (3)": five references to three notes.
  expect(count).toBeGreaterThanOrEqual(3);
  const notes = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const ref = refs.nth(index);
    const refId = await ref.getAttribute('id');
    const href = (await ref.getAttribute('href')) ?? '';
    expect(refId, `footnote reference ${href} has an id to come back to`).toBeTruthy();
    expect(href.startsWith('#'), `footnote reference ${href} stays on the page`).toBe(true);
    const noteId = decodeURIComponent(href.slice(1));
    notes.add(noteId);
    const note = page.locator(`[id="${noteId}"]`);
    await expect(note.count(), `footnote ${href} exists`).resolves.toBe(1);
    await ref.click();
    expect(new URL(page.url()).hash).toBe(href);
    const backref = note.locator(`a[data-footnote-backref][href="#${refId}"]`);
    await expect(backref.count(), `footnote ${href} links back to #${refId}`).resolves.toBe(1);
    await backref.click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${refId}`);
  }
  expect(notes.size).toBe(3);
  const texts = await Promise.all([...notes].map((id) => page.locator(`[id="${id}"]`).innerText()));
  expect(texts.join('\n')).toMatch(/Beneficial\s+ownership is determined/);
  expect(texts.join('\n')).toMatch(/Totals\s+include\s+shares\s+held\s+in\s+escrow/);
  expect(texts.join('\n')).toMatch(/Assumes\s+that\s+all\s+of\s+the\s+shares/);
});
