// The search behind every search box: Pagefind finds candidate pages, then each candidate's text is checked
// with the exact, normalised matcher (match.js), so a page that does not contain what was typed is never shown.
// Each remaining page gives one entry per place that holds a hit (paragraph, list item, table row, heading),
// with its nearest heading, its printed page and an excerpt around the hit.
import { containsAll, findMatches, pagefindTerm, parseQuery } from './match.js';

/** Candidates whose text is fetched at once at most (each is one fragment file, a section's text). */
const FETCH_BATCH = 6;
/** Candidates checked for each result asked for: bounds the fragments fetched when Pagefind's candidates are mostly not hits ("More results" goes on). */
const CANDIDATES_PER_RESULT = 5;
/** Places listed for one page; the rest are reached with next / previous on the page itself. */
export const PLACES_PER_PAGE = 3;
/** Characters of context shown before a hit: short enough that the hit stays on the excerpt's first lines on a phone. */
const CONTEXT_BEFORE = 60;
/** Characters of excerpt after the start of the hit (about three lines of the result list at desktop width). */
const CONTEXT_AFTER = 220;
/** Score multipliers: a hit in a heading, in a defined term ("the “Notes”") or in a table caption outranks a passing mention. */
const HEADING_BOOST = 4;
const DEFINED_TERM_BOOST = 3;
const CAPTION_BOOST = 2;

/** Elements that are a place a result can link to. Footnote reference links (`a`) are not. */
const PLACE_ELEMENT = /^(p|li|tr|td|th|dd|dt|blockquote|pre|caption|table|h[1-6])$/i;
const HEADING_ELEMENT = /^h[1-6]$/i;
/** Pagefind's own word separator: its anchor locations count words split this way. */
const WORD_SEPARATOR = /[^\S\uFEFF]+/g;

/** @type {Promise<any> | null} */
let pagefindModule = null;

/** Pagefind's options, for the first index and every merged one. */
const PAGEFIND_OPTIONS = { excerptLength: 12 };

/** The further indexes a large or sharded site is split into (pagefind/indexes.json lists them; none when it is absent). */
async function indexParts() {
  const response = await fetch('/pagefind/indexes.json').catch(() => null);
  if (!response?.ok) return [];
  const { parts } = await response.json();
  return Array.isArray(parts) ? parts : [];
}

/** Loads Pagefind once (its engine and index arrive only when a search starts), with every part of the index merged in. */
export function loadPagefind() {
  if (!pagefindModule) {
    pagefindModule = Promise.all([import('/pagefind/pagefind.js'), indexParts()]).then(async ([pagefind, parts]) => {
      await pagefind.options(PAGEFIND_OPTIONS);
      await Promise.all(parts.map((part) => pagefind.mergeIndex(`/pagefind/${part}`, PAGEFIND_OPTIONS)));
      return pagefind;
    });
  }
  return pagefindModule;
}

/** Starts fetching the engine and the index chunks a query needs, while the reader types. */
export async function preload(query, filters = {}) {
  const groups = parseQuery(query);
  if (groups.length === 0) return;
  const pagefind = await loadPagefind();
  await pagefind.preload(pagefindTerm(groups), { filters });
}

/** Start of each whitespace-separated word of `text` (Pagefind's word numbering). */
function wordStarts(text) {
  const starts = [0];
  for (const match of text.matchAll(WORD_SEPARATOR)) starts.push((match.index ?? 0) + match[0].length);
  return starts;
}

/** Index of the word holding character `offset`. */
function wordAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "page-4=4|page-5=F-1" (the section's page marks) to a map of anchor id to printed page. */
function pageMap(meta) {
  /** @type {Map<string, string>} */
  const map = new Map();
  for (const pair of (meta ?? '').split('|')) {
    const at = pair.indexOf('=');
    if (at > 0) map.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return map;
}

/** The printed page of a place id such as "page-4-p2" (paragraph 2 after page mark 4). */
function pageOfId(id, pages) {
  let best = null;
  let bestLength = 0;
  for (const [anchor, printed] of pages) {
    if (id.startsWith(`${anchor}-`) && anchor.length > bestLength) {
      best = printed;
      bestLength = anchor.length;
    }
  }
  return best;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

/** Pagefind ends a table cell that has no closing punctuation with ". ": in a row, "119,898. 0." reads "119,898 · 0". */
const cellEnds = (text) => text.replace(/(\d)\.(?=\s|$)/g, '$1 ·');

/** An excerpt of `content` around `hit`, starting no earlier than its place (`placeStart`), with every hit inside it marked, as HTML; `row` for a table row. */
function excerptAround(content, hit, hits, placeStart, row = false) {
  // `after` is the character before the text (a marked figure ends just before its cell's ". ").
  const plain = (text, after = '') => escapeHtml(row ? cellEnds(after + text).slice(after.length) : text);
  let from = Math.max(0, placeStart, hit.start - CONTEXT_BEFORE);
  let to = Math.min(content.length, hit.start + CONTEXT_AFTER);
  // Whole words at both ends.
  if (from > 0 && from > placeStart) {
    const space = content.indexOf(' ', from);
    if (space >= 0 && space < hit.start) from = space + 1;
  }
  if (to < content.length) {
    const space = content.lastIndexOf(' ', to);
    if (space > hit.end) to = space;
  }
  // An ellipsis where the excerpt cuts into its place, not where the place begins.
  let html = from > placeStart ? '… ' : '';
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to || h.start < at) continue;
    html += `${plain(content.slice(at, h.start), content[at - 1] ?? '')}<mark>${escapeHtml(content.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  html += plain(content.slice(at, to), content[at - 1] ?? '') + (to < content.length ? ' …' : '');
  return html;
}

/** True when the hit is wrapped in quotation marks: a defined term such as (the “Notes”). */
function isDefinedTerm(content, hit) {
  // The index may set a space between the quote and a term the page marks up (the "<dfn>Notes</dfn>").
  const before = content.slice(Math.max(0, hit.start - 2), hit.start);
  const after = content.slice(hit.end, hit.end + 2);
  return /["“]\s?$/.test(before) && /^\s?["”]/.test(after);
}

/** True when the page prints the whole query in quotation marks, as a term it defines: (the "Transfer Price"). */
function quotesQuery(content, query) {
  const words = query.replace(/["“”]/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const phrase = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`["“]\\s?${phrase}\\s?["”]`, 'i').test(content);
}

/**
 * One checked result: the page if its text holds every group, with its places.
 * @returns {null | { url: string, section: string, filing: string, score: number, places: any[], placeCount: number, hitCount: number }}
 */
export function placesOf(data, groups, query, score) {
  const content = data.content ?? '';
  if (!containsAll(content, groups)) return null;
  const hits = findMatches(content, groups);
  const starts = wordStarts(content);
  const anchors = (data.anchors ?? []).filter((a) => a.id && PLACE_ELEMENT.test(a.element)).sort((a, b) => a.location - b.location);
  const pages = pageMap(data.meta?.pages);
  const firstPage = data.meta?.firstpage || null;
  /** @type {Map<string, any>} */
  const places = new Map();
  // A single word is judged hit by hit below; a term of several words is judged as the whole query.
  let boost = quotesQuery(content, query) ? DEFINED_TERM_BOOST : 1;
  for (const hit of hits) {
    const word = wordAt(starts, hit.start);
    let place = null;
    let heading = null;
    let page = firstPage;
    for (const anchor of anchors) {
      if (anchor.location > word) break;
      place = anchor;
      if (HEADING_ELEMENT.test(anchor.element)) heading = anchor;
      page = pageOfId(anchor.id, pages) ?? page;
    }
    const key = place?.id ?? '';
    const inHeading = place !== null && HEADING_ELEMENT.test(place.element) && place === heading;
    if (inHeading) boost = Math.max(boost, HEADING_BOOST);
    else if (isDefinedTerm(content, hit)) boost = Math.max(boost, DEFINED_TERM_BOOST);
    else if (place?.element === 'caption') boost = Math.max(boost, CAPTION_BOOST);
    const existing = places.get(key);
    if (existing) {
      existing.hits += 1;
      continue;
    }
    places.set(key, {
      id: key,
      element: place?.element ?? '',
      heading: inHeading ? null : (heading?.text ?? null),
      page,
      hits: 1,
      excerpt: excerptAround(content, hit, hits, place ? (starts[place.location] ?? 0) : 0, place?.element === 'tr'),
      url: `${data.url}?q=${encodeURIComponent(query)}${key ? `#${encodeURIComponent(key)}` : ''}`,
    });
  }
  const list = [...places.values()];
  return {
    url: `${data.url}?q=${encodeURIComponent(query)}`,
    section: data.meta?.section ?? data.meta?.title ?? data.url,
    filing: data.meta?.filing ?? '',
    score: score * boost,
    filters: data.filters ?? {},
    places: list,
    placeCount: list.length,
    hitCount: hits.length,
  };
}

/**
 * Sections per filter value ({ filing: { acme: 3 } }) for the query, whatever filter is chosen, and whether
 * the counts are exact: they are when every candidate was checked with no filter narrowing them (each
 * checked page counted), else they are Pagefind's candidate counts, which may include pages the exact
 * check would drop ("up to").
 */
function countFilters(results, found, complete) {
  if (!complete) return { counts: found?.totalFilters ?? {}, exact: false };
  /** @type {Record<string, Record<string, number>>} */
  const counts = {};
  for (const result of results) {
    for (const [name, values] of Object.entries(result.filters ?? {})) {
      counts[name] ??= {};
      for (const value of /** @type {string[]} */ (values)) counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return { counts, exact: true };
}

/**
 * Searches for `query`: Pagefind's candidates in its order, each checked, until `limit` pages are found.
 * `filters` are Pagefind filters ({ filing: "slug" }). Returns the checked pages, best first, whether
 * more candidates remain unchecked, and the sections per filter value (`filterCounts`).
 */
export async function search(query, { filters = {}, limit = 10 } = {}) {
  const groups = parseQuery(query);
  if (groups.length === 0) return { groups, results: [], more: false, filterCounts: { counts: {}, exact: true } };
  const pagefind = await loadPagefind();
  const found = await pagefind.search(pagefindTerm(groups), { filters });
  const candidates = found?.results ?? [];
  const results = [];
  let next = 0;
  const checkAtMost = limit * CANDIDATES_PER_RESULT;
  while (next < candidates.length && results.length < limit && next < checkAtMost) {
    // No more fragments than results still wanted: a section's text is the largest download of a search.
    const batch = candidates.slice(next, next + Math.min(FETCH_BATCH, limit - results.length));
    next += batch.length;
    const datas = await Promise.all(batch.map((candidate) => candidate.data()));
    datas.forEach((data, i) => {
      const checked = placesOf(data, groups, query, batch[i]?.score ?? 0);
      if (checked) results.push(checked);
    });
  }
  results.sort((a, b) => b.score - a.score);
  const more = next < candidates.length || results.length > limit;
  const filterCounts = countFilters(results, found, !more && Object.keys(filters).length === 0);
  return { groups, results: results.slice(0, limit), more, filterCounts };
}
