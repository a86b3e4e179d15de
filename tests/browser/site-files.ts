import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { listFiles, listHtmlFiles, urlPathOf } from '../../scripts/check-site/list-site-pages.ts';
import { parseHtml } from '../../scripts/check-site/html-tree.ts';
import { RESERVED_SLUGS } from '../../scripts/parser/ids.ts';

/** A built HTML page read from disk. */
export interface BuiltPage {
  /** File relative to the dist folder, e.g. "level3-2004-prospectus/risk-factors/index.html". */
  file: string;
  /** URL path it is served at, e.g. "/level3-2004-prospectus/risk-factors/". */
  path: string;
  html: string;
  tree: Root;
}

/** Every HTML page of a built site, parsed. */
export function readBuiltPages(dist: string): BuiltPage[] {
  return listHtmlFiles(dist).map((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    return { file, path: urlPathOf(file), html, tree: parseHtml(html) };
  });
}

/** URL paths of every built file ("/_astro/a.css", "/x/index.html"), for link checks. */
export function builtFilePaths(dist: string): Set<string> {
  return new Set(listFiles(dist).map((file) => `/${file}`));
}

/** The section pages of one filing: `/<slug>/<section>/`, not the whole-document or page-redirect routes (the slugs sections may not take). */
export function sectionPages(pages: readonly BuiltPage[], slug: string): BuiltPage[] {
  const pattern = new RegExp(`^/${slug}/([^/]+)/$`);
  return pages.filter((page) => {
    const section = pattern.exec(page.path)?.[1];
    return section !== undefined && !RESERVED_SLUGS.includes(section);
  });
}
