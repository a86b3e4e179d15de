/**
 * The serialiser's faster text handler escapes exactly as the library's own: any text, in any
 * construct the parser writes (paragraph, heading, list item, table cell, link, emphasis), gives
 * the same bytes through toMarkdownString as through mdast-util-to-markdown with its default handler.
 */
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { u } from 'unist-builder';
import { expect, test } from 'vitest';
import { toMarkdownString } from '../../scripts/parser/to-markdown.ts';

/** The library with the house options and its own text handler: what the output must stay. */
function reference(tree: Root): string {
  return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', rule: '-', emphasis: '_', fences: true, listItemIndent: 'one' });
}

/** Every tree the parser makes, with the given texts in its phrasing. */
function trees(a: string, b: string): Root[] {
  const inline = (): PhrasingContent[] => [u('text', a), u('emphasis', [u('text', b)]), u('text', b), u('link', { url: `#${b}` }, [u('text', a)]), u('text', a)];
  const blocks: RootContent[][] = [
    [u('paragraph', inline())],
    [u('heading', { depth: 2 as const }, inline())],
    [u('list', { ordered: false, spread: false }, [u('listItem', { spread: false }, [u('paragraph', inline())])])],
    [u('table', { align: ['left', 'right'] as ('left' | 'right')[] }, [u('tableRow', [u('tableCell', inline()), u('tableCell', [u('text', b)])])])],
    [u('footnoteDefinition', { identifier: 'n1', label: 'n1' }, [u('paragraph', inline())])],
  ];
  return blocks.map((children) => u('root', children));
}

/** Text made of the characters Markdown cares about, and a few it does not. */
const markdownish = fc.string({ unit: fc.constantFrom(...' \n\t_*#+-.1)(][<>!&|:~`\\@"\'=aZ9wé—\u00a0İ'.split('')), maxLength: 24 });

test('any text escapes as the library escapes it, in every construct', () => {
  fc.assert(
    fc.property(markdownish, markdownish, (a, b) => {
      for (const tree of trees(a, b)) expect(toMarkdownString(tree)).toBe(reference(tree));
    }),
    { numRuns: 400 },
  );
});

test('the forms a filing prints escape as before: a numbered line, a rule, a bracket, an intraword underscore', () => {
  for (const text of ['1. Not a list', '- dash first', '# not a heading', 'see [note] *here*', 'snake_case and _emphasis_', 'A | B', 'http://www.sec.gov', 'C:\\path\\', '<PAGE>', '&amp; done']) {
    for (const tree of trees(text, text)) expect(toMarkdownString(tree)).toBe(reference(tree));
  }
});
