/** The "On this page" outline of one section. */
import { readableTitle } from '../../scripts/readable-case.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** One outline entry: a heading below the section title. */
export interface OutlineItem {
  depth: number;
  text: string;
  hash: string;
}

/** Headings after the section title, depth 3 and 4 (deeper ones would crowd a narrow column). */
export function outlineOf(section: Pick<SectionFrontMatter, 'headings' | 'kind'>): OutlineItem[] {
  const rest = section.kind === 'cover' ? section.headings : section.headings.slice(1);
  const items = rest.filter((h) => h.depth >= 3 && h.depth <= 4).map((h) => ({ depth: h.depth, text: readableTitle(h.text), hash: `#${h.id}` }));
  // A line printed twice in a row as a heading (the company's name on the cover and again atop the next page) is one entry.
  return items.filter((item, i) => i === 0 || sameEntry(items[i - 1]!, item) === false);
}

/** Two outline entries a reader cannot tell apart: the same depth and the same words. */
function sameEntry(a: OutlineItem, b: OutlineItem): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return a.depth === b.depth && words(a.text) === words(b.text);
}

/** The whole-filing page's outline: each section's depth-3 headings, in order (section titles are in the sidebar). */
export function fullOutlineOf(sections: readonly Pick<SectionFrontMatter, 'headings' | 'kind'>[]): OutlineItem[] {
  return sections.flatMap((s) => outlineOf(s).filter((item) => item.depth === 3));
}
