import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from './launch-browser.ts';
import { corpusSite, seedSite, seedSlug } from './site-context.ts';
import { hasCorpus } from '../shared-corpus.ts';

const seed = seedSite();
const corpus = corpusSite();
/** A 10-K of the corpus: PARTs with Items, balance sheets, exhibits. */
const tenK = '1997-apple-computer-10-k';
const tenKStatements = `/${tenK}/item-8-financial-statements-and-supplementary-data/`;
/** The longest measure the issue allows, in characters a line. */
const MAX_MEASURE = 75;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A page in a fresh context of the given width (and colour scheme, JavaScript). */
async function open(width: number, options: { scheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, {
    viewport: { width, height: 900 },
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  return { context, page: await context.newPage() };
}

/** The most characters on one line among the first paragraphs of `selector`, counted character by character from their line boxes. */
async function widestMeasure(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let widest = 0;
    const range = document.createRange();
    for (const p of [...document.querySelectorAll<HTMLElement>(`${sel} p`)].slice(0, 12)) {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const line = Math.round(rect.top);
          perLine.set(line, (perLine.get(line) ?? 0) + 1);
        }
      }
      widest = Math.max(widest, ...perLine.values());
    }
    return widest;
  }, selector);
}

describe('tables on a phone', () => {
  for (const [name, origin, path] of ([
    ['the seed’s selling stockholders', seed.url, `/${seedSlug}/selling-stockholders/`],
    ['a corpus balance sheet', corpus.url, tenKStatements],
  ] as const).filter(([, origin]) => origin === seed.url || hasCorpus)) {
    test(`${name}: scrolled to its right edge, the table keeps its label column in view`, async () => {
      const { context, page } = await open(390);
      await page.goto(origin + path);
      const result = await page.evaluate(() => {
        const box = [...document.querySelectorAll<HTMLElement>('.table-scroll')].find((b) => b.scrollWidth > b.clientWidth + 1 && b.querySelector('table'));
        if (!box) return null;
        box.scrollLeft = box.scrollWidth;
        const label = box.querySelector('tbody tr > :first-child')!.getBoundingClientRect();
        const edge = box.getBoundingClientRect();
        return { labelLeft: label.left, boxLeft: edge.left, scrolled: box.scrollLeft, shadow: getComputedStyle(box).backgroundImage };
      });
      await context.close();
      expect(result, 'a table wider than a 390px phone').not.toBeNull();
      expect(result!.scrolled).toBeGreaterThan(0);
      expect(Math.abs(result!.labelLeft - result!.boxLeft)).toBeLessThan(2);
      // The edge cue: a shadow drawn by the scroll box's background.
      expect(result!.shadow).toContain('gradient');
    });
  }

  test('at 320px no seed page scrolls sideways', async () => {
    const { context, page } = await open(320);
    const wide: string[] = [];
    for (const path of ['/', `/${seedSlug}/`, `/${seedSlug}/selling-stockholders/`, `/${seedSlug}/full/`]) {
      await page.goto(seed.url + path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll! > client!) wide.push(`${path}: ${scroll}px in ${client}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

describe('financial statements as printed (the CSS for the row classes rehype-table-structure writes)', () => {
  test('indents, single and double rules above the figures, bold totals, section rows as row headers', async () => {
    const css = readdirSync(join(seed.dist, '_astro')).filter((file) => file.endsWith('.css'));
    const { context, page } = await open(1280);
    await page.goto(`${seed.url}/404.html`);
    await page.setContent(
      `<!doctype html><html lang="en"><head>${css.map((file) => `<link rel="stylesheet" href="${seed.url}/_astro/${file}">`).join('')}</head><body>
      <article class="prose"><section class="table-scroll"><table>
        <thead><tr><td></td><th scope="col">1997</th></tr></thead>
        <tbody>
          <tr class="row-section"><th scope="row">Current assets:</th><td></td></tr>
          <tr data-indent="1"><td>Cash</td><td>1,230</td></tr>
          <tr data-indent="2"><td>Work in process</td><td>15</td></tr>
          <tr class="row-subtotal rule-single" data-indent="1"><td></td><td>437</td></tr>
          <tr class="row-total rule-double"><td>Total assets</td><td>4,233</td></tr>
        </tbody></table></section></article></body></html>`,
      { waitUntil: 'load' },
    );
    const styles = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('tbody tr')];
      const cell = (row: number, col: number) => getComputedStyle(rows[row]!.children[col]!);
      const ruled = (style: CSSStyleDeclaration) => style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && style.borderTopColor === style.color;
      return {
        section: { weight: cell(0, 0).fontWeight, align: cell(0, 0).textAlign },
        indent1: parseFloat(cell(1, 0).paddingLeft),
        indent2: parseFloat(cell(2, 0).paddingLeft),
        flat: parseFloat(cell(4, 0).paddingLeft),
        subtotalRule: cell(3, 1).borderTopStyle,
        // Collapsed borders merge with the row above's hairline: the rule is the one drawn in the text colour.
        ruleInTextColour: ruled(cell(3, 1)),
        labelRuleInTextColour: ruled(cell(3, 0)),
        totalRule: cell(4, 1).borderTopStyle,
        totalWeight: cell(4, 1).fontWeight,
        dataWeight: cell(1, 1).fontWeight,
      };
    });
    await context.close();
    expect(Number(styles.section.weight)).toBeGreaterThanOrEqual(600);
    expect(styles.section.align).toBe('left');
    expect(styles.indent1).toBeGreaterThan(styles.flat);
    expect(styles.indent2).toBeGreaterThan(styles.indent1);
    expect(styles.subtotalRule).toBe('solid');
    expect(styles.ruleInTextColour).toBe(true);
    expect(styles.labelRuleInTextColour).toBe(false);
    expect(styles.totalRule).toBe('double');
    expect(Number(styles.totalWeight)).toBe(700);
    expect(Number(styles.dataWeight)).toBeLessThan(600);
  });
});

describe('financial statements of the corpus as printed', () => {
  test.skipIf(!hasCorpus)('a 10-K balance sheet and income statement: indented line items, single and double rules above the figures, bold totals', async () => {
    const { context, page } = await open(1280);
    await page.goto(corpus.url + tenKStatements);
    const found = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('#main-text tbody tr')];
      // The rule is drawn above the figures: the last cell that holds one.
      const figure = (row: HTMLTableRowElement) => getComputedStyle([...row.children].reverse().find((cell) => cell.textContent!.trim() !== '') ?? row.lastElementChild!);
      const label = (row: HTMLTableRowElement) => getComputedStyle(row.firstElementChild!);
      const flat = rows.filter((r) => !r.dataset.indent && !r.className).map((r) => parseFloat(label(r).paddingLeft));
      const indented = rows.filter((r) => r.dataset.indent && !r.className).map((r) => parseFloat(label(r).paddingLeft));
      const named = (text: RegExp) => rows.find((r) => text.test(r.firstElementChild!.textContent ?? ''));
      const describe = (row: HTMLTableRowElement | undefined) => row && { rule: figure(row).borderTopStyle, weight: Number(figure(row).fontWeight), labelWeight: Number(label(row).fontWeight) };
      return {
        flat: Math.min(...flat),
        indented: Math.max(...indented),
        singles: rows.filter((r) => r.classList.contains('rule-single')).map((r) => figure(r).borderTopStyle),
        doubles: rows.filter((r) => r.classList.contains('rule-double')).map((r) => figure(r).borderTopStyle),
        totalWeights: rows.filter((r) => r.classList.contains('row-total') || r.classList.contains('row-subtotal')).map((r) => Number(figure(r).fontWeight)),
        currentAssets: describe(named(/^Total current assets$/)),
        netIncome: describe(named(/^Net income \(loss\)$/)),
      };
    });
    await context.close();
    expect(found.indented, 'an indented line item sits right of a flat one').toBeGreaterThan(found.flat);
    expect(found.singles.length).toBeGreaterThan(5);
    expect(new Set(found.singles)).toEqual(new Set(['solid']));
    expect(found.doubles.length).toBeGreaterThan(0);
    expect(new Set(found.doubles)).toEqual(new Set(['double']));
    expect(Math.min(...found.totalWeights)).toBeGreaterThanOrEqual(600);
    // The balance sheet's subtotal and the income statement's bottom line, as printed.
    expect(found.currentAssets).toMatchObject({ rule: 'solid' });
    expect(found.currentAssets!.labelWeight).toBeGreaterThanOrEqual(600);
    expect(found.netIncome).toMatchObject({ rule: 'solid' });
    expect(found.netIncome!.weight).toBeGreaterThanOrEqual(600);
  });
});

describe('typography', () => {
  for (const width of [1280, 1920]) {
    test(`prose is at most ${MAX_MEASURE} characters a line at ${width}px on section, whole-filing, filing and library pages`, async () => {
      const { context, page } = await open(width);
      const measures: Record<string, number> = {};
      for (const [path, selector] of ([
        [`/${seedSlug}/selling-stockholders/`, '#main-text'],
        [`/${tenK}/item-1-business/`, '#main-text'],
        [`/${seedSlug}/full/`, '#main-text'],
        [`/${seedSlug}/`, 'main'],
        ['/', 'main'],
      ] as const).filter(([path]) => hasCorpus || !path.includes(tenK))) {
        await page.goto((path.includes(tenK) ? corpus.url : seed.url) + path);
        measures[path] = await widestMeasure(page, selector);
      }
      await context.close();
      for (const [path, measure] of Object.entries(measures)) expect(measure, path).toBeLessThanOrEqual(MAX_MEASURE);
      // Not narrower than a book's 60 characters either (on the longest running prose the site has).
      expect(measures[hasCorpus ? `/${tenK}/item-1-business/` : `/${seedSlug}/full/`]).toBeGreaterThanOrEqual(60);
    });
  }

  test('navigation shows no titles in capitals: sidebar, outline, previous/next, <title>', async () => {
    const { context, page } = await open(1280);
    const shouting: string[] = [];
    const seedPaths = [`/${seedSlug}/risk-factors/`, `/${seedSlug}/description-of-outstanding-capital-stock/`, `/${seedSlug}/full/`, `/${seedSlug}/`, '/'].map((path) => seed.url + path);
    const corpusPaths = [`/${tenK}/item-1-business/`, `/${tenK}/full/`, `/${tenK}/`, `/${tenK}/ex-27/`, '/'].map((path) => corpus.url + path);
    for (const url of [...seedPaths, ...(hasCorpus ? corpusPaths : [])]) {
      const path = url;
      await page.goto(url);
      const texts = await page.evaluate(() => [
        document.title,
        ...[...document.querySelectorAll('.section-nav a, .page-outline a, .prev-next a, .contents-list a, .library a, .shelf-company, h1')].map((a) => (a as HTMLElement).innerText),
      ]);
      // Two words of four or more capitals in a row read as shouting ("ITEM 1. BUSINESS", "ACME WIDGETS").
      for (const text of texts) if (/\b[A-Z]{4,}\b\W+\b[A-Z]{4,}\b/.test(text)) shouting.push(`${path}: ${text}`);
    }
    await context.close();
    expect(shouting).toEqual([]);
  });

  test.skipIf(!hasCorpus)('plain text kept as printed is not a dark code box in light mode', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${corpus.url}/${tenK}/signatures/`);
    const brightness = await page.evaluate(() => {
      const pre = document.querySelector('.prose pre');
      if (!pre) return null;
      // Whatever colour syntax the browser reports (oklch, rgb), a canvas turns it into RGB.
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = getComputedStyle(pre).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return (r! + g! + b!) / 3;
    });
    await context.close();
    expect(brightness, 'the signatures as a preformatted block').not.toBeNull();
    expect(brightness!).toBeGreaterThan(200);
  });
});

describe('notes and plain-text leftovers', () => {
  test('the selling stockholders’ notes sit directly under their table, labelled "Notes", before the next paragraph and page mark', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${seed.url}/${seedSlug}/selling-stockholders/`);
    const order = await page.evaluate(() => {
      const article = document.querySelector('#main-text')!;
      const blocks = [...article.children];
      const table = blocks.findIndex((el) => el.querySelector('table'));
      const notes = blocks.findIndex((el) => el.matches('[data-footnotes]'));
      const label = article.querySelector<HTMLElement>('[data-footnotes] .notes-label');
      const visibleText = (a: Element) => {
        const copy = a.cloneNode(true) as Element;
        copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
        return copy.textContent;
      };
      const back = [...article.querySelectorAll('[data-footnote-backref]')].map((a) => [visibleText(a), a.textContent]);
      return { table, notes, label: label?.innerText, labelVisible: label ? label.getBoundingClientRect().height > 0 : false, back };
    });
    await context.close();
    expect(order.notes).toBe(order.table + 1);
    expect(order.label?.toLowerCase()).toBe('notes');
    expect(order.labelVisible).toBe(true);
    expect(order.back.length).toBeGreaterThanOrEqual(3);
    for (const [visible, name] of order.back) {
      expect(visible).toMatch(/^↩ back to text( \(mention \d\))?$/);
      expect(name).toMatch(/^↩ back to text of note \d+( \(mention \d\))?$/);
    }
  });
});

describe('the filing page leads with its contents', () => {
  test("the seed's contents are within the first desktop screen, before the cover", async () => {
    const { context, page } = await open(1280);
    await page.goto(`${seed.url}/${seedSlug}/`);
    const top = await page.locator('#contents-heading').evaluate((h) => h.getBoundingClientRect().top);
    const lastEntry = await page.locator('.contents-list a').last().evaluate((a) => a.getBoundingClientRect().bottom);
    const coverAfter = await page.evaluate(() => Boolean(document.querySelector('.filing-contents')!.compareDocumentPosition(document.querySelector('.cover')!) & Node.DOCUMENT_POSITION_FOLLOWING));
    await context.close();
    expect(top).toBeLessThan(400);
    // The seed's nine sections fit the first 900px screen whole.
    expect(lastEntry).toBeLessThan(900);
    expect(coverAfter).toBe(true);
  });

  test.skipIf(!hasCorpus)('the contents are within the first desktop screen, Items nested under their PART with printed pages', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${corpus.url}/${tenK}/`);
    const top = await page.locator('#contents-heading').evaluate((h) => h.getBoundingClientRect().top);
    const nested = await page.locator('.contents-list > li:has(> .contents-line a:text-matches("^Part I$")) .contents-items > li > .contents-line > a').allInnerTexts();
    const pages = await page.locator('.contents-list .contents-page').count();
    const coverAfter = await page.evaluate(() => {
      const contents = document.querySelector('.filing-contents')!;
      const cover = document.querySelector('.cover')!;
      return Boolean(contents.compareDocumentPosition(cover) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    await context.close();
    expect(top).toBeLessThan(400);
    expect(nested.slice(0, 2)).toEqual(['Item 1. Business', 'Item 2. Properties']);
    expect(pages).toBeGreaterThan(10);
    expect(coverAfter, 'the cover follows the contents').toBe(true);
  });
});

describe('the whole filing, navigable', () => {
  test.skipIf(!hasCorpus)('its sidebar and outline link to places on the page itself, and every section links to it', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${corpus.url}/${tenK}/full/`);
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.section-nav a, .page-outline a')]
        .filter((a) => !a.getAttribute('href')!.startsWith('#') || !document.getElementById(decodeURIComponent(a.hash.slice(1))))
        .map((a) => a.getAttribute('href')),
    );
    const counts = await page.evaluate(() => [document.querySelectorAll('.section-nav a').length, document.querySelectorAll('.page-outline a').length]);
    const leaving = await page.evaluate(
      // A table's "Download CSV" is a file beside its section page, not a place to read: it may leave the page.
      (slug) => [...document.querySelectorAll<HTMLAnchorElement>('#main-text a[href]:not([download])')].filter((a) => a.pathname.startsWith(`/${slug}/`) && a.pathname !== `/${slug}/full/`).length,
      tenK,
    );
    await page.locator('.section-nav a').filter({ hasText: /^Item 8\./ }).click();
    const after = new URL(page.url());
    await page.goto(`${corpus.url}${tenKStatements}`);
    const fullLink = await page.locator('.reader-full-link a').getAttribute('href');
    await context.close();
    expect(broken).toEqual([]);
    expect(counts[0]).toBeGreaterThan(20);
    expect(counts[1]).toBeGreaterThan(20);
    expect(leaving, 'links from the text into the filing that leave the page').toBe(0);
    expect(after.pathname).toBe(`/${tenK}/full/`);
    expect(after.hash).toBe('#item-8-financial-statements-and-supplementary-data');
    expect(fullLink).toBe(`/${tenK}/full/#item-8-financial-statements-and-supplementary-data`);
  });
});

describe('the library', () => {
  test.skipIf(!hasCorpus)('every card names form and date in words and links to the original on sec.gov; one company once', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${corpus.url}/`);
    const cards = await page.locator('.library > li').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.library-title')!.textContent!.trim(),
        original: li.querySelector<HTMLAnchorElement>('.library-original a')?.href ?? '',
      })),
    );
    const companies = await page.locator('.shelf-company').allInnerTexts();
    await context.close();
    expect(cards.length).toBeGreaterThan(5);
    const withOriginal = cards.filter((card) => /^https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/\d+\/\d{10}-\d{2}-\d{6}\.txt$/.test(card.original));
    // Every corpus filing but the one without an SEC header has an accession number, and with it a filing date.
    expect(withOriginal.length).toBeGreaterThanOrEqual(cards.length - 1);
    for (const card of withOriginal) expect(card.title).toMatch(/^(Form \S+|Prospectus), [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    for (const card of cards) expect(card.title).toMatch(/^(Form \S+|Prospectus)\b/);
    expect(new Set(companies).size).toBe(companies.length);
    expect(companies).toContain('Apple Computer, Inc.');
  });
});

describe('finding your place', () => {
  test.skipIf(!hasCorpus)('the skip link goes straight to the text, and an anchor lands with room above it', async () => {
    const { context, page } = await open(1280);
    await page.goto(`${corpus.url}${tenKStatements}`);
    const target = await page.locator('.skip-link').getAttribute('href');
    const tag = await page.locator(target!).evaluate((el) => el.tagName.toLowerCase());
    const margin = await page.locator('#main-text h3[id]').first().evaluate((h) => parseFloat(getComputedStyle(h).scrollMarginTop));
    await context.close();
    expect(tag).toBe('article');
    expect(margin).toBeGreaterThan(0);
  });

  test.skipIf(!hasCorpus)('where JavaScript runs the outline marks the heading being read; without it the outline is a plain list', async () => {
    const path = `${corpus.url}/${tenK}/item-1-business/`;
    const { context, page } = await open(1440);
    await page.goto(path);
    const hash = (await page.locator('.page-outline a').nth(3).getAttribute('href'))!;
    await page.locator(hash).evaluate((h) => h.scrollIntoView());
    const current = page.locator('.page-outline a[aria-current="location"]');
    // The mark follows the scroll on the next animation frame.
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('.page-outline a')].findIndex((a) => a.getAttribute('aria-current') === 'location')))
      .toBeGreaterThanOrEqual(3);
    await expect(current.count()).resolves.toBe(1);
    // The marked heading is the last one above the top quarter of the window.
    const placement = await current.evaluate((a) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-outline a')];
      const top = (link: HTMLAnchorElement | undefined) => (link ? document.getElementById(decodeURIComponent(link.hash.slice(1)))!.getBoundingClientRect().top : Infinity);
      const at = links.indexOf(a as HTMLAnchorElement);
      return { quarter: window.innerHeight / 4, marked: top(links[at]), next: top(links[at + 1]), index: at };
    });
    await context.close();
    expect(placement.index).toBeGreaterThanOrEqual(3);
    expect(placement.marked).toBeLessThanOrEqual(placement.quarter);
    expect(placement.next).toBeGreaterThan(placement.quarter);
    const off = await open(1440, { javaScript: false });
    await off.page.goto(path);
    const plain = await off.page.locator('.page-outline a').count();
    const marked = await off.page.locator('.page-outline a[aria-current]').count();
    await off.context.close();
    expect(plain).toBeGreaterThan(3);
    expect(marked).toBe(0);
  });
});
