/**
 * What a first view of one built page costs: the HTML plus every stylesheet,
 * script, image and font it references (followed through CSS `url()`/`@import`
 * and static JS imports), read from the out dir, raw and gzipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../check-site/gzip-size.ts';
import { urlPathOf } from '../check-site/list-site-pages.ts';

/** Bytes of one kind of resource. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** The weight of a first view of one page. */
export interface PageWeight {
  /** Site path of the page, e.g. "/level3/full/". */
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Fonts, images, icons and anything else. */
  other: Weight;
  /** The HTML plus every distinct resource it pulls in on a first view. */
  requests: number;
  /** Site paths of those resources, in the order found. */
  resources: string[];
  /** References to files not in the out dir (external or missing): requested, bytes unknown. */
  unresolved: string[];
}

/** Resource references in HTML that a browser fetches on load (stylesheets, preloads, icons, scripts, images). */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href && /\b(stylesheet|preload|modulepreload|icon)\b/.test(rel)) refs.push(href);
  }
  for (const tag of html.match(/<(?:script|img|source|iframe)\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (src) refs.push(src);
    const srcset = /\bsrcset\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const first = srcset?.trim().split(/\s+/)[0];
    if (first) refs.push(first);
  }
  for (const style of html.match(/<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []) refs.push(...cssReferences(style));
  return refs;
}

/** `url(...)` and `@import` targets in a stylesheet. */
export function cssReferences(css: string): string[] {
  const refs: string[] = [];
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/g)) refs.push(m[1]!);
  for (const m of css.matchAll(/@import\s+["']([^"']+)["']/g)) refs.push(m[1]!);
  return refs;
}

/** Static `import`/`export ... from` targets of a JS module (dynamic `import()` waits for use, so not a first view). */
export function jsReferences(js: string): string[] {
  const refs: string[] = [];
  for (const m of js.matchAll(/\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)) refs.push(m[1]!);
  return refs;
}

function kindOf(path: string): 'css' | 'js' | 'other' {
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  return 'other';
}

function fileFor(outDir: string, sitePath: string): string | null {
  let file = join(outDir, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function weigh(data: Buffer): Weight {
  return { raw: data.length, gzip: gzipSize(data) };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Weighs the first view of the page at `htmlFile` (relative to `outDir`). */
export function measurePageWeight(outDir: string, htmlFile: string): PageWeight {
  const path = urlPathOf(htmlFile);
  const origin = 'http://site.invalid';
  const htmlData = readFileSync(join(outDir, htmlFile));
  const weight: PageWeight = {
    path,
    html: weigh(htmlData),
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    requests: 1,
    resources: [],
    unresolved: [],
  };
  const seen = new Set<string>();
  const queue = htmlReferences(htmlData.toString('utf8')).map((ref) => ({ ref, base: path }));
  while (queue.length > 0) {
    const { ref, base } = queue.shift()!;
    if (ref.startsWith('data:') || ref.startsWith('#')) continue;
    const url = new URL(ref, origin + base);
    const key = url.origin === origin ? url.pathname : url.href;
    if (seen.has(key)) continue;
    seen.add(key);
    weight.requests += 1;
    const file = url.origin === origin ? fileFor(outDir, url.pathname) : null;
    if (!file) {
      weight.unresolved.push(key);
      continue;
    }
    weight.resources.push(key);
    const data = readFileSync(file);
    const kind = kindOf(key);
    weight[kind] = add(weight[kind], weigh(data));
    const text = kind === 'other' ? '' : data.toString('utf8');
    const next = kind === 'css' ? cssReferences(text) : kind === 'js' ? jsReferences(text) : [];
    queue.push(...next.map((r) => ({ ref: r, base: key })));
  }
  return weight;
}
