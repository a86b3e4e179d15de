/** Groups the section collection into filings, each with its sections in reading order. */
import { byCodeUnits } from '../../scripts/code-unit-order.ts';
import { readableTitle } from '../../scripts/readable-case.ts';
import type { FilingInfo, SectionFrontMatter } from '../../scripts/section-schema.ts';

/** The shape of a collection entry these helpers need (Astro's CollectionEntry fits it). */
export interface SectionLike {
  id: string;
  data: SectionFrontMatter;
}

/** A filing and its sections, sorted by `order`. */
export interface FilingGroup<T extends SectionLike> {
  filing: FilingInfo;
  sections: T[];
}

/** Every filing once, sorted by slug, its sections sorted by order (then id, for a stable tie-break). */
export function groupFilings<T extends SectionLike>(entries: readonly T[]): FilingGroup<T>[] {
  const bySlug = new Map<string, T[]>();
  for (const entry of entries) {
    const list = bySlug.get(entry.data.filing.slug) ?? [];
    list.push(entry);
    bySlug.set(entry.data.filing.slug, list);
  }
  return [...bySlug.keys()].sort().map((slug) => {
    const sections = (bySlug.get(slug) ?? []).slice().sort((a, b) => a.data.order - b.data.order || byCodeUnits(a.id, b.id));
    return { filing: sections[0]!.data.filing, sections };
  });
}

/**
 * The label of a section in navigation, in readable case: the cover has no title heading, so it gets a plain name;
 * an exhibit the filing's exhibit index names is labelled with its type and that name ("EX-27 — Financial Data Schedule").
 */
export function sectionLabel(section: Pick<SectionFrontMatter, 'kind' | 'title'> & { document?: Pick<SectionFrontMatter['document'], 'type' | 'title'> }): string {
  if (section.kind === 'cover') return 'Cover page';
  const indexed = section.kind === 'document' ? section.document?.title : undefined;
  return indexed ? `${section.document!.type} — ${readableTitle(indexed)}` : readableTitle(section.title);
}
