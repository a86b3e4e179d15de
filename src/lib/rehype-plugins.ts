/** The site's rehype pipeline, in the order the steps depend on each other. */
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { rehypeBlockLinks } from './rehype-block-links.ts';
import { rehypeFootnoteIds } from './rehype-footnote-ids.ts';
import { rehypeFootnotePlacement } from './rehype-footnote-placement.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypePageBreaks } from './rehype-page-breaks.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypePrintedLeftovers } from './rehype-printed-leftovers.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { rehypeTableHeaders } from './rehype-table-headers.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTableStructure } from './rehype-table-structure.ts';

/**
 * rehype-raw first: Astro only parses raw HTML after all plugins, and the
 * page marks arrive as raw HTML. Ids before links; rehype-slug only fills gaps.
 */
export const rehypePlugins = [
  rehypeRaw,
  rehypeHeadingIds,
  rehypeSlug,
  rehypeHeadingLinks,
  rehypePageBreaks,
  rehypeParagraphIds,
  rehypePrintedLeftovers,
  rehypeTableAlign,
  rehypeTableHeaders,
  // Row structure before the scroll wrapper, while each table is still a direct child.
  rehypeTableStructure,
  rehypeTableScroll,
  rehypeFootnoteIds,
  rehypeFootnotePlacement,
  // Last: every block has its id and every note its place.
  rehypeBlockLinks,
];
