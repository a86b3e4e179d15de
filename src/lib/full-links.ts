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
