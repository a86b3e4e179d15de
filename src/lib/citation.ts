/**
 * What /reader.js needs to cite a block: the filing as a lawyer writes it ("Level 3 Communications, Inc., Prospectus
 * (May 26, 2004)"), the section's title in readable case and the printed page the section starts on. The block's own
 * page is the last page mark before it, found in the browser, which joins the three into the citation
 * (tests/browser/reading-features.test.ts checks the text it copies).
 */
import type { FilingInfo, PageAnchor, SectionFrontMatter } from '../../scripts/section-schema.ts';
import { formName, readableDate } from './describe.ts';
import { sectionLabel } from './filings.ts';

/** "Level 3 Communications, Inc., Prospectus (May 26, 2004)": company, document kind and date, as far as the header says. */
export function citedFiling(filing: FilingInfo): string {
  const kind = formName(filing);
  const date = filing.filingDate ?? filing.period;
  return `${[filing.title, kind].filter(Boolean).join(', ')}${date ? ` (${readableDate(date)})` : ''}`;
}

/** The numbered page a section starts on: the last numbered page mark of the sections before it. */
function pageAtStart(section: SectionFrontMatter, all: readonly SectionFrontMatter[]): PageAnchor | null {
  let found: PageAnchor | null = null;
  for (const other of [...all].sort((a, b) => a.order - b.order)) {
    if (other.order >= section.order) break;
    for (const page of other.pages) if (page.printed !== null) found = page;
  }
  return found;
}

/** The data-cite-* attributes of the element that holds a section's text (the page it starts on as printed and as an anchor). */
export function citeAttributes(section: SectionFrontMatter, all: readonly SectionFrontMatter[]): Record<string, string> {
  const page = pageAtStart(section, all);
  return {
    'data-cite-filing': citedFiling(section.filing),
    'data-cite-section': sectionLabel(section),
    ...(page?.printed ? { 'data-cite-page': page.printed, 'data-cite-anchor': page.anchor } : {}),
  };
}
