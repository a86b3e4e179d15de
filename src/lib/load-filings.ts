/** Reads the sections collection once per build and groups it by filing (with load-library.ts, the only modules that touch astro:content). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupFilings, type FilingGroup } from './filings.ts';

/** A section entry as Astro gives it (renderable). */
export type SectionEntry = CollectionEntry<'sections'>;

let cached: Promise<FilingGroup<SectionEntry>[]> | undefined;

/** Every filing with its sections in order. */
export function loadFilings(): Promise<FilingGroup<SectionEntry>[]> {
  cached ??= getCollection('sections').then((entries) => groupFilings(entries));
  return cached;
}

/** Props of a page built once per filing (`/<filing>/`, `/<filing>/full/`). */
export interface FilingPageProps {
  group: FilingGroup<SectionEntry>;
}

/** `getStaticPaths` for a page built once per filing: the filing's slug as `filing`, its group as props. */
export async function filingPaths(): Promise<Array<{ params: { filing: string }; props: FilingPageProps }>> {
  const filings = await loadFilings();
  return filings.map((group) => ({ params: { filing: group.filing.slug }, props: { group } }));
}

/** True when a section's text opens with a page mark: it starts at the top of its first printed page. */
export function opensPage(entry: { body?: string | undefined }): boolean {
  return /^\s*<a class="page-mark"/.test(entry.body ?? '');
}
