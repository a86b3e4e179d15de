import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scriptPolicyProblem } from '../../scripts/check-site/content-security-policy.ts';
import { headersFor, parseHeadersFile } from '../../scripts/check-site/headers-file.ts';
import { attr, hasAttr, selectAll } from '../../scripts/check-site/html-tree.ts';
import { launchBrowser, newContext } from './launch-browser.ts';
import { readBuiltPages, sectionPages } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { url, dist } = seedSite();
const pages = readBuiltPages(dist);

describe('the policy in the files', () => {
  test('every page carries a CSP <meta> that locks scripts to the site', () => {
    const problems = pages.flatMap((page) => {
      const metas = selectAll(page.tree, (element) => element.tagName === 'meta' && attr(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) return [`${page.path}: ${metas.length} CSP <meta> elements`];
      const problem = scriptPolicyProblem(attr(metas[0]!, 'content') ?? '');
      return problem ? [`${page.path}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  test("dist/_headers sends the policy with script-src 'self' and no 'unsafe-inline'", () => {
    const headersFile = join(dist, '_headers');
    expect(existsSync(headersFile), 'dist/_headers exists').toBe(true);
    const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));
    for (const path of pages.map((page) => page.path)) {
      const policies = headersFor(rules, path).filter(([name]) => name.toLowerCase() === 'content-security-policy');
      expect(policies.length, `a Content-Security-Policy header for ${path}`).toBeGreaterThan(0);
      for (const [, policy] of policies) expect(scriptPolicyProblem(policy), `${path}: ${policy}`).toBeUndefined();
    }
  });

  test('no HTML holds inline scripts, <style> elements or style attributes', () => {
    const problems = pages.flatMap((page) => [
      ...selectAll(page.tree, (element) => element.tagName === 'script' && attr(element, 'src') === undefined).map(() => `${page.path}: inline <script>`),
      ...selectAll(page.tree, (element) => element.tagName === 'style').map(() => `${page.path}: <style>`),
      ...selectAll(page.tree, (element) => hasAttr(element, 'style')).map((element) => `${page.path}: style= on <${element.tagName}>`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('the policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  /** Opens `path`, lets `act` run, and returns CSP violations and console errors seen meanwhile. */
  async function visit(path: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The 404 page is served with status 404 on purpose; Chromium logs that as a console error.
      if (message.text().includes('status of 404') && message.location().url === page.url()) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url + path, { waitUntil: 'load' });
    if (act) await act(page);
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await context.close();
    return [...violations.map((violation) => `CSP: ${violation}`), ...problems];
  }

  const section = sectionPages(pages, seedSlug)[0]?.path ?? `/${seedSlug}/risk-factors/`;
  for (const [name, path] of [
    ['library', '/'],
    ['contents', `/${seedSlug}/`],
    ['section', section],
    ['whole document', `/${seedSlug}/full/`],
    ['404', '/no-such-page/'],
  ] as const) {
    test(`the ${name} page raises no CSP violation or console error`, async () => {
      expect(await visit(path)).toEqual([]);
    });
  }

  test('the page redirect raises no CSP violation or console error', async () => {
    const problems = await visit(`/${seedSlug}/page/4/`, async (page) => {
      await page.waitForURL((target) => target.hash === '#page-4');
      await page.waitForLoadState('load');
    });
    expect(problems).toEqual([]);
  });

  test('the search page runs a query without a CSP violation or console error', async () => {
    const problems = await visit('/search/?q=Andersen', async (page) => {
      await page.locator('#search-results[data-search-done] a[href]').first().waitFor({ timeout: 15_000 });
    });
    expect(problems).toEqual([]);
  });
});
