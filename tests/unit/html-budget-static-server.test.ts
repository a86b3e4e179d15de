import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentTypeOf, serveStatic, type StaticServer } from '../../scripts/static-server.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pr-static-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'index.html'), '<p>library</p>');
  writeFileSync(join(root, 'a', 'index.html'), '<p>section</p>');
  writeFileSync(join(root, '404.html'), '<p>not here</p>');
  writeFileSync(join(root, '_headers'), "/*\n  Content-Security-Policy: script-src 'self'\n");
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test('a folder is served by its index.html, with the _headers policy', async () => {
  const response = await fetch(`${server.url}/a/`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");
  expect(await response.text()).toBe('<p>section</p>');
});

test('a folder without its slash redirects, as static hosts do', async () => {
  const response = await fetch(`${server.url}/a?q=1`, { redirect: 'manual' });
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/a/?q=1');
});

test('a missing path gets the 404 page with status 404, and nothing outside the root is served', async () => {
  const missing = await fetch(`${server.url}/nope/`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toBe('<p>not here</p>');
  expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).not.toBe(200);
});

test('Pagefind files get types the browser accepts', () => {
  expect(contentTypeOf('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
  expect(contentTypeOf('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
  expect(contentTypeOf('pagefind/pagefind.js')).toMatch(/^text\/javascript/);
  expect(contentTypeOf('x.wasm')).toBe('application/wasm');
});

test('with gzip on, text types go gzipped with their length, and every body sent is counted as sent', async () => {
  const zipping = await serveStatic(root, { gzip: true });
  try {
    const html = await fetch(`${zipping.url}/a/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers.get('content-encoding')).toBe('gzip');
    expect(await html.text()).toBe('<p>section</p>');
    const sent = zipping.served.at(-1)!;
    expect(sent.path).toBe('/a/');
    expect(sent.bytes).toBe(Number(html.headers.get('content-length')));
    expect(sent.bytes).toBe(gzipSync('<p>section</p>').length);
    const plain = await fetch(`${zipping.url}/a/`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipping.served.at(-1)!.bytes).toBe('<p>section</p>'.length);
  } finally {
    await zipping.close();
  }
});
