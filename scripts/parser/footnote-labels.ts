import { pageParam } from '../routes.ts';
import { slugify } from './ids.ts';
import type { InlineRange } from './links.ts';
import { bareMarker, bareReferencePattern, cellMarkers, gluedTextMarkers, isTrademark, tableCites, textReferencePattern } from './note-markers.ts';
import type { Block, PageBreakInText, SectionDraft, SourcePosition, TableCell } from './types.ts';

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

export { bareMarker, isTrademark };

/** Where a page footnote's definition goes and which text it is referenced from. */
export interface PageNotePlan {
  /** Label of each footnoteDefinition block that found its reference; the others stay paragraphs. */
  labels: Map<Block, string>;
  /** Footnote reference ranges per paragraph block, list item or table cell. */
  refs: Map<object, InlineRange[]>;
  /** Table cell markers the table's own notes do not define but a page footnote does: label by bare marker, per table block. */
  cellRefs: Map<Block, Map<string, string>>;
  /** Markers glued to words in running text ("Act(2)") that no note cites back: the first of each label in the section, kept as text. */
  uncited: { label: string; pos: SourcePosition }[];
}

/** A stretch of a paragraph's text that lies on one physical page. */
interface TextOnPage {
  owner: object;
  /** Where the paragraph or list item starts. */
  pos: SourcePosition;
  text: string;
  from: number;
  to: number;
  pageIndex: number;
}

/** Splits a text at its page breaks into stretches per physical page. */
function stretches(owner: object, text: string, pos: SourcePosition, breaks: PageBreakInText[] = []): TextOnPage[] {
  const out: TextOnPage[] = [];
  let from = 0;
  let page = pos.pageIndex;
  for (const b of [...breaks].sort((x, y) => x.offset - y.offset)) {
    out.push({ owner, pos, text, from, to: b.offset, pageIndex: page });
    from = b.offset;
    page = b.pos.pageIndex;
  }
  out.push({ owner, pos, text, from, to: text.length, pageIndex: page });
  return out;
}

/** A line block's text as its references are counted: its lines trimmed, one per line. */
export function lineBlockText(block: Extract<Block, { kind: 'lineBlock' }>): string {
  return block.lines.map((line) => line.trim()).join('\n');
}

/** The physical pages a note may be cited from: its own, then the one before (a note printed a page later). */
function citingPages(pageIndex: number): number[] {
  return pageIndex > 0 ? [pageIndex, pageIndex - 1] : [pageIndex];
}

/**
 * Pairs each page footnote definition of a section with what cites it, on its own physical page
 * before it, else on the page before: a table cell marker the table's own notes do not define, else
 * the marker in a cell's text, else the first reference to it in running text (only the first: a
 * brand-name "*" repeated at every mention is cited once, not at every mention). A definition with
 * no reference is left out of `labels` (the caller keeps it as a paragraph).
 */
export function planPageNotes(
  section: SectionDraft,
  pageName: (pageIndex: number) => string,
  claim: (label: string) => string,
): PageNotePlan {
  const labels = new Map<Block, string>();
  const refs = new Map<object, InlineRange[]>();
  const cellRefs = new Map<Block, Map<string, string>>();
  /** Running text seen so far, by physical page. */
  const seen = new Map<number, TextOnPage[]>();
  /** Tables seen so far, by each physical page they lie on. */
  const tables = new Map<number, Extract<Block, { kind: 'table' }>[]>();
  const see = (parts: TextOnPage[]): void => {
    for (const part of parts) {
      const list = seen.get(part.pageIndex);
      if (list) list.push(part);
      else seen.set(part.pageIndex, [part]);
    }
  };
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') see(stretches(block, block.text, block.pos, block.pageBreaks));
    else if (block.kind === 'list') for (const item of block.items) see(stretches(item, item.text, item.pos, item.pageBreaks));
    // A table kept as lines cites its notes too: "John Q. Smith Revocable Living Trust(2)..".
    else if (block.kind === 'lineBlock') see(stretches(block, lineBlockText(block), block.pos));
    else if (block.kind === 'table') {
      for (const page of new Set([block.pos, ...block.pageBreaks].map((pos) => pos.pageIndex))) {
        const list = tables.get(page);
        if (list) list.push(block);
        else tables.set(page, [block]);
      }
    }
    if (block.kind !== 'footnoteDefinition') continue;
    const marker = bareMarker(block.label);
    const cite = (): string => {
      const label = claim(pageNoteLabel(pageName(block.pos.pageIndex), block.label));
      labels.set(block, label);
      return label;
    };
    for (const page of citingPages(block.pos.pageIndex)) {
      const onPage = tables.get(page) ?? [];
      // A table cell citing a note printed at the page foot, not under the table: "NOTES*" ... "*Notes appear on pages 65-66."
      const citing = onPage.find((t) => !t.table.notes.some((n) => bareMarker(n.marker) === marker) && !cellRefs.get(t)?.has(marker) && tableCites(t.table, marker));
      if (citing) {
        const cellNotes = [citing.table.header, ...citing.table.rows.map((r) => r.cells)].some((cells) => cells.some((c) => c.notes.some((n) => bareMarker(n) === marker)));
        if (cellNotes) {
          cellRefs.set(citing, (cellRefs.get(citing) ?? new Map<string, string>()).set(marker, cite()));
          break;
        }
        // The marker still inside a cell's text ("NOTES*", "*10.1").
        // A cell may cite several notes ("(1)(2)"): each marker not yet taken in it.
        const free = (c: TableCell) => cellMarkers(cellText(c), new Set([marker])).find((m) => !(refs.get(c) ?? []).some((t) => m.start < t.end && t.start < m.end));
        const cell = [citing.table.header, ...citing.table.rows.map((r) => r.cells)].flat().find((c) => free(c) !== undefined);
        if (cell) {
          const m = free(cell)!;
          refs.set(cell, [...(refs.get(cell) ?? []), { start: m.start, end: m.end, kind: 'footnoteRef', label: cite() }]);
          break;
        }
      }
      const pattern = block.printed !== undefined && /^\d+$/.test(block.printed) ? bareReferencePattern(block.label) : textReferencePattern(block.label);
      const stretch = (seen.get(page) ?? []).find((part) => firstFree(part, pattern, refs) !== null);
      if (stretch) {
        const found = firstFree(stretch, pattern, refs)!;
        refs.set(stretch.owner, [...(refs.get(stretch.owner) ?? []), { ...found, kind: 'footnoteRef', label: cite() }]);
        break;
      }
    }
    if (labels.has(block)) continue;
    // No glued reference: a marker set off by a space after a figure ("$1,000 (1) and", "2008 (2).") cites it.
    const spaced = spacedReferencePattern(marker);
    if (spaced === null) continue;
    for (const page of citingPages(block.pos.pageIndex)) {
      const stretch = (seen.get(page) ?? []).find((part) => firstFree(part, spaced, refs) !== null);
      if (!stretch) continue;
      refs.set(stretch.owner, [...(refs.get(stretch.owner) ?? []), { ...firstFree(stretch, spaced, refs)!, kind: 'footnoteRef', label: cite() }]);
      break;
    }
  }
  // A brand-name "*" cited once stands for every mention: only markers whose label found no note at all are reported.
  const noted = new Set([...labels.keys()].flatMap((b) => (b.kind === 'footnoteDefinition' ? [bareMarker(b.label)] : [])));
  return { labels, refs, cellRefs, uncited: uncitedMarkers(seen, refs).filter((m) => !noted.has(m.label)) };
}

/**
 * A bracketed marker set off by one space after a figure, a percent sign or a closing bracket or
 * quote, or a slashed one after a word too, and followed by a space or punctuation ("$1,000 (1) and", "in 2008 (2).", "spending 2/ rose"), space included;
 * null for a star. After a word or a comma, "(1)" opens an enumeration ("must (1) maintain").
 */
function spacedReferencePattern(marker: string): RegExp | null {
  if (!/^(?:\d{1,2}|[a-z])$/.test(marker)) return null;
  // A slashed marker is no enumeration, so it may follow a word too: "Capital spending 2/ rose".
  // A bracketed marker ending a line of a line block may follow a word: "which registered (a)" over a cover's column.
  return new RegExp(`(?<=[\\d%)"'\u2019\u201d]) \\(${marker}\\)(?=[\\s.,;:]|$)|(?<=[A-Za-z]) \\(${marker}\\)(?=\\n)|(?<=[\\w%)"'\u2019\u201d]) ${marker}/(?=[\\s.,;:]|$)`, 'g');
}

/** The first marker of each label glued to a word in the section's running text that found no note. */
function uncitedMarkers(seen: ReadonlyMap<number, TextOnPage[]>, refs: ReadonlyMap<object, InlineRange[]>): PageNotePlan['uncited'] {
  const out = new Map<string, SourcePosition>();
  for (const stretch of [...seen.values()].flat()) {
    const taken = refs.get(stretch.owner) ?? [];
    for (const m of gluedTextMarkers(stretch.text.slice(stretch.from, stretch.to))) {
      const start = stretch.from + m.start;
      if (!out.has(m.label) && !taken.some((t) => t.start <= start && start < t.end)) out.set(m.label, stretch.pos);
    }
  }
  return [...out].map(([label, pos]) => ({ label, pos })).sort((a, b) => a.pos.line - b.pos.line);
}

/** The first match of `pattern` in a stretch of text that no earlier reference covers. */
function firstFree(stretch: TextOnPage, pattern: RegExp, refs: ReadonlyMap<object, InlineRange[]>): { start: number; end: number } | null {
  const taken = refs.get(stretch.owner) ?? [];
  pattern.lastIndex = 0;
  for (const m of stretch.text.slice(stretch.from, stretch.to).matchAll(pattern)) {
    const start = stretch.from + (m.index ?? 0);
    const end = start + m[0].length;
    if (!taken.some((t) => start < t.end && t.start < end)) return { start, end };
  }
  return null;
}
