/** Page titles and meta descriptions (Lighthouse SEO wants one per page, meaningful and distinct). */
import type { FilingInfo, SectionFrontMatter } from '../../scripts/section-schema.ts';
import { sectionLabel } from './filings.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2004-05-26" -> "May 26, 2004"; anything else is returned as it is. */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

/** "Form 424B3" ("Prospectus" when the cover names no form number); empty when nothing says. */
export function formName(filing: Pick<FilingInfo, 'formType'>): string {
  if (!filing.formType) return '';
  return /\d/.test(filing.formType) ? `Form ${filing.formType}` : filing.formType;
}

/** What the header's "period of report" is for this form: an 8-K reports an event of that date, other forms a period ended then. */
function periodWords(formType: string | undefined): string {
  return /^8-K/i.test(formType ?? '') ? 'reporting on' : 'for the period ended';
}

/** "Form 10-K, filed December 5, 1997, for the period ended September 26, 1997", from what the header says; empty when it says nothing. */
export function formLine(filing: FilingInfo): string {
  const parts = [
    formName(filing),
    filing.filingDate ? `filed ${readableDate(filing.filingDate)}` : '',
    filing.period && filing.period !== filing.filingDate ? `${periodWords(filing.formType)} ${readableDate(filing.period)}` : '',
  ];
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

/** Length of text as Astro writes it into HTML (`'` becomes `&#39;`), which is what html-validate measures. */
export function escapedLength(text: string): number {
  let length = 0;
  for (const ch of text) length += ch === '&' ? 5 : ch === "'" ? 5 : ch === '"' ? 6 : ch === '<' || ch === '>' ? 4 : ch.length;
  return length;
}

/** Shortens a title at a word boundary with an ellipsis when, escaped, it is longer than `max` characters. */
export function clampTitle(title: string, max = maxTitleLength): string {
  if (escapedLength(title) <= max) return title;
  let cut = title;
  while (cut.length > 0 && escapedLength(`${cut}…`) > max) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
