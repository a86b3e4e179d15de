import { buildHeader } from './table/header.ts';
import { findNumericColumns, findTextColumns, lineTokens, splitStub, type ColumnExtent } from './table/columns.ts';
import { mergeSideBySide, mergeTables } from './table/merge.ts';
import { parseNotes } from './table/notes.ts';
import { buildRows } from './table/rows.ts';
import { bodyChars, cellChars, countedChars } from './table/self-check.ts';
import { splitTableZones, type TableLine } from './table/table-lines.ts';
import { buildTextTable } from './table/text-table.ts';
import { isValueText, isYearText, type Token } from './table/tokens.ts';
import { tableLength } from './table/untagged.ts';
import type { SourcePosition, TableModel, TableSource } from './types.ts';

/** True when a token is a footnote marker hung on the word before it ("Offered (2)", "Offering (1),(2)"). */
function isHungNote(t: Token, prev: Token | undefined): boolean {
  return prev !== undefined && t.start - prev.end <= 1 && /^(?:\(\w{1,2}\),?)+$/.test(t.text) && !isValueText(prev.text);
}

/** True when a line after the marker line already belongs to the body: it carries a value, or only a row label. */
function startsBody(line: TableLine, firstMarker: number | null, stubMarker: number): boolean {
  const { tokens } = lineTokens(line.text);
  if (tokens.length === 0) return false;
  // A financial data schedule's rows are labelled by tags: "<PERIOD-TYPE>   YEAR".
  if ((tokens[0] as Token).start <= stubMarker && /^<[A-Z][A-Z0-9&-]*>$/.test((tokens[0] as Token).text)) return true;
  // A figure inside a phrase is words, not a value: "3 Months Ended", "PREFERRED STOCK - SERIES A".
  const apart = (other: Token | undefined, gap: number): boolean => other === undefined || gap >= 2 || isValueText(other.text);
  const standsApart = (i: number): boolean => {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return apart(prev, t.start - (prev?.end ?? 0)) && apart(next, (next?.start ?? 0) - t.end);
  };
  const hasValue = tokens.some(
    (t, i) => isValueText(t.text) && !isYearText(t.text) && !isHungNote(t, tokens[i - 1]) && standsApart(i),
  );
  if (hasValue) return true;
  const last = tokens[tokens.length - 1] as Token;
  if (/:$/.test(last.text)) return true;
  return firstMarker !== null && last.end <= firstMarker;
}

/** Splits the lines after the marker into header lines (column headings printed after `<S>`) and body lines. */
function headerEnd(body: readonly TableLine[], firstMarker: number | null, stubMarker: number): number {
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as TableLine;
    if (line.kind === 'text' && startsBody(line, firstMarker, stubMarker)) {
      // Blank lines before the first row stay with the body.
      let h = i;
      while (h > 0 && body[h - 1]?.kind === 'blank') h--;
      return h;
    }
  }
  return 0;
}

/**
 * How many lines at the end of the caption zone are row labels, not headings: label-only lines
 * set off by a blank line or a rule ("Transactions Qualifying as Accounting Hedges", "Income Account-"),
 * or one the first row carries on in lower case.
 */
function trailingRowLabels(header: readonly TableLine[], body: readonly TableLine[], valueStart: number): number {
  let i = header.length;
  let firstLabel = -1;
  while (i > 0) {
    const line = header[i - 1] as TableLine;
    if (line.kind === 'rule') break;
    if (line.kind === 'text') {
      const { tokens } = lineTokens(line.text);
      // One phrase at the stub's left margin, even if it runs on past the first column.
      if (tokens.length === 0 || (tokens[0] as Token).start > Math.min(2, valueStart - 1) || /\S {2,}\S/.test(line.text.trim())) break;
      firstLabel = i - 1;
    }
    i--;
  }
  if (firstLabel <= 0) return 0;
  const before = header[firstLabel - 1] as TableLine;
  if (before.kind !== 'text') return header.length - firstLabel;
  // Or the last heading line is a label the first row finishes: "Cash, cash equivalents, and short-term" / "  investments, net ...".
  const last = header[header.length - 1] as TableLine;
  const next = body.find((l) => l.kind !== 'blank');
  return last.kind === 'text' && next?.kind === 'text' && /^\s+[a-z]/.test(next.text) && !/:\s*$/.test(last.text) ? 1 : 0;
}

/** A printed page reference, as in a contents table ("12", "F-3", "S-1", "ii"). */
const PAGE_REF = /^(?:[A-Z]{1,2}-)?\d{1,3}$|^[ivxl]{1,6}$/i;

/** True for a contents list in table tags: a last column of page numbers, under "Page" or nothing or after leaders. */
function isContentsTable(header: string[], values: string[], lines: readonly TableLine[]): boolean {
  const text = lines.filter((l) => l.kind === 'text');
  const leaders = text.filter((l) => /\.{4,}|(?:\. ){3,}/.test(l.text)).length;
  const last = header[header.length - 1] ?? '';
  return (
    header.length >= 2 &&
    header.length <= 3 &&
    (/^(?:pages?)?$/i.test(last.trim()) || leaders * 2 >= text.length) &&
    values.length > 0 &&
    values.every((v) => v === '' || PAGE_REF.test(v.replace(/^[.\s]+/, '')))
  );
}

/** Parses a `<TABLE>` body or an untagged whitespace table; null when not confident (the caller keeps it preformatted). */
export function parseTable(source: TableSource): TableModel | null {
  return readTable(source).table;
}

/** What the tables stage made of a table: the model, or null with the reason it was declined (for the build report). */
export interface TableReading {
  table: TableModel | null;
  reason: string;
}

const declined = (reason: string): TableReading => ({ table: null, reason });

/** Like parseTable, but says why a table was declined. */
export function readTable(source: TableSource): TableReading {
  // A table too wide for the page is printed as a second block under a second <CAPTION>.
  const marker = source.lines.findIndex((l) => /^\s*(?:<[SC]>\s*)+$/i.test(l.text));
  const second = source.lines.findIndex((l, i) => marker >= 0 && i > marker && /<CAPTION>/i.test(l.text));
  if (second > 0) {
    const a = readTable({ ...source, lines: source.lines.slice(0, second) });
    const b = readTable({ ...source, lines: source.lines.slice(second) });
    if (a.table === null || b.table === null) return declined(`a second <CAPTION> block: ${a.reason || b.reason}`);
    const merged = mergeSideBySide(a.table, b.table) ?? mergeTables(a.table, b.table);
    return merged ? { table: merged, reason: '' } : declined('two tables under one <TABLE> tag');
  }
  return readBlock(source);
}

/** Reads one block of a table: caption zone, marker line, body. */
function readBlock(source: TableSource): TableReading {
  const zones = splitTableZones(source.lines);
  const notes = zones.footnotes.some((l) => l.text.trim() !== '') ? parseNotes(zones.footnotes) : [];
  if (notes === null) return declined('the <FN> lines are not footnotes');
  const markerColumns = zones.markers?.columns ?? [];
  const firstMarker = markerColumns[0] ?? null;
  const split = zones.markers === null ? headerEnd(zones.body, null, -1) : headerEnd(zones.body, firstMarker, zones.markers.stub ?? 0);
  const headerLines = [...zones.caption, ...zones.body.slice(0, split)];
  const bodyLines = zones.body.slice(split);
  // A rule on the first row's line underlines the heading above it: "Results of Operations:   -----------".
  const firstRow = bodyLines.find((l) => l.kind !== 'blank');
  const underline = firstRow?.kind === 'text' ? lineTokens(firstRow.text).rules : [];
  if (firstRow !== undefined && underline.length > 0) {
    let text = '';
    for (const r of underline) text = text.padEnd(r.start) + r.text;
    headerLines.push({ text, pos: firstRow.pos, kind: 'rule' });
  }
  const textLines = bodyLines.filter((l) => l.kind === 'text');
  if (textLines.length === 0) return declined('no body lines');

  const inputChars = [...zones.caption, ...zones.body].reduce((n, l) => n + countedChars(l.text), 0);
  const noteChars = notes.reduce((n, x) => n + countedChars(x.marker) + countedChars(x.text), 0);
  if (noteChars !== zones.footnotes.reduce((n, l) => n + countedChars(l.text), 0)) return declined('footnote text lost');

  const bodyTokens = textLines.map((l) => lineTokens(l.text).tokens);
  const layout = findNumericColumns(bodyTokens, markerColumns);
  if (layout !== null) {
    const moved = trailingRowLabels(headerLines, bodyLines, layout.valueStart);
    bodyLines.unshift(...headerLines.splice(headerLines.length - moved, moved));
  }
  const rows = layout === null ? null : buildRows(bodyLines, layout);
  // Numbers on only a few lines of text (an exhibit list, a signature block with its dates) do not make a table of figures.
  const numeric =
    layout !== null &&
    rows !== null &&
    rows.placedValues > 0 &&
    rows.strayText * 4 <= rows.placedValues &&
    rows.rows.filter((r) => !r.section).length * 3 >= rows.rows.length;

  if (numeric) {
    // The stub's extent for laying headings: labels of rows with values (long section labels run over the columns).
    let stubEnd = 0;
    for (const line of bodyTokens) {
      const { stub, values } = splitStub(line, layout.valueStart);
      if (values.length > 0) for (const t of stub) stubEnd = Math.min(layout.valueStart, Math.max(stubEnd, t.end));
    }
    const extents: ColumnExtent[] = [{ start: 0, end: stubEnd }, ...layout.columns];
    const header = buildHeader(headerLines, extents);
    // More than one value in a cell on ~10% of placements means the columns were not found.
    if (rows.conflicts * 10 > rows.placedValues) return declined(`${rows.conflicts} of ${rows.placedValues} values share a cell`);
    const table: TableModel = {
      ...(header.caption.length > 0 ? { caption: header.caption.join(' ') } : {}),
      header: header.cells,
      rows: rows.rows,
      align: ['left', ...layout.columns.map(() => 'right' as const)],
      notes,
    };
    if (isContentsTable(table.header.map((c) => c.text), table.rows.map((r) => r.cells[1]?.text ?? ''), bodyLines)) return declined('a contents list');
    const outChars =
      header.caption.reduce((n, c) => n + countedChars(c), 0) + cellChars(header.own) + header.spanners.reduce((n, s) => n + countedChars(s), 0) + bodyChars(table);
    return outChars === inputChars + noteChars ? { table, reason: '' } : declined(`self-check: ${inputChars + noteChars} characters in, ${outChars} out`);
  }

  // With markers the headings are the caption zone; the lines after the markers are all rows.
  const textHeader = zones.markers === null ? headerLines : zones.caption;
  const textBody = zones.markers === null ? bodyLines : zones.body;
  const starts = findTextColumns(
    textBody.filter((l) => l.kind === 'text').map((l) => lineTokens(l.text).tokens),
    zones.markers === null ? null : markerColumns,
  );
  if (starts === null || starts.length > 6) return declined('no column structure');
  // Without markers the gutters are a guess, so lines are not joined into cells on that guess.
  const text = buildTextTable(textHeader, textBody, starts, zones.markers !== null);
  if (text === null) return declined('text lines without a first column');
  const table: TableModel = { header: text.header, rows: text.rows, align: starts.map(() => 'left' as const), notes };
  if (isContentsTable(table.header.map((c) => c.text), table.rows.map((r) => r.cells[r.cells.length - 1]?.text ?? ''), textBody)) {
    return declined('a contents list');
  }
  const outChars = cellChars(table.header) + bodyChars(table);
  return outChars === inputChars + noteChars ? { table, reason: '' } : declined(`self-check: ${inputChars + noteChars} characters in, ${outChars} out`);
}

/** Parses a run of footnote lines ("(1) text", "* text", "(a) text") into notes; null when the run is not footnotes. */
export function parseTableNotes(lines: { text: string; pos: SourcePosition }[]): TableModel['notes'] | null {
  return parseNotes(lines);
}

/** How many lines starting at `start` form an untagged whitespace-aligned table (0 when none). */
export function untaggedTableLength(lines: readonly { text: string }[], start: number): number {
  return tableLength(lines, start);
}

/** Joins a table continued after a page break onto the previous one when their headers match; null when they do not. */
export function mergeContinuedTable(first: TableModel, next: TableModel): TableModel | null {
  return mergeTables(first, next);
}
