/** Picks one built page of each type from a site's out dir, for the page-weight table. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_SLUGS } from '../parser/ids.ts';

/** The page types the site has, as HTML files relative to the out dir. */
export interface SitePages {
  library: string | null;
  contents: string | null;
  section: string | null;
  document: string | null;
}

/** Top-level folders that are filings: those holding a whole-document page (`<filing>/full/`). */
export function filingDirs(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((name) => existsSync(join(outDir, name, 'full', 'index.html')))
    .sort();
}

/** One page of each type for the first filing; the section is the median-sized one, to be typical. */
export function pickSitePages(outDir: string): SitePages {
  const filing = filingDirs(outDir)[0];
  const exists = (rel: string): string | null => (existsSync(join(outDir, rel)) ? rel : null);
  if (!filing) return { library: exists('index.html'), contents: null, section: null, document: null };
  const sections = readdirSync(join(outDir, filing))
    .filter((name) => !RESERVED_SLUGS.includes(name) && existsSync(join(outDir, filing, name, 'index.html')))
    .map((name) => ({ rel: `${filing}/${name}/index.html`, size: statSync(join(outDir, filing, name, 'index.html')).size }))
    .sort((a, b) => a.size - b.size || a.rel.localeCompare(b.rel));
  return {
    library: exists('index.html'),
    contents: exists(`${filing}/index.html`),
    section: sections[Math.floor(sections.length / 2)]?.rel ?? null,
    document: exists(`${filing}/full/index.html`),
  };
}
