/** The library page's shelves: filings grouped by company, companies in name order, each company's filings by date. */
import { byCodeUnits } from '../../scripts/code-unit-order.ts';
import type { LibraryEntry } from '../../scripts/section-schema.ts';

/** One company and its filings, oldest first. */
export interface Shelf {
  company: string;
  filings: LibraryEntry[];
}

/** The key that groups filings of one company: its CIK when the header gives one, else its name. */
function companyKey(entry: LibraryEntry): string {
  return entry.filing.cik ? `cik:${entry.filing.cik.replace(/^0+/, '')}` : `name:${entry.filing.title.toLowerCase()}`;
}

/** Groups the library by company; a company is named by its latest filing's title. */
export function shelvesOf(entries: readonly LibraryEntry[]): Shelf[] {
  const byKey = new Map<string, LibraryEntry[]>();
  for (const entry of entries) byKey.set(companyKey(entry), [...(byKey.get(companyKey(entry)) ?? []), entry]);
  const date = (e: LibraryEntry) => e.filing.filingDate ?? '';
  return [...byKey.values()]
    .map((filings) => {
      const sorted = filings.slice().sort((a, b) => byCodeUnits(date(a), date(b)) || byCodeUnits(a.filing.slug, b.filing.slug));
      return { company: sorted.at(-1)!.filing.title, filings: sorted };
    })
    .sort((a, b) => a.company.localeCompare(b.company, 'en') || byCodeUnits(a.filings[0]!.filing.slug, b.filings[0]!.filing.slug));
}
