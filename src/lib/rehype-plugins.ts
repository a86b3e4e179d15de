/** The site's rehype pipeline, in the order the steps depend on each other. */
import rehypeRaw from 'rehype-raw';
import { rehypeBlockLinks } from './rehype-block-links.ts';
import { rehypeFootnoteIds } from './rehype-footnote-ids.ts';
import { rehypeFootnotePlacement } from './rehype-footnote-placement.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { rehypePageBreaks } from './rehype-page-breaks.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypePrintedLeftovers } from './rehype-printed-leftovers.ts';
import { rehypeSlugGaps } from './rehype-slug-gaps.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';
import { rehypeTableCaption } from './rehype-table-caption.ts';
import { rehypeTablePageMarks } from './rehype-table-page-marks.ts';
import { rehypeTableTools } from './rehype-table-tools.ts';
import { rehypeTableHeaders } from './rehype-table-headers.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTableSpanners } from './rehype-table-spanners.ts';
import { rehypeTableStructure } from './rehype-table-structure.ts';

/**
 * rehype-raw first: Astro only parses raw HTML after all plugins, and the
 * page marks arrive as raw HTML. Ids before links; rehype-slug only fills gaps (rehype-slug-gaps).
 */
export const rehypePlugins = [
  rehypeRaw,
  rehypeHeadingIds,
  rehypeSlugGaps,
  rehypeHeadingLinks,
  rehypePageBreaks,
  rehypeParagraphIds,
  rehypePrintedLeftovers,
  rehypeTableAlign,
  rehypeTableHeaders,
  // After the headers get their scope: spanners over the heads they join.
  rehypeTableSpanners,
  // Row structure before the scroll wrapper, while each table is still a direct child.
  rehypeTableStructure,
  // After the ids (a caption keeps its paragraph's id, a row its own) and before the wrapper.
  rehypeTableCaption,
  rehypeTablePageMarks,
  rehypeTableScroll,
  rehypeFootnoteIds,
  rehypeFootnotePlacement,
  // Every block has its id and every note its place: each paragraph, item and note gets its ¶ link.
  rehypeBlockLinks,
  // Last: the CSV link and the sums go right above the table's wrapper (no ¶ of their own); the notes placed under it stay there.
  rehypeTableTools,
];
