/** Previous and next section links, in reading order. */
import { sectionUrl } from '../../scripts/routes.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';
import { sectionLabel } from './filings.ts';

/** A neighbouring section's label and URL. */
export interface Neighbour {
  text: string;
  url: string;
}

/** The sections before and after `slug` in `sections` (already in order), or null at either end. */
export function neighboursOf(
  sections: readonly SectionFrontMatter[],
  slug: string,
): { previous: Neighbour | null; next: Neighbour | null } {
  const at = sections.findIndex((s) => s.slug === slug);
  const link = (s: SectionFrontMatter | undefined): Neighbour | null =>
    s ? { text: sectionLabel(s), url: sectionUrl(s.filing.slug, s.slug) } : null;
  return { previous: at > 0 ? link(sections[at - 1]) : null, next: at >= 0 ? link(sections[at + 1]) : null };
}
