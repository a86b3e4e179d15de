import rehypeSlug from 'rehype-slug';
import { expect, test } from 'vitest';
import { rehypeSlugGaps } from '../../src/lib/rehype-slug-gaps.ts';
import { runPlugin } from './rehype-test-helpers.ts';

test('headings without an id get the slug rehype-slug gives them, repeats numbered', () => {
  const html = '<h2 id="risk-factors">RISK FACTORS</h2><h3>General</h3><p>x</p><h3>General</h3>';
  const out = runPlugin(rehypeSlugGaps, html);
  expect(out).toBe('<h2 id="risk-factors">RISK FACTORS</h2><h3 id="general">General</h3><p>x</p><h3 id="general-1">General</h3>');
  expect(out).toBe(runPlugin(rehypeSlug, html));
});

test('a heading nested in a list, or with an empty id, is filled too; headings that all have ids stay as they are', () => {
  const nested = '<ul><li><h4>Note</h4></li></ul><h5 id="">Empty</h5>';
  expect(runPlugin(rehypeSlugGaps, nested)).toBe('<ul><li><h4 id="note">Note</h4></li></ul><h5 id="empty">Empty</h5>');
  const all = '<h2 id="a">A</h2><section data-footnotes=""><h2 id="footnote-label">Footnotes</h2></section>';
  expect(runPlugin(rehypeSlugGaps, all)).toBe(all);
});
