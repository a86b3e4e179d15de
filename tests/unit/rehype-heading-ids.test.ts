import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds } from '../../src/lib/rehype-heading-ids.ts';
import { rehypeHeadingLinks } from '../../src/lib/rehype-heading-links.ts';
import { runPlugin } from './rehype-test-helpers.ts';

const headings = [
  { depth: 2, text: 'RISK FACTORS', id: 'risk-factors' },
  { depth: 3, text: 'General', id: 'risk-factors-general' },
];

describe('rehypeHeadingIds', () => {
  test('gives the i-th heading the i-th front-matter id, whatever its text', () => {
    const html = runPlugin(rehypeHeadingIds, '<h2>RISK FACTORS</h2><p>x</p><h3>General</h3>', { headings });
    expect(html).toBe('<h2 id="risk-factors">RISK FACTORS</h2><p>x</p><h3 id="risk-factors-general">General</h3>');
  });

  test('leaves headings beyond the list without an id (rehype-slug fills them) and skips the footnotes label', () => {
    const html = runPlugin(
      rehypeHeadingIds,
      '<h2>A</h2><h3>B</h3><h3>C</h3><section data-footnotes><h2 id="footnote-label">Footnotes</h2></section>',
      { headings },
    );
    expect(html).toContain('<h3>C</h3>');
    expect(html).toContain('<h2 id="footnote-label">Footnotes</h2>');
  });

  test('copes with front matter that has no headings (the cover)', () => {
    expect(runPlugin(rehypeHeadingIds, '<p>PROSPECTUS</p>', {})).toBe('<p>PROSPECTUS</p>');
  });
});

describe('rehypeHeadingLinks', () => {
  test('wraps the heading text in a link to the heading itself', () => {
    expect(runPlugin(rehypeHeadingLinks, '<h3 id="general">General</h3>')).toBe(
      '<h3 id="general"><a class="heading-link" href="#general">General</a></h3>',
    );
  });

  test('does not nest a link inside a heading that already holds one, nor touch headings without an id', () => {
    const html = '<h3 id="a">See <a href="/x/">x</a></h3><h4>No id</h4>';
    expect(runPlugin(rehypeHeadingLinks, html)).toBe(html);
  });
});
