/**
 * What a first search costs a reader, measured in Chromium: the site's search
 * page runs the query from `?q=`, and every search file (the site's own search
 * scripts under /search/ and everything under /pagefind/) is counted (body as
 * transferred plus headers) until the results have loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';

/** One response the search fetched. */
export interface SearchRequest {
  path: string;
  /** Response body as sent (gzip where served gzip). */
  bodyBytes: number;
  headerBytes: number;
}

/** What a /pagefind/ file is for: the UI, the search engine, the index, or a result's text. */
export type PagefindPart = 'ui' | 'engine' | 'index' | 'fragment' | 'other';

/** True for a file the search downloads: the site's search scripts (/search/*.js) and Pagefind's files. */
export function isSearchFile(path: string): boolean {
  return path.startsWith('/pagefind/') || /^\/search\/[^/]+\.js$/.test(path);
}

/** Sorts a search file into its part: "/pagefind/index/en_1a2b.pf_index" -> "index"; the site's own search scripts are UI. */
export function pagefindPart(path: string): PagefindPart {
  if (/^\/search\/[^/]+\.js$/.test(path)) return 'ui';
  // A merged part of the index (pagefind/parts/N/) holds the same kinds of file as the first bundle.
  const file = path.replace(/^\/pagefind\//, '').replace(/^parts\/\d+\//, '');
  if (file.startsWith('fragment/')) return 'fragment';
  if (file.startsWith('index/') || file.startsWith('filter/') || /\.pf_meta$/.test(file) || file === 'indexes.json') return 'index';
  if (/^pagefind-(component-)?ui|^pagefind-(modular-)?ui|highlight/.test(file)) return 'ui';
  if (/^pagefind(\.|-worker|-entry)|\.pagefind$|wasm/.test(file)) return 'engine';
  return 'other';
}

/** The first search's download. */
export interface SearchTransfer {
  query: string;
  /** True when result fragments were fetched (the query found something). */
  resultsLoaded: boolean;
  requests: SearchRequest[];
  /** Sum of body and header bytes of every /pagefind/ response. */
  pagefindBytes: number;
  /** The same sum split by what the files are for. */
  byPart: Record<PagefindPart, number>;
  /** The same as Chromium's request.sizes() saw it (it misses the worker script's body). */
  browserReportedBytes: number;
  /** Body bytes of everything the search page downloaded, its own HTML, CSS and JS included. */
  pageBodyBytes: number;
  /** Time from navigation to the last /pagefind/ response. */
  elapsedMs: number;
}

/** Opens `/search/?q=<query>` of the site in `outDir` and counts what it downloads. */
export async function measureSearchTransfer(outDir: string, query: string): Promise<SearchTransfer> {
  const server = await serveStatic(outDir, { gzip: true });
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await context.newPage();
    const requests: SearchRequest[] = [];
    let inFlight = 0;
    let lastPagefindAt = performance.now();
    let fragmentSeen = false;
    page.on('request', (req) => {
      if (isSearchFile(new URL(req.url()).pathname)) inFlight += 1;
    });
    const settle = async (req: import('playwright-core').Request): Promise<void> => {
      const path = new URL(req.url()).pathname;
      const sizes = await req.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
      if (!isSearchFile(path)) return;
      requests.push({ path, bodyBytes: sizes.responseBodySize, headerBytes: sizes.responseHeadersSize });
      if (pagefindPart(path) === 'fragment') fragmentSeen = true;
      inFlight -= 1;
      lastPagefindAt = performance.now();
    };
    page.on('requestfinished', (req) => void settle(req));
    page.on('requestfailed', (req) => {
      if (isSearchFile(new URL(req.url()).pathname)) inFlight -= 1;
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
    // Chromium reports a zero body for the worker script it fetches, so bodies are counted as the server
    // sent them (one entry per request Chromium made) and headers as Chromium reported them.
    const headerBytes = new Map<string, number[]>();
    for (const r of requests) headerBytes.set(r.path, [...(headerBytes.get(r.path) ?? []), r.headerBytes]);
    const transfers: SearchRequest[] = server.served
      .filter((r) => isSearchFile(r.path))
      .map((r) => ({ path: r.path, bodyBytes: r.bytes, headerBytes: headerBytes.get(r.path)?.shift() ?? 0 }))
      .sort((a, b) => a.path.localeCompare(b.path));
    const byPart: Record<PagefindPart, number> = { ui: 0, engine: 0, index: 0, fragment: 0, other: 0 };
    for (const r of transfers) byPart[pagefindPart(r.path)] += r.bodyBytes + r.headerBytes;
    const browserReportedBytes = requests.reduce((sum, r) => sum + r.bodyBytes + r.headerBytes, 0);
    return {
      byPart,
      browserReportedBytes,
      query,
      resultsLoaded: fragmentSeen,
      requests: transfers,
      pagefindBytes: transfers.reduce((sum, r) => sum + r.bodyBytes + r.headerBytes, 0),
      pageBodyBytes: server.served.reduce((sum, r) => sum + r.bytes, 0),
      elapsedMs: lastPagefindAt - start,
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
