import { pageParam } from '../routes.ts';
import { slugify } from './ids.ts';
import type { InlineRange } from './links.ts';
import type { Block, PageBreakInText, SectionDraft } from './types.ts';

/** Names for printed footnote markers that have no letters: "*" -> "star", "**" -> "star-star", "†" -> "dagger". */
const SYMBOL_NAMES: Record<string, string> = { '*': 'star', '†': 'dagger', '‡': 'double-dagger', '#': 'hash', '+': 'plus', '§': 'section' };

/** The label part for a printed marker: "1" -> "1", "(a)" -> "a", "*" -> "star", "**" -> "star-star". */
export function markerLabel(marker: string): string {
  const bare = marker.trim().replace(/^[([]+|[)\].]+$/g, '');
  const named = [...bare].map((c) => SYMBOL_NAMES[c]);
  if (bare && named.every((n) => n !== undefined)) return named.join('-');
  return slugify(bare, 20) || 'note';
}

/** A table note's label: table k (1-based over the filing), marker "1" -> "t3-1". */
export function tableNoteLabel(table: number, marker: string): string {
  return `t${table}-${markerLabel(marker)}`;
}

/** A page footnote's label: page anchor "page-4", marker "1" -> "p4-1"; `page` names an unnumbered page. */
export function pageNoteLabel(page: string, marker: string): string {
  return `p${pageParam(page)}-${markerLabel(marker)}`;
}

/** The marker as printed without its brackets: "(1)" -> "1". */
export function bareMarker(marker: string): string {
  return marker.trim().replace(/^[([]+|[)\]]+$/g, '');
}

/** Where a page footnote's definition goes and which text it is referenced from. */
export interface PageNotePlan {
  /** Label of each footnoteDefinition block that found its reference; the others stay paragraphs. */
  labels: Map<Block, string>;
  /** Footnote reference ranges per paragraph block or list item. */
  refs: Map<object, InlineRange[]>;
}

/** A stretch of a paragraph's text that lies on one physical page. */
interface TextOnPage {
  owner: object;
  text: string;
  from: number;
  to: number;
  pageIndex: number;
}

/** Splits a text at its page breaks into stretches per physical page. */
function stretches(owner: object, text: string, pageIndex: number, breaks: PageBreakInText[] = []): TextOnPage[] {
  const out: TextOnPage[] = [];
  let from = 0;
  let page = pageIndex;
  for (const b of [...breaks].sort((x, y) => x.offset - y.offset)) {
    out.push({ owner, text, from, to: b.offset, pageIndex: page });
    from = b.offset;
    page = b.pos.pageIndex;
  }
  out.push({ owner, text, from, to: text.length, pageIndex: page });
  return out;
}

/** Escapes a string for a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A marker as a reference in running text: right after a letter or punctuation,
 * never after a space (in-text enumerations: "include, (1) the risks") nor a
 * digit (statute clauses: "Section 13(a)").
 */
function referencePattern(marker: string): RegExp {
  const bare = bareMarker(marker);
  const forms = [`(${bare})`, `[${bare}]`];
  if (/^[*†‡#]+$/.test(bare)) forms.push(bare);
  const alternatives = forms.map(escapeRegExp).join('|');
  return new RegExp(`(?<=[A-Za-z.,;:"'\u2019\u201d)\\]])(?:${alternatives})(?![\\w*])`, 'g');
}

/**
 * Pairs each page footnote definition of a section with the first reference to
 * its marker in text on the same physical page, before it. A definition with no
 * reference is left out of `labels` (the caller keeps it as a paragraph).
 */
export function planPageNotes(
  section: SectionDraft,
  pageName: (pageIndex: number) => string,
  claim: (label: string) => string,
): PageNotePlan {
  const labels = new Map<Block, string>();
  const refs = new Map<object, InlineRange[]>();
  const seen: TextOnPage[] = [];
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') seen.push(...stretches(block, block.text, block.pos.pageIndex, block.pageBreaks));
    else if (block.kind === 'list') for (const item of block.items) seen.push(...stretches(item, item.text, item.pos.pageIndex, item.pageBreaks));
    if (block.kind !== 'footnoteDefinition') continue;
    const pattern = referencePattern(block.label);
    for (const stretch of seen) {
      if (stretch.pageIndex !== block.pos.pageIndex) continue;
      const taken = refs.get(stretch.owner) ?? [];
      pattern.lastIndex = 0;
      const found = [...stretch.text.slice(stretch.from, stretch.to).matchAll(pattern)]
        .map((m) => ({ start: stretch.from + (m.index ?? 0), end: stretch.from + (m.index ?? 0) + m[0].length }))
        .find((m) => !taken.some((t) => m.start < t.end && t.start < m.end));
      if (!found) continue;
      const label = claim(pageNoteLabel(pageName(block.pos.pageIndex), block.label));
      labels.set(block, label);
      refs.set(stretch.owner, [...taken, { ...found, kind: 'footnoteRef', label }]);
      break;
    }
  }
  return { labels, refs };
}
