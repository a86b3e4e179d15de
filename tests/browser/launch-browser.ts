import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';

/** One headless Chromium for a test file; pages come from `browser.newContext()` so axe can inject. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A fresh browser context that gives up on a missing element or URL after 15 s, so a wrong site fails fast. */
export async function newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  return context;
}

/** A headless Chromium and one page in a fresh context, for a test file that works in a single tab. */
export async function openPage(options?: BrowserContextOptions): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  const page = await (await newContext(browser, options)).newPage();
  return { browser, page };
}
