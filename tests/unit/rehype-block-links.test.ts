import { describe, expect, test } from 'vitest';
import { rehypeBlockLinks } from '../../src/lib/rehype-block-links.ts';
import { runPlugin } from './rehype-test-helpers.ts';

const links = (html: string) => [...html.matchAll(/<a class="block-link" href="#([^"]+)"[^>]*><span aria-hidden="true">¶<\/span><span class="sr-only">([^<]+)<\/span><\/a>/g)].map((m) => [m[1], m[2]]);

describe('rehypeBlockLinks', () => {
  test('each paragraph, list item and note with an id ends with a link to itself, named for what it is', () => {
    const notes = '<section class="footnotes notes-local" data-footnotes><p id="s-notes-1" class="notes-label">Notes</p><ol><li id="user-content-fn-1"><p>Held in trust.</p></li></ol></section>';
    const html = runPlugin(rehypeBlockLinks, `<p id="page-4-p1">Text.</p><ul><li id="page-4-i1">One</li><li id="page-4-i2"><p>Two</p></li></ul>${notes}`);
    expect(links(html)).toEqual([
      ['page-4-p1', 'Link to this paragraph'],
      ['page-4-i1', 'Link to this item'],
      ['page-4-i2', 'Link to this item'],
      ['user-content-fn-1', 'Link to this note'],
    ]);
    // A loose item and a note carry the link inside their last paragraph, on its line.
    expect(html).toContain('<li id="page-4-i2"><p>Two <a class="block-link"');
    expect(html).toContain('<p>Held in trust. <a class="block-link" href="#user-content-fn-1"');
  });

  test('an item holding a nested list carries its link before the nested list', () => {
    const html = runPlugin(rehypeBlockLinks, '<ol><li id="i1">PART I<ol><li id="i2">Item 1</li></ol></li></ol>');
    expect(links(html).map(([id]) => id)).toEqual(['i1', 'i2']);
    expect(html).toMatch(/^<ol><li id="i1">PART I <a class="block-link" href="#i1"[^>]*>.*?<\/a><ol><li id="i2">Item 1 <a class="block-link"/);
  });

  test('blocks without an id, the notes label and nested blocks get none', () => {
    const html = runPlugin(rehypeBlockLinks, '<p>No id</p><blockquote><p id="q">Quoted</p></blockquote><section class="footnotes" data-footnotes><p id="l" class="notes-label">Notes</p></section>');
    expect(links(html)).toEqual([]);
  });
});
