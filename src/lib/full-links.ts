/** On the whole-filing page, links into the filing's own sections stay on the page: `/<filing>/<section>/#x` becomes `#x`. */
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** The id a section starts at on the whole-filing page: its title heading, or (the cover has none) its wrapper. */
export function fullAnchorOf(section: Pick<SectionFrontMatter, 'kind' | 'slug' | 'headings'>): string {
  return section.kind !== 'cover' && section.headings[0] ? section.headings[0].id : `section-${section.slug}`;
}

/** Rewrites every `href` into this filing's sections (and page routes) to a fragment of the whole-filing page. */
export function localiseLinks(html: string, filing: string, sections: readonly Pick<SectionFrontMatter, 'kind' | 'slug' | 'headings'>[]): string {
  const starts = new Map(sections.map((s) => [s.slug, fullAnchorOf(s)]));
  const escaped = filing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`href="/${escaped}/(page/)?([^/"#]+)/(?:#([^"]*))?"`, 'g');
  return html.replace(pattern, (whole, page: string | undefined, part: string, hash: string | undefined) => {
    // "/<filing>/page/4/" is the page-4 anchor; an exhibit's parameter is the anchor itself ("ex-21-page-2"), as pageParam writes them.
    if (page) return `href="#${part.includes('page-') ? part : `page-${part}`}"`;
    if (hash) return starts.has(part) ? `href="#${hash}"` : whole;
    const start = starts.get(part);
    return start ? `href="#${start}"` : whole;
  });
}

/** Markdown a whole-filing page may hold before it keeps to the main document: about 2 MB of HTML, which takes seconds to load on a phone. */
export const FULL_PAGE_MARKDOWN_BUDGET = 1_500_000;

/** The sections the whole-filing page shows: all of them, or the main document's alone when the filing is over the budget (each exhibit then reads on its own pages). */
export function fullPageSections<T extends { data: Pick<SectionFrontMatter, 'document'>; body?: string | undefined }>(sections: readonly T[], budget = FULL_PAGE_MARKDOWN_BUDGET): { shown: T[]; whole: boolean } {
  const size = sections.reduce((sum, s) => sum + (s.body?.length ?? 0), 0);
  if (size <= budget) return { shown: [...sections], whole: true };
  const main = sections[0]?.data.document.sequence;
  return { shown: sections.filter((s) => s.data.document.sequence === main), whole: false };
}
