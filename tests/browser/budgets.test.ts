import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gzipSize } from '../../scripts/check-site/gzip-size.ts';
import { attr, hasAttr, selectAll } from '../../scripts/check-site/html-tree.ts';
import { listFiles } from '../../scripts/check-site/list-site-pages.ts';
import { readBuiltPages, sectionPages, type BuiltPage } from './site-files.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { dist } = seedSite();
const pages = readBuiltPages(dist);
const sections = sectionPages(pages, seedSlug);
const contentPages: BuiltPage[] = [
  ...pages.filter((page) => ['/', `/${seedSlug}/`, `/${seedSlug}/full/`].includes(page.path)),
  ...sections,
];
const fileOf = (href: string, from: string): string => join(dist, decodeURIComponent(new URL(href, `http://site${from}`).pathname));
// What a reading page may load before any interaction (theme, search loader, outline, reading aids): the budget.
const readingPageScriptLimit = 10 * 1024;
const sectionLimit = 20 * 1024;

describe('content pages (library, contents, sections, whole document)', () => {
  test('are all there', () => {
    expect(contentPages.length).toBe(3 + sections.length);
    expect(sections.length).toBeGreaterThan(0);
  });

  test('load at most 10 KB gzip of external scripts before any interaction, and no inline script', () => {
    const problems: string[] = [];
    let largest = 0;
    for (const page of contentPages) {
      const scripts = selectAll(page.tree, (element) => element.tagName === 'script');
      let total = 0;
      for (const script of scripts) {
        const src = attr(script, 'src');
        if (src === undefined) problems.push(`${page.path}: an inline <script>`);
        else total += gzipSize(readFileSync(fileOf(src, page.path)));
      }
      largest = Math.max(largest, total);
      if (total > readingPageScriptLimit) problems.push(`${page.path}: ${total} B of script gzip (limit ${readingPageScriptLimit})`);
      const preloads = selectAll(page.tree, (element) => element.tagName === 'link' && /modulepreload/.test(attr(element, 'rel') ?? ''));
      if (preloads.length > 0) problems.push(`${page.path}: ${preloads.length} modulepreload links`);
    }
    console.log(`the most script a content page loads before interaction: ${largest} B gzip`);
    expect(problems).toEqual([]);
  });

  test('a section page with all its CSS stays within 20 KB gzip', () => {
    const figures = sections.map((page) => {
      const stylesheets = selectAll(page.tree, (element) => element.tagName === 'link' && (attr(element, 'rel') ?? '').split(' ').includes('stylesheet'));
      const html = gzipSize(page.html);
      const css = stylesheets.reduce((sum, link) => sum + gzipSize(readFileSync(fileOf(attr(link, 'href') ?? '', page.path))), 0);
      return { path: page.path, html, css, total: html + css };
    });
    for (const figure of figures) console.log(`${figure.path}: HTML ${figure.html} B + CSS ${figure.css} B = ${figure.total} B gzip`);
    expect(figures.filter((figure) => figure.total > sectionLimit)).toEqual([]);
  });
});

test('the site loads no web fonts', () => {
  const files = listFiles(dist);
  expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
  const fontFaces = files.filter((file) => /\.(css|html)$/.test(file) && /@font-face/i.test(readFileSync(join(dist, file), 'utf8')));
  expect(fontFaces).toEqual([]);
  const fontHosts = pages.filter((page) => /fonts\.(googleapis|gstatic)\.com|use\.typekit/.test(page.html)).map((page) => page.path);
  expect(fontHosts).toEqual([]);
});

test('every image declares its width and height', () => {
  const unsized = pages.flatMap((page) =>
    selectAll(page.tree, (element) => element.tagName === 'img' && !(hasAttr(element, 'width') && hasAttr(element, 'height'))).map(
      (image) => `${page.path}: ${attr(image, 'src') ?? '(no src)'}`,
    ),
  );
  expect(unsized).toEqual([]);
});
