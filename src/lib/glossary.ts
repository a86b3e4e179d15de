/** A filing's glossary from its sections' front matter: every defined term, its definition and the sections that use it. */
import { sectionUrl } from '../../scripts/routes.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';
import { sectionLabel } from './filings.ts';

/** A place a term is defined or used: the section's label and a link into it. */
export interface GlossaryPlace {
  label: string;
  url: string;
}

/** One term of the glossary. */
export interface GlossaryEntry {
  term: string;
  sentence: string;
  definition: GlossaryPlace;
  uses: GlossaryPlace[];
}

/** Terms in alphabetical order (case-insensitive, then as printed), each with where it is defined and used. */
export function buildGlossary(filing: string, sections: readonly SectionFrontMatter[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const section of sections) {
    for (const t of section.terms) {
      entries.set(t.id, { term: t.term, sentence: t.sentence, definition: { label: sectionLabel(section), url: sectionUrl(filing, section.slug, t.id) }, uses: [] });
    }
  }
  for (const section of sections) {
    for (const id of section.termsUsed) entries.get(id)?.uses.push({ label: sectionLabel(section), url: sectionUrl(filing, section.slug) });
  }
  const key = (term: string) => term.toLowerCase();
  return [...entries.values()].sort((a, b) => (key(a.term) < key(b.term) ? -1 : key(a.term) > key(b.term) ? 1 : a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
