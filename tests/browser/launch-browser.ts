import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
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
