import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditPage, startLighthouseBrowser, type LighthouseBrowser } from '../../scripts/lighthouse-audit.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { url } = seedSite();
// Performance is a timing on 2 shared cores, so it lives in `npm run bench`; these do not depend on speed.
const categories = ['accessibility', 'best-practices', 'seo'];

let browser: LighthouseBrowser;

beforeAll(async () => {
  browser = await startLighthouseBrowser();
});

afterAll(async () => {
  await browser?.close();
});

for (const [name, path] of [
  ['library', '/'],
  ['contents', `/${seedSlug}/`],
  ['section', `/${seedSlug}/risk-factors/`],
  ['whole document', `/${seedSlug}/full/`],
] as const) {
  test(`Lighthouse (mobile) scores the ${name} page 100 for accessibility, best practices and SEO`, { timeout: 180_000 }, async () => {
    const { scores, lost } = await auditPage(url + path, browser.port, categories);
    console.log(`Lighthouse ${path}: ${JSON.stringify(scores)}`);
    expect(scores, `audits below full marks:\n${lost.join('\n')}`).toEqual(Object.fromEntries(categories.map((category) => [category, 100])));
  });
}
