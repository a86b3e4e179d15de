/**
 * What a document's printed contents says about its headings: which lines are headings (a line
 * standing alone whose words are an entry's title) and how deep each listed heading sits (the
 * entry's indent under its group heads). Used by two post-passes: `contents-headings` (titles) and
 * `heading-levels` (depths).
 */
import type { Block, TocEntry } from './types.ts';
import type { BlockState, HeadingStyle } from './rules/state.ts';
import { PART_ITEM } from './rules/heading-style.ts';

type HeadingBlock = Extract<Block, { kind: 'heading' }>;
type TocBlock = Extract<Block, { kind: 'toc' }>;

/** Letters and digits only, lower case: how a heading and a contents entry are compared ("ITEM 1.  BUSINESS" = "Item 1. Business"). */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Fewest letters a title must share before a heading that starts like an entry (or an entry like a heading) is taken as it: "Consolidated Balance Sheets" for "Consolidated Balance Sheets at September 30, 1994". */
const MIN_PREFIX = 6;

/** Longest paragraph read as a title the contents lists: two full lines of an 80-column page. */
const MAX_TITLE = 160;

/** Fewest of a contents' entries the headings must name before its indents decide their levels: one may be a chance match. */
const MIN_LISTED = 2;

/**
 * The entry a heading's text names: the same words, else (for an entry with a page) one starting
 * with the other; null when none. A group head with no page ("PROSPECTUS SUPPLEMENT") names only a
 * heading of its very words, not every title that starts like it. Of several, the first listed.
 */
export function entryFor(text: string, entries: readonly TocEntry[]): TocEntry | null {
  const key = titleKey(text);
  if (key === '') return null;
  const index = indexOf(entries);
  const same = index.exact.get(key);
  if (same !== undefined) return entries[same]!;
  // An entry that starts with the heading's words, and one whose words start the heading's: the first listed wins.
  let best = index.startsWith.get(key) ?? Infinity;
  for (let n = MIN_PREFIX; n < key.length; n++) best = Math.min(best, index.paged.get(key.slice(0, n)) ?? Infinity);
  return best === Infinity ? null : entries[best]!;
}

/** Lookups over a contents' entries, built once per list: by whole key, by each prefix of a paged entry's key, paged entries by key. */
interface ContentsIndex {
  exact: Map<string, number>;
  startsWith: Map<string, number>;
  paged: Map<string, number>;
}

const indexes = new WeakMap<readonly TocEntry[], ContentsIndex>();

/** The index of a list of entries (first occurrence kept for each key), so matching a heading costs its own length, not the list's. */
function indexOf(entries: readonly TocEntry[]): ContentsIndex {
  const known = indexes.get(entries);
  if (known) return known;
  const index: ContentsIndex = { exact: new Map(), startsWith: new Map(), paged: new Map() };
  entries.forEach((entry, i) => {
    const key = titleKey(entry.title);
    if (key === '') return;
    if (!index.exact.has(key)) index.exact.set(key, i);
    if (entry.page === null) return;
    if (!index.paged.has(key)) index.paged.set(key, i);
    for (let n = MIN_PREFIX; n < key.length; n++) if (!index.startsWith.has(key.slice(0, n))) index.startsWith.set(key.slice(0, n), i);
  });
  indexes.set(entries, index);
  return index;
}

/** The entries of each printed contents: toc blocks with only page breaks between them are one contents split by pages. */
export function contentsLists(blocks: readonly Block[]): TocEntry[][] {
  const lists: TocEntry[][] = [];
  let current: TocEntry[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'toc') {
      if (!current) lists.push((current = []));
      current.push(...block.entries);
    } else if (block.kind !== 'pageBreak') current = null;
  }
  return lists;
}

/**
 * A post-pass: a paragraph standing alone whose whole text is the title of a contents entry that
 * carries a page ("Use of Proceeds....S-8") is that entry's heading, however plainly it is typed.
 * A title is taken as often as the contents lists it, first occurrences first; group heads with
 * no page ("PROSPECTUS SUPPLEMENT") name no heading of their own.
 */
export function contentsHeadings(blocks: readonly Block[], state: BlockState): Block[] {
  const left = new Map<string, number>();
  for (const list of contentsLists(blocks)) {
    for (const entry of list) {
      const key = titleKey(entry.title);
      if (entry.page !== null && key.length > 0) left.set(key, (left.get(key) ?? 0) + 1);
    }
  }
  if (left.size === 0) return [...blocks];
  return blocks.map((block) => {
    if (block.kind !== 'paragraph' || block.leadIn !== undefined || block.pageBreaks.length > 0 || block.text.length > MAX_TITLE) return block;
    const key = titleKey(block.text);
    const count = left.get(key) ?? 0;
    // A sentence is not a title, even when it is all an entry says.
    if (count === 0 || /[.:;]$/.test(block.text.trim())) return block;
    left.set(key, count - 1);
    const heading: HeadingBlock = { kind: 'heading', depth: 2, text: block.text, pos: block.pos };
    state.headingStyles.set(heading, PART_ITEM.test(block.text) ? 'part-item' : 'contents');
    return heading;
  });
}

/** Styles whose place the contents never moves: PART and ITEM labels share the top so each ITEM is a section, and SIGNATURES closes the filing. */
const FIXED: ReadonlySet<HeadingStyle> = new Set(['part-item', 'article', 'closing']);

/**
 * The contents level of each heading the document's contents lists (the contents that names the
 * most of its headings), counted from the shallowest listed heading; empty when no contents names
 * at least two, or when the document is outlined by PART and ITEM labels its contents does not
 * list. Labelled headings (PART, ITEM, ARTICLE) and closing parts keep their fixed place.
 */
export function listedLevels(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): Map<Block, number> {
  const all = blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
  const headings = all.filter((b) => !FIXED.has(styles.get(b) as HeadingStyle));
  const labels = all.filter((b) => styles.get(b) === 'part-item');
  let best = new Map<Block, number>();
  for (const entries of contentsLists(blocks)) {
    // Where PART and ITEM labels make the outline, only a contents that lists them is the document's own:
    // an index to the financial statements under one ITEM says nothing of the headings elsewhere.
    if (labels.length > 0 && !labels.some((label) => entryFor(label.text, entries))) continue;
    const found = new Map<Block, number>();
    for (const heading of headings) {
      const entry = entryFor(heading.text, entries);
      // A group head ("PROSPECTUS SUPPLEMENT") printed again as a cover title holds no sections: only entries with a page set levels.
      if (entry && entry.page !== null) found.set(heading, entry.level);
    }
    if (found.size > best.size) best = found;
  }
  if (best.size < MIN_LISTED) return new Map();
  const top = Math.min(...best.values());
  return new Map([...best].map(([block, level]) => [block, level - top]));
}
