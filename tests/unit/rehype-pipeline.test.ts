import { expect, test } from 'vitest';
import { renderMarkdown } from './rehype-test-helpers.ts';

// What the parser writes for a section (scripts/parser/to-mdast.ts conventions), through the site's processor.
const markdown = [
  '<a class="page-mark" id="page-3" href="#page-3" data-page="3" data-pagefind-ignore>Page 3</a>',
  '',
  '## SELLING STOCKHOLDERS',
  '',
  'The table lists the holders.[^t2-1] It goes on <a class="page-mark" id="page-4" href="#page-4" data-page="4" data-pagefind-ignore>Page 4</a> here.',
  '',
  '| Name | Shares |',
  '| :--- | -----: |',
  '| Jane Roe | 300,000 |',
  '',
  'See [Plan of Distribution](/level3/plan-of-distribution/#page-7).',
  '',
  '[^t2-1]: Held in trust.',
  '',
].join('\n');

const frontmatter = {
  slug: 'selling-stockholders',
  title: 'SELLING STOCKHOLDERS',
  headings: [{ depth: 2, text: 'SELLING STOCKHOLDERS', id: 'selling-stockholders' }],
};

test('a parser-style section renders with every id, wrapper and class the site relies on', async () => {
  const html = await renderMarkdown(markdown, frontmatter);
  expect(html).toContain('<div class="page-break"><a class="page-mark" id="page-3" href="#page-3" data-page="3" data-pagefind-ignore=""><span class="sr-only">Page </span><span aria-hidden="true">p. </span>3</a></div>');
  expect(html).toContain('<h2 id="selling-stockholders"><a class="heading-link" href="#selling-stockholders">SELLING STOCKHOLDERS</a></h2>');
  expect(html).toMatch(/<p id="page-3-p1">The table lists the holders\.<sup><a [^>]*aria-describedby="selling-stockholders-notes-1"/);
  expect(html).toContain('<p id="page-4-p1">See <a href="/level3/plan-of-distribution/#page-7">');
  expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table 1, SELLING STOCKHOLDERS"><table id="page-4-t1">');
  expect(html).toMatch(/<p id="page-4-p1">See .*<a class="block-link" href="#page-4-p1" data-pagefind-ignore="all"><span aria-hidden="true">¶<\/span><span class="sr-only">Link to this paragraph<\/span><\/a><\/p>/);
  expect(html).toContain('<td class="align-right">300,000</td>');
  expect(html).toContain('<p id="selling-stockholders-notes-1" class="notes-label" data-pagefind-ignore="all">Notes</p>');
  expect(html).not.toMatch(/ align=| style=/);
});
