/** The filing page's table of contents and exhibit list, from front matter alone. */
import { sectionUrl } from '../../scripts/routes.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** One link in a contents list. */
export interface ContentsLink {
  text: string;
  url: string;
}

/** A section with its subsections (front-matter headings of depth 3). */
export interface ContentsEntry extends ContentsLink {
  subsections: ContentsLink[];
}

/** An exhibit (a document other than the main one) and where it starts. */
export interface ExhibitEntry extends ContentsLink {
  type: string;
  description?: string;
}

/** Sections of kind section/document in order, each with links to its depth-3 headings. */
export function contentsOf(sections: readonly SectionFrontMatter[]): ContentsEntry[] {
  return sections
    .filter((s) => s.kind !== 'cover')
    .map((s) => ({
      text: s.title,
      url: sectionUrl(s.filing.slug, s.slug),
      subsections: s.headings
        .filter((h) => h.depth === 3)
        .map((h) => ({ text: h.text, url: sectionUrl(s.filing.slug, s.slug, h.id) })),
    }));
}

/** Each document after the first (the main one) once, linked to its first section. */
export function exhibitsOf(sections: readonly SectionFrontMatter[]): ExhibitEntry[] {
  const main = sections[0]?.document.sequence;
  const seen = new Set<number>();
  const exhibits: ExhibitEntry[] = [];
  for (const s of sections) {
    if (s.document.sequence === main || seen.has(s.document.sequence)) continue;
    seen.add(s.document.sequence);
    exhibits.push({
      type: s.document.type,
      ...(s.document.description ? { description: s.document.description } : {}),
      text: s.title,
      url: sectionUrl(s.filing.slug, s.slug),
    });
  }
  return exhibits;
}
