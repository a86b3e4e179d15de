import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { cssReferences, htmlReferences, jsReferences, measurePageWeight } from '../../scripts/bench/page-weight.ts';
import { urlPathOf } from '../../scripts/check-site/list-site-pages.ts';
import { pickSitePages } from '../../scripts/bench/site-pages.ts';

const out = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const put = (path: string, text: string): void => {
  mkdirSync(join(out, path, '..'), { recursive: true });
  writeFileSync(join(out, path), text);
};

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
<link rel="canonical" href="https://example.com/acme/">
<script type="module" src="/_astro/page.js"></script></head>
<body><img src="../logo.png" alt=""><a href="/acme/full/">whole</a></body></html>`;
put('acme/index.html', html);
put('acme/full/index.html', '<p>all</p>');
put('acme/risk-factors/index.html', '<p>risk</p>');
put('acme/summary/index.html', '<p>a longer summary page</p>');
put('acme/page/4/index.html', '<p>redirect</p>');
put('index.html', '<p>library</p>');
put('_astro/site.css', '@import "./extra.css"; @font-face{src:url(/fonts/a.woff2) format("woff2")} body{background:url(data:image/png;base64,AAAA)}');
put('_astro/extra.css', 'p{margin:0}');
put('fonts/a.woff2', 'WOFF');
put('favicon.svg', '<svg/>');
put('logo.png', 'PNG');
put('_astro/page.js', 'import{a as b}from"./chunk.js";import"./side.js";const later=()=>import("./lazy.js");');
put('_astro/chunk.js', 'export const a=1;');
put('_astro/side.js', 'console.log(1)');
put('_astro/lazy.js', 'export default 2');

test('finds what a page, a stylesheet and a module pull in on a first view', () => {
  expect(htmlReferences(html)).toEqual(['/_astro/site.css', '/favicon.svg', '/_astro/page.js', '../logo.png']);
  expect(cssReferences('a{background:url("x.png")} @import \'y.css\';')).toEqual(['x.png', 'y.css']);
  expect(jsReferences('import{a}from"./c.js";export*from"./d.js";import("./lazy.js")')).toEqual(['./c.js', './d.js']);
  expect(urlPathOf('acme/full/index.html')).toBe('/acme/full/');
});

test('weighs the HTML and everything it pulls in, raw and gzip, and counts requests', () => {
  const w = measurePageWeight(out, 'acme/index.html');
  expect(w.path).toBe('/acme/');
  expect(w.resources.sort()).toEqual(['/_astro/chunk.js', '/_astro/extra.css', '/_astro/page.js', '/_astro/side.js', '/_astro/site.css', '/favicon.svg', '/fonts/a.woff2', '/logo.png']);
  expect(w.requests).toBe(9);
  expect(w.html).toEqual({ raw: Buffer.byteLength(html), gzip: gzipSync(html).length });
  expect(w.js.raw).toBe('import{a as b}from"./chunk.js";import"./side.js";const later=()=>import("./lazy.js");'.length + 'export const a=1;'.length + 'console.log(1)'.length);
  expect(w.other.raw).toBe(4 + 6 + 3);
  expect(w.unresolved).toEqual([]);
});

test('picks one page of each type, the section being the median-sized one', () => {
  expect(pickSitePages(out)).toEqual({ library: 'index.html', contents: 'acme/index.html', section: 'acme/summary/index.html', document: 'acme/full/index.html' });
});

test('sorts Pagefind downloads by what they are for', async () => {
  const { pagefindPart } = await import('../../scripts/bench/search-transfer.ts');
  expect(pagefindPart('/pagefind/pagefind-component-ui.js')).toBe('ui');
  expect(pagefindPart('/pagefind/pagefind-component-ui.css')).toBe('ui');
  expect(pagefindPart('/pagefind/pagefind.js')).toBe('engine');
  expect(pagefindPart('/pagefind/pagefind-entry.json')).toBe('engine');
  expect(pagefindPart('/pagefind/wasm.en.pagefind')).toBe('engine');
  expect(pagefindPart('/pagefind/pagefind.en_3f2a.pf_meta')).toBe('index');
  expect(pagefindPart('/pagefind/index/en_9ab1.pf_index')).toBe('index');
  expect(pagefindPart('/pagefind/fragment/en_77c0.pf_fragment')).toBe('fragment');
  expect(pagefindPart('/search/ui.js')).toBe('ui');
  // The further parts of an index split in groups or shards, and their list.
  expect(pagefindPart('/pagefind/indexes.json')).toBe('index');
  expect(pagefindPart('/pagefind/parts/2/pagefind.en_3f2a.pf_meta')).toBe('index');
  expect(pagefindPart('/pagefind/parts/2/fragment/en_77c0.pf_fragment')).toBe('fragment');
});

test('counts the site\'s own search scripts as search downloads, not the search page itself', async () => {
  const { isSearchFile } = await import('../../scripts/bench/search-transfer.ts');
  expect(isSearchFile('/search/engine.js')).toBe(true);
  expect(isSearchFile('/pagefind/pagefind.js')).toBe(true);
  expect(isSearchFile('/search/')).toBe(false);
  expect(isSearchFile('/_astro/site.css')).toBe(false);
});
