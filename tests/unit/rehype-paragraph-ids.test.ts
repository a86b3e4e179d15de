import { describe, expect, test } from 'vitest';
import { rehypePageBreaks } from '../../src/lib/rehype-page-breaks.ts';
import { rehypeParagraphIds } from '../../src/lib/rehype-paragraph-ids.ts';
import { runPlugin } from './rehype-test-helpers.ts';

const mark = (n: number) => `<a class="page-mark" id="page-${n}" href="#page-${n}" data-page="${n}">Page ${n}</a>`;
const ids = (html: string) => [...html.matchAll(/<p id="([^"]+)"/g)].map((m) => m[1]);

describe('rehypeParagraphIds', () => {
  test('counts paragraphs from the section start, then from each page mark', () => {
    const html = runPlugin(rehypeParagraphIds, `<p>a</p><p>b</p><div class="page-break">${mark(4)}</div><p>c</p><h3>H</h3><p>d</p>`, {
      slug: 'risk-factors',
    });
    expect(ids(html)).toEqual(['risk-factors-p1', 'risk-factors-p2', 'page-4-p1', 'page-4-p2']);
  });

  test('a page that starts inside a paragraph counts from the next paragraph on', () => {
    const html = runPlugin(rehypeParagraphIds, `<p>one ${mark(7)} two</p><p>three</p><ul><li>${mark(8)}</li></ul><p>four</p>`, {
      slug: 's',
    });
    expect(ids(html)).toEqual(['s-p1', 'page-7-p1', 'page-8-p1']);
  });

  test('table body rows and list items get their own counts, so paragraph ids do not move', () => {
    const table = '<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>A</td></tr><tr><td>B</td></tr></tbody></table>';
    const html = runPlugin(rehypeParagraphIds, `<p>a</p>${table}<ul><li>x</li><li id="keep">y</li><li>z</li></ul><div class="page-break">${mark(5)}</div>${table}<p>b</p>`, {
      slug: 's',
    });
    expect(ids(html)).toEqual(['s-p1', 'page-5-p1']);
    expect([...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1])).toEqual(['s-r1', 's-r2', 'page-5-r1', 'page-5-r2']);
    expect([...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1])).toEqual(['s-i1', 'keep', 's-i2']);
    expect(html).not.toMatch(/<tr id="[^"]*"><th>/);
  });

  test('items of nested lists are counted with the others, in reading order', () => {
    const html = runPlugin(rehypeParagraphIds, '<ol><li>PART I<ol><li>Item 1</li><li>Item 2</li></ol></li><li>PART II</li></ol>', { slug: 's' });
    expect([...html.matchAll(/<li id="([^"]+)">([^<]*)/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['s-i1 PART I', 's-i2 Item 1', 's-i3 Item 2', 's-i4 PART II']);
  });

  test('tables and preformatted blocks get ids of their own kinds', () => {
    const table = '<table><tbody><tr><td>A</td></tr></tbody></table>';
    const html = runPlugin(rehypeParagraphIds, `${table}<pre>x</pre><div class="page-break">${mark(5)}</div><p>a</p>${table}${table}<pre>y</pre>`, { slug: 's' });
    expect([...html.matchAll(/<(?:table|pre) id="([^"]+)"/g)].map((m) => m[1])).toEqual(['s-t1', 's-b1', 'page-5-t1', 'page-5-t2', 'page-5-b1']);
    expect(ids(html)).toEqual(['page-5-p1']);
  });

  test('a block added on one printed page leaves the ids of the other pages alone, and the same input gives the same ids', () => {
    const body = (extra: string) =>
      `<p>a</p>${extra}<div class="page-break">${mark(4)}</div><p>b</p><ul><li>x</li></ul><div class="page-break">${mark(5)}</div><p>c</p>`;
    const before = ids(runPlugin(rehypeParagraphIds, body(''), { slug: 's' }));
    const after = ids(runPlugin(rehypeParagraphIds, body('<p>new</p><ul><li>new</li></ul>'), { slug: 's' }));
    expect(before).toEqual(['s-p1', 'page-4-p1', 'page-5-p1']);
    expect(after).toEqual(['s-p1', 's-p2', 'page-4-p1', 'page-5-p1']);
    expect(runPlugin(rehypeParagraphIds, body(''), { slug: 's' })).toBe(runPlugin(rehypeParagraphIds, body(''), { slug: 's' }));
  });

  test('only top-level paragraphs are numbered, and existing ids are kept', () => {
    const html = runPlugin(rehypeParagraphIds, '<blockquote><p>q</p></blockquote><p id="keep">k</p><p>n</p>', { slug: 's' });
    expect(ids(html)).toEqual(['keep', 's-p1']);
  });
});

describe('rehypePageBreaks', () => {
  const shown = (n: number) => mark(n).replace(`>Page ${n}<`, `><span class="sr-only">Page </span><span aria-hidden="true">p. </span>${n}<`);
  test('a paragraph holding only a page mark becomes a page-break block; a mark inside text stays inline', () => {
    const html = runPlugin(rehypePageBreaks, `<p>${mark(2)}</p><p>text ${mark(3)} more</p>${mark(4)}`);
    expect(html).toBe(`<div class="page-break">${shown(2)}</div><p>text ${shown(3)} more</p><div class="page-break">${shown(4)}</div>`);
  });

  test('every mark reads "p. N" on screen and "Page N" to a screen reader', () => {
    const html = runPlugin(rehypePageBreaks, `<table><tbody><tr><td>${mark(9)}A</td></tr></tbody></table>`);
    expect(html).toContain(`${shown(9)}A`);
  });
});
