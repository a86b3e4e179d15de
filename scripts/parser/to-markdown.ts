import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { textHandler } from './markdown-safe.ts';

/** Serialises mdast to GFM Markdown (tables, footnotes) with the house's fixed options, so output is byte-stable. */
export function toMarkdownString(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    rule: '-',
    emphasis: '_',
    fences: true,
    listItemIndent: 'one',
    // The library's own text handler, with the unsafe-character patterns a text cannot match skipped.
    handlers: { text: textHandler },
  });
}
