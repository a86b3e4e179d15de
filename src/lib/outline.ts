/** The "On this page" outline of one section. */
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
  return rest.filter((h) => h.depth >= 3 && h.depth <= 4).map((h) => ({ depth: h.depth, text: h.text, hash: `#${h.id}` }));
}
