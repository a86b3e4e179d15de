import type { SourcePosition, TableCell, TableRow } from '../types.ts';
import { collapseSpaces, stubCell, valueCell } from './cell-text.ts';
import type { ColumnExtent } from './columns.ts';
import type { TableLine } from './table-lines.ts';
import { isValueText, mergeValueWords, splitWords, type Token } from './tokens.ts';

// A table of codes and figures has many fields; a two- or three-column list has words for a reason.
const MIN_MARKERS = 4;
// Typists start a column a column or two left of its `<C>` ("G1150G111" at 27 under a `<c>` at 28).
const MARKER_SLACK = 2;
// A column start shared by half the data lines is a real column, not a word that happens to sit there.
const SHARED_START = 0.5;

/** One line cut into its marker fields. */
interface FieldCells {
  cells: string[];
  pos: SourcePosition;
  /** Some cell holds a figure. */
  figures: boolean;
}

/**
 * The fields of a tagged table whose data rows hold words as well as figures (a holdings report:
 * name, class, CUSIP, value, shares, "SH", "Put", "Sole", votes): the stub, then one field per
 * `<C>` marker, each from its marker to the next. Null unless most lines with figures also put
 * words right of the first marker.
 */
export function markerFields(body: readonly TableLine[], markers: readonly number[]): ColumnExtent[] | null {
  if (markers.length < MIN_MARKERS) return null;
  const first = markers[0] as number;
  const dataLines = body
    .filter((l) => l.kind === 'text')
    .map((l) => tokensOf(l.text))
    .filter((ts) => ts.some((t) => isValueText(t.text) && t.start >= first - MARKER_SLACK));
  // Codes in the fields ("Common", "G1150G111", "SH", "Sole"), not a description running across them.
  const codes = (ts: Token[]): boolean => {
    const inFields = ts.filter((t) => t.start >= first - MARKER_SLACK);
    const words = inFields.filter((t) => !isValueText(t.text));
    // A description reads as a phrase: a word in lower case, or three words a space apart. Groups of
    // digits a space apart are one code or a list ("025816 10 9", "4, 5, 14"), not words.
    const word = (t: Token): boolean => /[A-Za-z]{2}/.test(t.text);
    const phrase = inFields.some(
      (t, i) =>
        i >= 2 &&
        [t, inFields[i - 1] as Token, inFields[i - 2] as Token].filter(word).length >= 2 &&
        t.start - (inFields[i - 1] as Token).end <= 1 &&
        (inFields[i - 1] as Token).start - (inFields[i - 2] as Token).end <= 1,
    );
    return words.length > 0 && !phrase && !words.some((t) => /^[a-z]/.test(t.text));
  };
  const mixed = dataLines.filter(codes).length;
  if (dataLines.length === 0 || mixed * 2 < dataLines.length) return null;
  const edges = [0, ...markers];
  // The last field ends where the widest line does, so a rule or a head over it can be measured against it.
  const right = Math.max(first + 1, ...edges.map((e) => e + 1), ...body.map((l) => l.text.trimEnd().length));
  return edges.map((start, i) => ({ start, end: edges[i + 1] ?? right }));
}

/** A line's words, a "$" joined to its figure ("$         26,547"). */
function tokensOf(text: string): Token[] {
  return mergeValueWords(splitWords(text));
}

/** The field a figure falls in: the one holding its right edge (figures are right-aligned and overflow leftwards). */
function figureField(t: Token, fields: readonly ColumnExtent[]): number {
  const edge = t.end - 1;
  let f = 0;
  while (f + 1 < fields.length && (fields[f + 1] as ColumnExtent).start <= edge) f++;
  return f;
}

/** The field a word starts in, a word starting just left of a marker going with that marker. */
function wordField(t: Token, fields: readonly ColumnExtent[]): number {
  let f = 0;
  while (f + 1 < fields.length && (fields[f + 1] as ColumnExtent).start - MARKER_SLACK <= t.start) f++;
  return f;
}

/** Cuts each line into its fields: figures by their right edge, words by their start; a word one space after another stays with it unless it starts a column other lines start. */
function cutLines(lines: readonly TableLine[], fields: readonly ColumnExtent[]): (FieldCells | TableLine)[] {
  const starts = new Map<number, number>();
  let dataLines = 0;
  for (const l of lines) {
    if (l.kind !== 'text') continue;
    const ts = tokensOf(l.text);
    if (!ts.some((t) => isValueText(t.text))) continue;
    dataLines++;
    for (const t of ts) starts.set(t.start, (starts.get(t.start) ?? 0) + 1);
  }
  return lines.map((l) => {
    if (l.kind !== 'text') return l;
    const cells = fields.map(() => [] as Token[]);
    let prev: { token: Token; field: number } | null = null;
    let figures = false;
    for (const t of tokensOf(l.text)) {
      const value = isValueText(t.text);
      figures ||= value;
      const joins: boolean = prev !== null && !value && t.start - prev.token.end <= 1 && (starts.get(t.start) ?? 0) < dataLines * SHARED_START;
      const f: number = joins && prev !== null ? prev.field : value ? figureField(t, fields) : wordField(t, fields);
      cells[f]?.push(t);
      prev = { token: t, field: f };
    }
    return { cells: cells.map(cellText), pos: l.pos, figures };
  });
}

/** A field's words as printed: one space where the line had space between them, none where they touch ("$12.50(1)"). */
function cellText(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i > 0 && t.start > (tokens[i - 1] as Token).end ? ` ${t.text}` : t.text)).join('');
}

/**
 * The rows of a table read by marker fields: a line with figures is a row; a line of words right
 * under a row, with no blank between, finishes its cells ("ACCENTURE LTD" / "BERMUDA"); a rule over
 * a row makes it a total; a total's label printed under the next columns ("TOTAL $ 26,547") is the stub.
 */
export function fieldRows(lines: readonly TableLine[], fields: readonly ColumnExtent[]): TableRow[] {
  const rows: TableRow[] = [];
  let open: string[][] | null = null;
  let openPos: SourcePosition | null = null;
  let rule: 'single' | 'double' | null = null;
  let openRule: 'single' | 'double' | null = null;
  const flush = (): void => {
    if (open !== null && openPos !== null) rows.push(fieldRow(open, openPos, openRule));
    open = null;
  };
  let afterRow = false;
  for (const entry of cutLines(lines, fields)) {
    if ('kind' in entry) {
      if (entry.kind === 'rule') rule = entry.double === true ? 'double' : 'single';
      afterRow = false;
      continue;
    }
    if (open !== null && afterRow && (!entry.figures || continuesList(open, entry.cells))) {
      entry.cells.forEach((t, i) => t !== '' && open?.[i]?.push(t));
      continue;
    }
    flush();
    open = entry.cells.map((t) => (t === '' ? [] : [t]));
    openPos = entry.pos;
    openRule = rule;
    rule = null;
    afterRow = true;
  }
  flush();
  return rows;
}

/**
 * A line that only goes on with lists the row above left open: each of its cells lies in a field whose
 * text ends with a comma ("4, 3, 14," over "16, 17, 18"), so its numbers are more of that list, not a new row.
 */
function continuesList(open: readonly string[][], cells: readonly string[]): boolean {
  const filled = cells.map((t, i) => ({ t, i })).filter(({ t }) => t !== '');
  return filled.length > 0 && filled.every(({ i }) => i > 0 && (open[i]?.[open[i].length - 1] ?? '').endsWith(','));
}

/** One row from its cells' lines; a label-only stub moves to the first column when that is empty. */
function fieldRow(parts: string[][], pos: SourcePosition, rule: 'single' | 'double' | null): TableRow {
  const texts = parts.map((p) => collapseSpaces(p.join(' ')));
  const words = texts.map((t, i) => ({ t, i })).filter(({ t, i }) => i > 0 && t !== '' && !isValueText(t));
  if (texts[0] === '' && words.length === 1 && rule !== null) {
    const w = words[0] as { t: string; i: number };
    texts[0] = w.t;
    texts[w.i] = '';
  }
  const cells: TableCell[] = texts.map((t, i) => (i === 0 ? stubCell(t) : t === '' ? { text: '', notes: [] } : isValueText(t) ? valueCell(t) : { text: t, notes: [] }));
  const figures = texts.slice(1).some((t) => t !== '' && isValueText(t));
  const total = rule !== null && figures;
  return { cells, total, level: 0, section: !figures, kind: !figures ? 'section' : total ? 'total' : 'data', rule: figures ? rule : null, pos };
}
