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

const bodyLabels = () => table().locator('tbody tr > :first-child').evaluateAll((cells) => cells.map((c) => (c.lastChild?.textContent ?? '').trim()));
const columnValues = (column: number) =>
  table().locator(`tbody tr > :nth-child(${column + 1})`).evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? '').replace(/[,\s]/g, ''))));

test('every column sorts ascending then descending from its header button, and "Printed order" puts the rows back', async () => {
  await page.goto(sectionUrl);
  const printed = await bodyLabels();
  const buttons = table().locator('thead th button.sort-button');
  await expect(buttons.count()).resolves.toBe(4);
  const headers = table().locator('thead th');
  for (let column = 0; column < 4; column += 1) {
    // From the keyboard: focus the button and press Enter.
    await buttons.nth(column).focus();
    await page.keyboard.press('Enter');
    await expect(headers.nth(column).getAttribute('aria-sort')).resolves.toBe('ascending');
    if (column === 0) {
      const labels = await bodyLabels();
      expect(labels).toEqual([...printed].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
    } else {
      const values = await columnValues(column);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
    await page.keyboard.press('Enter');
    await expect(headers.nth(column).getAttribute('aria-sort')).resolves.toBe('descending');
    if (column === 1) {
      const values = await columnValues(column);
      expect(values[0]).toBe(703_187);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    // Only the sorted column says it is sorted.
    for (let other = 0; other < 4; other += 1) if (other !== column) await expect(headers.nth(other).getAttribute('aria-sort')).resolves.toBeNull();
  }
  await page.getByRole('button', { name: /^Printed order/ }).click();
  await expect(bodyLabels()).resolves.toEqual(printed);
  await expect(table().locator('thead th[aria-sort]').count()).resolves.toBe(0);
});

test('"Download CSV" is a download link to a file of the header and 59 rows, figures as numbers, markers kept', async () => {
  await page.goto(sectionUrl);
  const link = page.locator('.table-tools a[download]');
  await expect(link.count()).resolves.toBe(1);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toBe(`/${seedSlug}/selling-stockholders/table-1.csv`);
  const response = await page.request.get(`${seedSite().url}${href}`);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  const lines = (await response.text()).split('\r\n').filter((line) => line !== '');
  expect(lines).toHaveLength(60);
  expect(lines[0]).toBe('Selling Stockholder,Shares Beneficially Owned Prior to Offering (1)(2),Shares Being Offered (2),Shares Beneficially Owned After Offering (3)');
  expect(lines[1]).toBe('MVP America LP,703187,703187,0');
  const offered = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',').at(-2)), 0);
  expect(offered).toBe(4_174_803);
});

test('the page shows that the offered shares add up to the 4,174,803 the cover states', async () => {
  await page.goto(sectionUrl);
  const ok = page.locator('.table-tools .table-sum-ok');
  await expect(ok.innerText()).resolves.toMatch(/Shares Being Offered.*add up to 4,174,803, the total stated in/);
  await expect(page.locator('.table-sum-failed').count()).resolves.toBe(0);
});

test('page 5 starts on the row where the printed page 5 begins, inside the table', async () => {
  await page.goto(`${sectionUrl}#page-5`);
  const row = page.locator('tr:has(#page-5)');
  await expect(row.count()).resolves.toBe(1);
  await expect(row.locator('td, th').first().innerText()).resolves.toMatch(/WS Investment Company, LLC \(2001A\)/);
  await expect(page.locator('.page-break #page-5').count()).resolves.toBe(0);
});
