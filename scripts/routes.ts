/**
 * The site's URL scheme, in one place: the parser writes links with it and the
 * Astro pages are generated at the same paths.
 */

/** `/<filing>/`: the contents page of a filing. */
export function filingUrl(filing: string): string {
  return `/${filing}/`;
}

/** `/<filing>/<section>/#hash`: a section page, optionally at an anchor. */
export function sectionUrl(filing: string, section: string, hash?: string): string {
  return `/${filing}/${section}/${hash ? `#${hash}` : ''}`;
}

/** `/<filing>/full/#hash`: the whole filing on one page. */
export function fullUrl(filing: string, hash?: string): string {
  return `/${filing}/full/${hash ? `#${hash}` : ''}`;
}

/** `/<filing>/glossary/`: the terms the filing defines. */
export function glossaryUrl(filing: string): string {
  return `/${filing}/glossary/`;
}

/** The route parameter for a page anchor: "page-4" -> "4", "ex-21-page-2" -> "ex-21-page-2". */
export function pageParam(anchor: string): string {
  return anchor.startsWith('page-') ? anchor.slice('page-'.length) : anchor;
}

/** `/<filing>/page/<n>/`: sends the reader to the section holding a printed page. */
export function pageUrl(filing: string, anchor: string): string {
  return `/${filing}/page/${pageParam(anchor)}/`;
}

/** `/<filing>/page/`: the list of a filing's printed pages (where "Go to page" lands without JavaScript). */
export function pagesIndexUrl(filing: string): string {
  return `/${filing}/page/`;
}

/** `/<filing>/page/<n>/original.txt`: one printed page as filed, fixed-width. */
export function pageOriginalUrl(filing: string, anchor: string): string {
  return `${pageUrl(filing, anchor)}original.txt`;
}

/** `/<filing>/original.txt`: the filing as filed. */
export function originalUrl(filing: string): string {
  return `/${filing}/original.txt`;
}
