import type { Root } from 'hast';
import { attr, selectAll } from './html-tree.ts';

/** A built page: its URL path ("/a/b/") and parsed tree. */
export interface SitePage {
  path: string;
  tree: Root;
}

/** One reference inside the site that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** A URL an element points at, and which element/attribute it came from. */
export interface PageReference {
  href: string;
  from: string;
}

// The site is served from this origin in the resolver below; any other origin is external.
const origin = 'http://site.invalid';

/** Every URL a page references: links, stylesheets, scripts, images, form actions, meta refresh. */
export function pageReferences(tree: Root): PageReference[] {
  const refs: PageReference[] = [];
  for (const element of selectAll(tree, () => true)) {
    const tag = element.tagName;
    const href = attr(element, 'href');
    if (href !== undefined && (tag === 'a' || tag === 'area' || tag === 'link')) refs.push({ href, from: `${tag}[href]` });
    const src = attr(element, 'src');
    if (src !== undefined && ['img', 'script', 'source', 'iframe', 'audio', 'video'].includes(tag)) {
      refs.push({ href: src, from: `${tag}[src]` });
    }
    const action = attr(element, 'action');
    if (action !== undefined && tag === 'form') refs.push({ href: action, from: 'form[action]' });
    if (tag === 'meta' && attr(element, 'httpEquiv')?.toLowerCase() === 'refresh') {
      // "0; url=/level3-2004-prospectus/risk-factors/#page-2"
      const match = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(element, 'content') ?? '');
      if (match?.[1]) refs.push({ href: match[1].trim(), from: 'meta[refresh]' });
    }
  }
  return refs;
}

/** Ids on a page, as fragment targets (`name` on `<a>` also counts, per HTML). */
export function fragmentTargets(tree: Root): Set<string> {
  const ids = new Set<string>();
  for (const element of selectAll(tree, () => true)) {
    const id = attr(element, 'id');
    if (id !== undefined) ids.add(id);
    const name = element.tagName === 'a' ? attr(element, 'name') : undefined;
    if (name !== undefined) ids.add(name);
  }
  return ids;
}

/**
 * References between pages of one built site that miss: no page or file at the
 * path, or no element with the fragment's id. `files` holds every built file's
 * URL path ("/_astro/x.css", "/a/index.html").
 */
export function findBrokenLinks(pages: readonly SitePage[], files: ReadonlySet<string>): BrokenLink[] {
  const targets = new Map(pages.map((page) => [page.path, fragmentTargets(page.tree)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { href, from } of pageReferences(page.tree)) {
      let url: URL;
      try {
        url = new URL(href, origin + page.path);
      } catch {
        broken.push({ page: page.path, href, reason: `${from}: not a URL` });
        continue;
      }
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      const ids = targets.get(path);
      if (ids === undefined && !files.has(path)) {
        broken.push({ page: page.path, href, reason: `${from}: no page or file at ${path}` });
        continue;
      }
      // "#" alone means the top of the page in HTML, so only named fragments need a target.
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '') continue;
      if (ids === undefined) {
        broken.push({ page: page.path, href, reason: `${from}: fragment #${fragment} on a non-HTML file` });
      } else if (!ids.has(fragment)) {
        broken.push({ page: page.path, href, reason: `${from}: no element with id "${fragment}" on ${path}` });
      }
    }
  }
  return broken;
}
