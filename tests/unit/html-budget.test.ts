import { describe, expect, test } from 'vitest';
import { scriptPolicyProblem } from '../../scripts/check-site/content-security-policy.ts';
import { findBrokenLinks } from '../../scripts/check-site/find-broken-links.ts';
import { gzipSize } from '../../scripts/check-site/gzip-size.ts';
import { headersFor, parseHeadersFile } from '../../scripts/check-site/headers-file.ts';
import { parseHtml, readableText } from '../../scripts/check-site/html-tree.ts';
import { urlPathOf } from '../../scripts/check-site/list-site-pages.ts';

describe('site file paths', () => {
  test('index files are served at their folder, other files at themselves', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('level3/risk-factors/index.html')).toBe('/level3/risk-factors/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});

describe('readable text', () => {
  test('superscripts and cells separate words; emphasis does not', () => {
    const tree = parseHtml('<p>Offering<sup><a href="#fn-1">1</a></sup></p><table><tr><td>a</td><td>b</td></tr></table><p><em>un</em>likely</p>');
    expect(readableText(tree).match(/\w+/g)).toEqual(['Offering', '1', 'a', 'b', 'unlikely']);
  });

  test('ordered lists read with their printed numbers', () => {
    expect(readableText(parseHtml('<ol start="2"><li>Totals</li><li>Assumes</li></ol>')).match(/\w+/g)).toEqual(['2', 'Totals', '3', 'Assumes']);
  });

  test('script and style text is not read', () => {
    expect(readableText(parseHtml('<p>x</p><script>var y</script>')).trim()).toBe('x');
  });
});

describe('broken links', () => {
  const page = (path: string, html: string) => ({ path, tree: parseHtml(html) });
  const files = new Set(['/_astro/site.css', '/index.html', '/a/index.html']);

  test('a link to a missing page, a missing id or a missing file is reported', () => {
    const pages = [
      page('/', '<link rel="stylesheet" href="/_astro/site.css"><a href="/a/#top">ok</a><a href="/b/">gone</a><a href="a/#nope">no id</a><img src="/x.png" alt="">'),
      page('/a/', '<h2 id="top">A</h2><a href="#top">self</a><a href="../">up</a><a href="https://www.sec.gov/">external</a>'),
    ];
    expect(findBrokenLinks(pages, files).map((b) => `${b.page} ${b.href}`)).toEqual(['/ /b/', '/ a/#nope', '/ /x.png']);
  });

  test('a meta refresh target is checked like a link', () => {
    const pages = [page('/p/4/', '<meta http-equiv="refresh" content="0; url=/a/#page-4">'), page('/a/', '<a id="page-3"></a>')];
    expect(findBrokenLinks(pages, new Set())).toEqual([
      { page: '/p/4/', href: '/a/#page-4', reason: 'meta[refresh]: no element with id "page-4" on /a/' },
    ]);
  });
});

describe('_headers and CSP', () => {
  const rules = parseHeadersFile("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n  X-Content-Type-Options: nosniff\n/search/\n  X-Robots-Tag: noindex\n");

  test('rules apply by path pattern, in file order', () => {
    expect(headersFor(rules, '/search/').map(([name]) => name)).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'X-Robots-Tag']);
    expect(headersFor(rules, '/a/')).toHaveLength(2);
  });

  test("a policy passes only with script-src 'self' and no 'unsafe-inline'", () => {
    expect(scriptPolicyProblem("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")).toBeUndefined();
    expect(scriptPolicyProblem("script-src 'self'; style-src 'self' 'unsafe-inline'")).toMatch(/unsafe-inline/);
    expect(scriptPolicyProblem("img-src 'self'")).toMatch(/no script-src/);
  });
});

test('gzip size shrinks repetitive text', () => {
  expect(gzipSize('a'.repeat(10_000))).toBeLessThan(200);
});
