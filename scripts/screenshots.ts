/**
 * Screenshots of every page type (library, filing, section, whole filing, search) at 390 and 1280 px,
 * light and dark, from a built site: `npm run screenshots -- [--dist dist] [--out docs/screenshots]`.
 * The pages are the seed's unless `--paths` names others ("name=/path/,...").
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { serveStatic } from './static-server.ts';

/** The seed's page of each type. */
const SEED_PAGES: Record<string, string> = {
  library: '/',
  filing: '/level3-2004-prospectus/',
  section: '/level3-2004-prospectus/selling-stockholders/',
  full: '/level3-2004-prospectus/full/',
  search: '/search/?q=stock',
};

/** The widths the issue asks for: a phone and a laptop. */
const WIDTHS = [390, 1280];
/** Tall enough to show what a reader sees first and a little below it. */
const HEIGHT = 900;

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' }, paths: { type: 'string' } },
});
const pages = values.paths
  ? Object.fromEntries(values.paths.split(',').map((pair) => pair.split('=') as [string, string]))
  : SEED_PAGES;
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const server = await serveStatic(resolve(values.dist));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: HEIGHT }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
