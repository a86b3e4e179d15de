/** Page titles and meta descriptions (Lighthouse SEO wants one per page, meaningful and distinct). */
import type { FilingInfo, SectionFrontMatter } from '../../scripts/section-schema.ts';
import { sectionLabel } from './filings.ts';

/** "Form 424B3, filed 2004-05-26" from what the header says; empty when it says nothing. */
export function formLine(filing: FilingInfo): string {
  const parts = [filing.formType ? `Form ${filing.formType}` : '', filing.filingDate ? `filed ${filing.filingDate}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** The filing page's description. */
export function filingDescription(filing: FilingInfo): string {
  const form = formLine(filing);
  return `${filing.title}${form ? ` (${form})` : ''}: the SEC filing as a readable, searchable document, ${filing.pageCount} pages.`;
}

/** A section page's title, e.g. "RISK FACTORS – Level 3 Communications, Inc.". */
export function sectionPageTitle(section: SectionFrontMatter): string {
  return `${sectionLabel(section)} – ${section.filing.title}`;
}

/** A section page's description. */
export function sectionDescription(section: SectionFrontMatter): string {
  const form = formLine(section.filing);
  return `${sectionLabel(section)}, from ${section.filing.title}${form ? ` (${form})` : ''}.`;
}

/** The longest `<title>` html-validate (and search engines) accept. */
export const maxTitleLength = 70;

/** Shortens a title at a word boundary with an ellipsis when it is longer than `max` characters. */
export function clampTitle(title: string, max = maxTitleLength): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
