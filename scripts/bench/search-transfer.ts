/**
 * What a first search costs a reader, measured in Chromium: the site's search
 * page runs the query from `?q=`, and every response under /pagefind/ is counted
 * (body as transferred plus headers) until the results have loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from './static-server.ts';

/** The browser the toolchain notes say works here (Debian's chromium). */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One response the search fetched. */
export interface SearchRequest {
  path: string;
  /** Response body as transferred (gzip where served gzip). */
  bodyBytes: number;
  headerBytes: number;
}

/** The first search's download. */
export interface SearchTransfer {
  query: string;
  /** True when result fragments were fetched (the query found something). */
  resultsLoaded: boolean;
  requests: SearchRequest[];
  /** Sum of body and header bytes of every /pagefind/ response. */
  pagefindBytes: number;
  /** Everything the search page downloaded, its own HTML, CSS and JS included. */
  pageTotalBytes: number;
  /** Time from navigation to the last /pagefind/ response. */
  elapsedMs: number;
}

/** Opens `/search/?q=<query>` of the site in `outDir` and counts what it downloads. */
export async function measureSearchTransfer(outDir: string, query: string): Promise<SearchTransfer> {
  const server = await serveDir(outDir);
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await context.newPage();
    const requests: SearchRequest[] = [];
    let pageTotalBytes = 0;
    let inFlight = 0;
    let lastPagefindAt = performance.now();
    let fragmentSeen = false;
    page.on('request', (req) => {
      if (new URL(req.url()).pathname.startsWith('/pagefind/')) inFlight += 1;
    });
    const settle = async (req: import('playwright-core').Request): Promise<void> => {
      const path = new URL(req.url()).pathname;
      const sizes = await req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
      pageTotalBytes += sizes.responseBodySize + sizes.responseHeadersSize;
      if (!path.startsWith('/pagefind/')) return;
      requests.push({ path, bodyBytes: sizes.responseBodySize, headerBytes: sizes.responseHeadersSize });
      if (path.startsWith('/pagefind/fragment/')) fragmentSeen = true;
      inFlight -= 1;
      lastPagefindAt = performance.now();
    };
    page.on('requestfinished', (req) => void settle(req));
    page.on('requestfailed', (req) => {
      if (new URL(req.url()).pathname.startsWith('/pagefind/')) inFlight -= 1;
    });
    const start = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    // Results are in when fragments have arrived and Pagefind has been quiet for a second.
    const deadline = start + 30_000;
    while (performance.now() < deadline) {
      const quiet = inFlight <= 0 && performance.now() - lastPagefindAt > 1000;
      if (fragmentSeen && quiet) break;
      if (!fragmentSeen && quiet && performance.now() - start > 10_000) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    requests.sort((a, b) => a.path.localeCompare(b.path));
    return {
      query,
      resultsLoaded: fragmentSeen,
      requests,
      pagefindBytes: requests.reduce((sum, r) => sum + r.bodyBytes + r.headerBytes, 0),
      pageTotalBytes,
      elapsedMs: lastPagefindAt - start,
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
