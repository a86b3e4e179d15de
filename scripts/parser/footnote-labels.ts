import { pageParam } from '../routes.ts';
import { slugify } from './ids.ts';
import type { InlineRange } from './links.ts';
import type { Block, PageBreakInText, SectionDraft, TableCell } from './types.ts';

/** A cell's text as rendered: one space between words. */
export function cellText(cell: TableCell): string {
  return cell.text.replace(/\s+/g, ' ').trim();
}

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
  /** Footnote reference ranges per paragraph block, list item or table cell. */
  refs: Map<object, InlineRange[]>;
  /** Table cell markers the table's own notes do not define but a page footnote does: label by bare marker, per table block. */
  cellRefs: Map<Block, Map<string, string>>;
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
 * Pairs each page footnote definition of a section with what cites it on the
 * same physical page, before it: a table cell marker the table's own notes do
 * not define, else the marker in a cell's text, else the first reference to it
 * in running text. A
 * definition with no reference is left out of `labels` (the caller keeps it as
 * a paragraph).
 */
export function planPageNotes(
  section: SectionDraft,
  pageName: (pageIndex: number) => string,
  claim: (label: string) => string,
): PageNotePlan {
  const labels = new Map<Block, string>();
  const refs = new Map<object, InlineRange[]>();
  const cellRefs = new Map<Block, Map<string, string>>();
  // Text and tables seen so far, by physical page: a note only looks at its own page, so a
  // section of thousands of pages with a note on each stays linear.
  const seenOnPage = new Map<number, TextOnPage[]>();
  const tablesOnPage = new Map<number, Extract<Block, { kind: 'table' }>[]>();
  const addTo = <T,>(map: Map<number, T[]>, page: number, item: T): void => {
    const list = map.get(page);
    if (list === undefined) map.set(page, [item]);
    else if (list[list.length - 1] !== item) list.push(item);
  };
  const see = (parts: TextOnPage[]): void => {
    for (const part of parts) addTo(seenOnPage, part.pageIndex, part);
  };
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') see(stretches(block, block.text, block.pos.pageIndex, block.pageBreaks));
    else if (block.kind === 'list') for (const item of block.items) see(stretches(item, item.text, item.pos.pageIndex, item.pageBreaks));
    else if (block.kind === 'table') for (const pos of [block.pos, ...block.pageBreaks]) addTo(tablesOnPage, pos.pageIndex, block);
    if (block.kind !== 'footnoteDefinition') continue;
    const marker = bareMarker(block.label);
    const tables = tablesOnPage.get(block.pos.pageIndex) ?? [];
    // A table header citing a note printed at the page foot, not under the table: "NOTES*" ... "*Notes appear on pages 65-66."
    const citing = tables.find(
      (t) =>
        !t.table.notes.some((n) => bareMarker(n.marker) === marker) &&
        !cellRefs.get(t)?.has(marker) &&
        [t.table.header, ...t.table.rows.map((r) => r.cells)].some((cells) => cells.some((c) => c.notes.some((n) => bareMarker(n) === marker))),
    );
    if (citing) {
      const label = claim(pageNoteLabel(pageName(block.pos.pageIndex), block.label));
      labels.set(block, label);
      cellRefs.set(citing, (cellRefs.get(citing) ?? new Map<string, string>()).set(marker, label));
      continue;
    }
    const pattern = referencePattern(block.label);
    // The marker still inside a cell's text ("NOTES*"), in a table on the same page.
    const cell = tables
      .flatMap((t) => [t.table.header, ...t.table.rows.map((r) => r.cells)].flat())
      .find((c) => !refs.has(c) && new RegExp(pattern.source).test(cellText(c)));
    if (cell) {
      const m = new RegExp(pattern.source).exec(cellText(cell))!;
      const label = claim(pageNoteLabel(pageName(block.pos.pageIndex), block.label));
      labels.set(block, label);
      refs.set(cell, [{ start: m.index, end: m.index + m[0].length, kind: 'footnoteRef', label }]);
      continue;
    }
    for (const stretch of seenOnPage.get(block.pos.pageIndex) ?? []) {
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
  return { labels, refs, cellRefs };
}
