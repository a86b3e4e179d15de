import { expect, test } from 'vitest';
import { rehypeFootnoteIds } from '../../src/lib/rehype-footnote-ids.ts';
import { runPlugin } from './rehype-test-helpers.ts';

test('the footnotes label id is prefixed with the section slug, and references follow it', () => {
  const html = runPlugin(
    rehypeFootnoteIds,
    '<p><sup><a href="#user-content-fn-t1-1" aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2></section>',
    { slug: 'selling-stockholders' },
  );
  expect(html).toContain('aria-describedby="selling-stockholders-footnote-label"');
  expect(html).toContain('id="selling-stockholders-footnote-label" data-pagefind-ignore="all"');
  expect(html).not.toMatch(/"footnote-label"/);
});
