/**
 * What a section page tells Pagefind besides its text: the metadata a search result shows (filing, section,
 * printed pages) and the filters of the search page (filing, form type, year). Written as data-* attributes
 * of the indexed <article> and named in its data-pagefind-meta / data-pagefind-filter lists, so that values
 * may hold commas.
 */
import type { FilingInfo, SectionFrontMatter } from '../../scripts/section-schema.ts';

/** The year a filing was filed, else the year of its period, else null. */
export function filingYear(filing: FilingInfo): string | null {
  return /^\d{4}/.exec(filing.filingDate ?? '')?.[0] ?? /^\d{4}/.exec(filing.period ?? '')?.[0] ?? null;
}

/** A filing as a reader tells it from others of the same company: "ACME WIDGETS INC, 10-K, 1997-12-05". */
export function filingLabel(filing: FilingInfo): string {
  return [filing.title, filing.formType, filing.filingDate ?? filing.period].filter((part) => part !== undefined && part !== '').join(', ');
}

/** The printed page a section starts on: the last numbered page mark of the sections before it. */
export function firstPrintedPage(section: SectionFrontMatter, all: readonly SectionFrontMatter[]): string | null {
  let printed: string | null = null;
  for (const other of [...all].sort((a, b) => a.order - b.order)) {
    if (other.order >= section.order) break;
    for (const page of other.pages) if (page.printed !== null) printed = page.printed;
  }
  return printed;
}

/** The data-* attributes of a section's indexed <article>. */
export function searchAttributes(section: SectionFrontMatter, all: readonly SectionFrontMatter[], title: string): Record<string, string> {
  const meta: Record<string, string> = {
    title,
    section: section.title,
    filing: filingLabel(section.filing),
    // "page-4=4|page-5=F-1": the page marks of this section, for the printed page of a hit.
    pages: section.pages.flatMap((page) => (page.printed === null ? [] : [`${page.anchor}=${page.printed}`])).join('|'),
    firstpage: firstPrintedPage(section, all) ?? '',
  };
  const filters: Record<string, string | null> = {
    filing: section.filing.slug,
    form: section.filing.formType ?? null,
    year: filingYear(section.filing),
  };
  const attributes: Record<string, string> = {};
  const metaKeys = Object.entries(meta).filter(([, value]) => value !== '');
  for (const [key, value] of metaKeys) attributes[`data-search-${key}`] = value;
  attributes['data-pagefind-meta'] = metaKeys.map(([key]) => `${key}[data-search-${key}]`).join(', ');
  const filterKeys = Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== '');
  for (const [key, value] of filterKeys) attributes[`data-filter-${key}`] = value;
  attributes['data-pagefind-filter'] = filterKeys.map(([key]) => `${key}[data-filter-${key}]`).join(', ');
  return attributes;
}
