/** The filing page's table of contents and exhibit list, from front matter alone. */
import { readableTitle } from '../../scripts/readable-case.ts';
import { sectionUrl } from '../../scripts/routes.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** One link in a contents list, with the printed page it starts on when the filing numbers its pages. */
export interface ContentsLink {
  text: string;
  url: string;
  page?: string;
}

/** A section with its subsections (front-matter headings of depth 3) and, for a PART, its Items. */
export interface ContentsEntry extends ContentsLink {
  subsections: ContentsLink[];
  children: ContentsEntry[];
}

/** An exhibit (a document other than the main one) and where it starts. */
export interface ExhibitEntry extends ContentsLink {
  type: string;
}

/** A section's front matter and whether its text opens with a page mark (it starts at the top of its first page). */
export type ContentsSource = SectionFrontMatter & { opensPage?: boolean };

// "PART II" heads the Items that follow it in a 10-K; "ITEM 7." is one of them.
const PART = /^part\s+[ivx\d]+\b/i;
const ITEM = /^item\s+\d/i;

/** The printed page each section starts on: its own first page when it opens with one, else the last page before it. */
export function startPages(sections: readonly ContentsSource[]): (string | undefined)[] {
  let last: string | undefined;
  let documentSeen: number | undefined;
  return sections.map((s) => {
    // Each document numbers its own pages.
    if (s.document.sequence !== documentSeen) [documentSeen, last] = [s.document.sequence, undefined];
    const first = s.pages[0]?.printed ?? undefined;
    const start = s.opensPage || last === undefined ? (first ?? last) : last;
    const lastOwn = s.pages.at(-1)?.printed;
    if (lastOwn) last = lastOwn;
    return start;
  });
}

/** The main document's sections after the cover, in Title Case, with page numbers, Items nested under their PART. */
export function contentsOf(sections: readonly ContentsSource[]): ContentsEntry[] {
  const main = sections[0]?.document.sequence;
  const pages = startPages(sections);
  const entries: ContentsEntry[] = [];
  let part: ContentsEntry | undefined;
  sections.forEach((s, i) => {
    if (s.kind === 'cover' || s.document.sequence !== main) return;
    const page = pages[i];
    const entry: ContentsEntry = {
      text: readableTitle(s.title),
      url: sectionUrl(s.filing.slug, s.slug),
      ...(page ? { page } : {}),
      subsections: s.headings
        .filter((h) => h.depth === 3)
        .map((h) => ({ text: readableTitle(h.text), url: sectionUrl(s.filing.slug, s.slug, h.id) })),
      children: [],
    };
    if (part && ITEM.test(s.title)) return void part.children.push(entry);
    part = PART.test(s.title) ? entry : undefined;
    entries.push(entry);
  });
  return entries;
}

/** "EX-99.01 — PRESS RELEASE" -> "Press Release"; a title that only repeats the type gives nothing. */
function exhibitName(type: string, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const rest = text.startsWith(type) ? text.slice(type.length).replace(/^[\s—–:-]+/, '') : text;
  // "EXHIBIT 10.A.46" and "EX-99.01" name the exhibit by its number alone: no description.
  if (rest === '' || /^(?:ex(?:hibit)?[\s.-]*)?[\d.()a-z-]+$/i.test(rest)) return undefined;
  return readableTitle(rest);
}

/** Each document after the first (the main one) once, linked to its first section, named as the filing's exhibit index names it, else by its description or title. */
export function exhibitsOf(sections: readonly SectionFrontMatter[]): ExhibitEntry[] {
  const main = sections[0]?.document.sequence;
  const seen = new Set<number>();
  const exhibits: ExhibitEntry[] = [];
  for (const s of sections) {
    if (s.document.sequence === main || seen.has(s.document.sequence)) continue;
    seen.add(s.document.sequence);
    exhibits.push({
      type: s.document.type,
      text: (s.document.title && readableTitle(s.document.title)) ?? exhibitName(s.document.type, s.document.description) ?? exhibitName(s.document.type, s.title) ?? '',
      url: sectionUrl(s.filing.slug, s.slug),
    });
  }
  return exhibits;
}
