import { isContentsTable } from './table/contents.ts';
import { readDataSchedule } from './table/data-schedule.ts';
import { buildHeader } from './table/header.ts';
import { splitHeading, trailingRowLabels } from './table/header-zone.ts';
import { findNumericColumns, findTextColumns, lineTokens, splitStub, type ColumnExtent } from './table/columns.ts';
import { fieldRows, markerFields } from './table/marker-fields.ts';
import { mergeSideBySide, mergeTables } from './table/merge.ts';
import { parseNotes } from './table/notes.ts';
import { buildRows } from './table/rows.ts';
import { bodyChars, cellChars, countedChars } from './table/self-check.ts';
import { splitTableZones, type TableLine, type TableZones } from './table/table-lines.ts';
import { buildRecordTable } from './table/record-table.ts';
import { buildTextTable } from './table/text-table.ts';
import { isValueText } from './table/tokens.ts';
import { tableLength } from './table/untagged.ts';
import type { SourcePosition, TableCell, TableModel, TableSource } from './types.ts';
import type { Token } from './table/tokens.ts';

/** Parses a `<TABLE>` body or an untagged whitespace table; null when not confident (the caller keeps it preformatted). */
export function parseTable(source: TableSource): TableModel | null {
  return readTable(source).table;
}

/** What the tables stage made of a table: the model, or null with the reason it was declined (for the build report). */
export interface TableReading {
  table: TableModel | null;
  reason: string;
}

/** Between the parts of a caption (title, sentence, units line), which a one-line caption cannot break. */
export const CAPTION_JOIN = ' — ';

/** The reason a table is declined when it is a printed contents list. */
export const CONTENTS_LIST = 'a contents list';

// The first figures may start a few columns left of their <C> marker ("$1,234,567" under a <C> set for "$123").
const STUB_MARKER_SLACK = 4;

const declined = (reason: string): TableReading => ({ table: null, reason });

/** Like parseTable, but says why a table was declined. */
export function readTable(source: TableSource): TableReading {
  const schedule = source.tagged ? readDataSchedule(source.lines) : null;
  if (schedule !== null) return { table: schedule, reason: '' };
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

/** Reads one block of a table: caption zone, marker line, body, `<FN>` notes. */
function readBlock(source: TableSource): TableReading {
  const zones = splitTableZones(source.lines);
  const notes = zones.footnotes.some((l) => l.text.trim() !== '') ? parseNotes(zones.footnotes) : [];
  if (notes === null) return declined('the <FN> lines are not footnotes');
  const noteChars = notes.reduce((n, x) => n + countedChars(x.marker) + countedChars(x.text), 0);
  if (noteChars !== zones.footnotes.reduce((n, l) => n + countedChars(l.text), 0)) return declined('footnote text lost');
  // What the self-check expects to find again in the table.
  const expected = [...zones.caption, ...zones.body].reduce((n, l) => n + countedChars(l.text), 0) + noteChars;
  const { header, body } = splitHeading(zones);
  if (!body.some((l) => l.kind === 'text')) return declined('no body lines');
  return (
    readMarkerFields(zones, notes, expected) ?? readFigures(zones, header, body, notes, expected) ?? readTextColumns(zones, header, body, notes, expected)
  );
}

/** A table whose data rows mix words and figures (a holdings report), read one field per `<C>` marker; null when it is no such table or the reading loses text. */
function readMarkerFields(zones: TableZones, notes: TableModel['notes'], expected: number): TableReading | null {
  if (zones.markers === null) return null;
  const fields = markerFields(zones.body, zones.markers.columns);
  if (fields === null) return null;
  const { header: headerLines, body } = splitHeading(zones);
  const rows = fieldRows(body, fields);
  if (rows.length === 0) return null;
  const header = buildHeader(headerLines, fields);
  const table: TableModel = {
    ...(header.caption.length > 0 ? { caption: header.caption.join(CAPTION_JOIN) } : {}),
    header: header.cells,
    rows,
    align: fields.map((_, i) => {
      const cells = rows.map((r) => r.cells[i]?.text ?? '').filter((t) => t !== '');
      return i > 0 && cells.length > 0 && cells.every(isValueText) ? ('right' as const) : ('left' as const);
    }),
    notes,
  };
  const found =
    header.caption.reduce((n, c) => n + countedChars(c), 0) + cellChars(header.own) + header.spanners.reduce((n, sp) => n + countedChars(sp), 0) + bodyChars(table);
  const reading = selfChecked(table, found, expected);
  return reading.table === null ? null : reading;
}

/** Checks that the table holds as many letters, digits and signs as its source lines, or declines it. */
function selfChecked(table: TableModel, found: number, expected: number): TableReading {
  return found === expected ? { table, reason: '' } : declined(`self-check: ${expected} characters in, ${found} out`);
}

/** A table of figures: stub, value columns found from the data, headings laid on them; null when the body is not figures. */
function readFigures(zones: TableZones, headerLines: TableLine[], bodyLines: TableLine[], notes: TableModel['notes'], expected: number): TableReading | null {
  const bodyTokens = bodyLines.filter((l) => l.kind === 'text').map((l) => lineTokens(l.text).tokens);
  const layout = findNumericColumns(bodyTokens, zones.markers?.columns ?? []);
  if (layout === null) return null;
  // A <C> marker over words left of the figures ("POSITION" between "NAME" and "AGE") is a column of text, not part of the stub.
  if ((zones.markers?.columns ?? []).some((m) => m < layout.valueStart - STUB_MARKER_SLACK && textColumnAt(bodyTokens, m))) return null;
  const moved = trailingRowLabels(headerLines, bodyLines, layout.valueStart);
  const heading = headerLines.slice(0, headerLines.length - moved);
  const rows = buildRows([...headerLines.slice(headerLines.length - moved), ...bodyLines], layout);
  // Numbers on only a few lines of text (an exhibit list, a signature block with its dates) do not make a table of figures.
  const figures = rows.rows.filter((r) => !r.section).length * 3 >= rows.rows.length;
  if (rows.placedValues === 0 || rows.strayText * 4 > rows.placedValues || !figures) return null;
  // More than one value in a cell on ~10% of placements means the columns were not found.
  if (rows.conflicts * 10 > rows.placedValues) return declined(`${rows.conflicts} of ${rows.placedValues} values share a cell`);

  // The stub's extent for laying headings: labels of rows with values (long section labels run over the columns).
  let stubEnd = 0;
  for (const line of bodyTokens) {
    const { stub, values } = splitStub(line, layout.valueStart);
    if (values.length > 0) for (const t of stub) stubEnd = Math.min(layout.valueStart, Math.max(stubEnd, t.end));
  }
  const extents: ColumnExtent[] = [{ start: 0, end: stubEnd }, ...layout.columns];
  const header = buildHeader(heading, extents);
  const table: TableModel = {
    // Caption parts keep apart, so "(In thousands)" reads as the unit line, not the end of a sentence.
    ...(header.caption.length > 0 ? { caption: header.caption.join(CAPTION_JOIN) } : {}),
    header: header.cells,
    rows: rows.rows,
    align: ['left', ...layout.columns.map(() => 'right' as const)],
    notes,
  };
  if (isContentsTable(texts(table.header), table.rows.map((r) => r.cells[1]?.text ?? ''), bodyLines)) return declined(CONTENTS_LIST);
  const found =
    header.caption.reduce((n, c) => n + countedChars(c), 0) +
    cellChars(header.own) +
    header.spanners.reduce((n, sp) => n + countedChars(sp), 0) +
    bodyChars(table);
  return selfChecked(table, found, expected);
}

/** True when most lines with figures start a word at marker `m` after a gutter: a column of words there. */
function textColumnAt(lines: readonly Token[][], m: number): boolean {
  const withFigures = lines.filter((ts) => ts.some((t) => isValueText(t.text)));
  const starting = withFigures.filter((ts) =>
    ts.some((t, i) => !isValueText(t.text) && Math.abs(t.start - m) <= 1 && i > 0 && t.start - (ts[i - 1] as Token).end >= 2),
  );
  return withFigures.length > 0 && starting.length * 2 > withFigures.length;
}

/** A table of text columns (exhibit lists, cover layouts) cut at the markers or at wide shared gutters. */
function readTextColumns(zones: TableZones, headerLines: TableLine[], bodyLines: TableLine[], notes: TableModel['notes'], expected: number): TableReading {
  // With markers the headings are the caption zone; the lines after the markers are all rows.
  const textHeader = zones.markers === null ? headerLines : zones.caption;
  const textBody = zones.markers === null ? bodyLines : zones.body;
  const starts = findTextColumns(
    textBody.filter((l) => l.kind === 'text').map((l) => lineTokens(l.text).tokens),
    zones.markers === null ? null : zones.markers.columns,
  );
  if (starts === null || starts.length > 6) return declined('no column structure');
  // Without markers the gutters are a guess, so lines are not joined into cells on that guess,
  // unless blank lines set the records apart under a heading group (a cover's registrant list).
  const text =
    buildTextTable(textHeader, textBody, starts, zones.markers !== null) ??
    (zones.markers === null ? buildRecordTable([...textHeader, ...textBody], starts) : null);
  if (text === null) return declined('text lines without a first column');
  // A column holding only figures ("AGE" beside "POSITION") is right-aligned like any other.
  const figures = (i: number): boolean => {
    const cells = text.rows.map((r) => r.cells[i]?.text ?? '').filter((t) => t !== '');
    return i > 0 && cells.length > 0 && cells.every(isValueText);
  };
  const align = starts.map((_, i) => (figures(i) ? ('right' as const) : ('left' as const)));
  const table: TableModel = { ...labelsAsHeader(text), align, notes };
  if (isContentsTable(texts(table.header), table.rows.map((r) => r.cells[r.cells.length - 1]?.text ?? ''), textBody)) {
    return declined(CONTENTS_LIST);
  }
  return selfChecked(table, cellChars(table.header) + bodyChars(table), expected);
}

/**
 * A cover layout prints each value over its bracketed label ("DELAWARE    000-22513" over "(State or
 * Other Jurisdiction of Incorporation)   (Commission File No.)"): with no header of its own, a last
 * row made only of bracketed labels is the header.
 */
function labelsAsHeader(text: { header: TableCell[]; rows: TableModel['rows'] }): { header: TableCell[]; rows: TableModel['rows'] } {
  const last = text.rows[text.rows.length - 1];
  if (last === undefined || text.rows.length < 2 || text.header.some((c) => c.text !== '')) return text;
  const labels = last.cells.filter((c) => c.text !== '');
  if (labels.length < 2 || !last.cells.every((c) => c.text === '' || /^[([].*[)\]]$/.test(c.text))) return text;
  return { header: last.cells, rows: text.rows.slice(0, -1) };
}

/** The texts of a row of cells. */
const texts = (cells: readonly TableCell[]): string[] => cells.map((c) => c.text);

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
