/** The `/<filing>/page/<n>/` routes: one per printed page, each pointing at the section where it starts. */
import { pageParam, sectionUrl } from '../../scripts/routes.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

/** One page route and its target. */
export interface PageRedirect {
  filing: string;
  param: string;
  /** "Page 4", or the anchor when the page has no printed number. */
  label: string;
  target: string;
}

/** Every page anchor of every section; the first section holding an anchor wins if the parser repeats one. */
export function pageRedirectsOf(sections: readonly SectionFrontMatter[]): PageRedirect[] {
  const seen = new Set<string>();
  const redirects: PageRedirect[] = [];
  for (const s of sections) {
    for (const page of s.pages) {
      const key = `${s.filing.slug}/${pageParam(page.anchor)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      redirects.push({
        filing: s.filing.slug,
        param: pageParam(page.anchor),
        label: page.printed === null ? page.anchor : `Page ${page.printed}`,
        target: sectionUrl(s.filing.slug, s.slug, page.anchor),
      });
    }
  }
  return redirects;
}

/** The main document's printed page numbers as a reader finds them at `/<filing>/page/<n>/`: "2–8", or undefined when it prints none. */
export function printedPageRange(sections: readonly SectionFrontMatter[]): string | undefined {
  const main = sections[0]?.document.sequence;
  const printed = sections.filter((s) => s.document.sequence === main).flatMap((s) => s.pages.flatMap((p) => (p.printed === null ? [] : [p.printed])));
  if (printed.length === 0) return undefined;
  return printed.length === 1 ? printed[0] : `${printed[0]}–${printed.at(-1)}`;
}
