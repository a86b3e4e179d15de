import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { expect, test } from 'vitest';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import type { ParsedFiling } from '../../scripts/parser/types.ts';
import { renderSectionHtml } from '../../scripts/render/render-section.ts';
import { rehypePlugins } from '../../src/lib/rehype-plugins.ts';

/**
 * Astro's own Markdown processor with GFM and the site's rehype plugins, no highlighter and no smart
 * quotes: what the converter's Markdown files render to in Astro. The site renders from the tree instead
 * and must show exactly that.
 */
const astroMarkdown = await createMarkdownProcessor({ remarkPlugins: [remarkGfm], rehypePlugins, syntaxHighlight: false, smartypants: false });

// A filing in miniature: a cover, a section with a page break, a cited table note, a cross reference,
// a URL and an e-mail address in the text, and the section the reference names.
const filing = [
  '                         ACME WIDGETS, INC.',
  '',
  '                   1,000,000 Shares of Common Stock',
  '',
  '<PAGE>',
  'SELLING STOCKHOLDERS',
  '',
  'The stockholders below may sell shares as described under "Plan of Distribution". Our filings',
  'are on the web at http://www.sec.gov, and questions go to ir@acme-widgets.com or www.acme-widgets.com.',
  '',
  '<TABLE>',
  '<CAPTION>',
  'NAME                                    SHARES',
  '<S>                                     <C>',
  'Jane Roe(1)                            300,000',
  'John Doe                                20,000',
  '</TABLE>',
  '',
  '(1) Held in trust for her children.',
  '',
  '                                   2',
  '<PAGE>',
  'PLAN OF DISTRIBUTION',
  '',
  'The shares may be sold from time to time by the selling stockholders.',
  '',
  '                                   3',
].join('\n');

/**
 * The tree carries one thing Markdown has no place for: a cross-reference's target page, for print
 * (`data-print-page`). Both ways agree once it is left out.
 */
const withoutPrintPages = (html: string): string => html.replace(/ data-print-page="[^"]*"/g, '');

/** Each section's HTML both ways: from the parser's tree, and from its Markdown through Astro's processor. */
async function bothWays(parsed: ParsedFiling): Promise<{ slug: string; fromTree: string; fromMarkdown: string }[]> {
  const out = [];
  for (const section of parsed.sections) {
    const fromMarkdown = (await astroMarkdown.render(section.markdown, { frontmatter: section.frontMatter })).code;
    out.push({ slug: section.frontMatter.slug, fromTree: renderSectionHtml(section.tree, section.frontMatter), fromMarkdown });
  }
  return out;
}

test("a section rendered from the parser's tree is byte for byte what its Markdown renders to", async () => {
  const sections = await bothWays(parseFiling(new TextEncoder().encode(filing), 'acme.txt', 'acme'));
  expect(sections.map((s) => s.slug)).toEqual(['cover', 'selling-stockholders', 'plan-of-distribution']);
  for (const { fromTree, fromMarkdown } of sections) expect(withoutPrintPages(fromTree)).toBe(fromMarkdown);
  const selling = sections[1]!.fromTree;
  // Not two empty strings agreeing: the things the site relies on are there.
  expect(selling).toContain('<a href="http://www.sec.gov">http://www.sec.gov</a>');
  expect(selling).toContain('<a href="mailto:ir@acme-widgets.com">ir@acme-widgets.com</a>');
  expect(selling).toContain('<a href="http://www.acme-widgets.com">www.acme-widgets.com</a>');
  // The quoted title's link knows the page its section starts on, printed "3" at that page's foot.
  expect(selling).toContain('<a href="/acme/plan-of-distribution/" data-print-page="3">');
  expect(selling).toContain('<td class="align-right">300,000</td>');
  expect(selling).toMatch(/<sup><a [^>]*aria-describedby="selling-stockholders-notes-1"/);
  expect(selling).toContain('class="page-mark"');
});

test('every section of the bundled filing renders from its tree as from its Markdown', async () => {
  const seed = parseFiling(readFileSync('content/filings/level3-2004-prospectus.txt'), 'level3-2004-prospectus.txt', 'level3-2004-prospectus');
  const sections = await bothWays(seed);
  expect(sections.length).toBeGreaterThan(5);
  for (const { slug, fromTree, fromMarkdown } of sections) expect({ slug, html: withoutPrintPages(fromTree) }).toEqual({ slug, html: fromMarkdown });
  expect(sections.some((s) => s.fromTree.includes('data-print-page='))).toBe(true);
});
