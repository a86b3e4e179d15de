import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { rootHandler } from './markdown-safe.ts';

/**
 * The house's fixed options, made once: the GFM extensions hold their unsafe-character patterns,
 * and the serialiser compiles each pattern's expression once and keeps it on the pattern, so
 * extensions made anew for every section compiled them all again.
 */
const OPTIONS: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  rule: '-',
  emphasis: '_',
  fences: true,
  listItemIndent: 'one',
  // The library's own handlers, escaping with the unsafe-character patterns a text cannot match skipped.
  handlers: { root: rootHandler },
};

/** Serialises mdast to GFM Markdown (tables, footnotes) with the house's fixed options, so output is byte-stable. */
export function toMarkdownString(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}
