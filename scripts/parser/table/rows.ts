import type { RowKind, RowRule, SourcePosition, TableCell, TableRow } from '../types.ts';
import { stubCell, valueCell } from './cell-text.ts';
import { lineTokens, splitStub, type ColumnExtent, type NumericLayout } from './columns.ts';
import type { TableLine } from './table-lines.ts';
import { isValueText, type Token } from './tokens.ts';

/** One body line cut into a stub and value cells. */
interface LineCells {
  stub: string;
  indent: number;
  values: string[];
  pos: SourcePosition;
  /** A blank line or the table start came just before. */
  afterBreak: boolean;
  /** The line directly before was a row with values. */
  afterData: boolean;
  /** Footnote markers printed alone over the figures of a wrapped label's last line ("Ratio of earnings to   (a)   (b)"). */
  marks?: string[];
}

// A letter marker standing alone in a value column: "(a)". A bracketed number could be a negative figure.
const LONE_MARK = /^\(([a-z])\)$/i;

/** A label line whose only "values" are letter markers: the markers go apart, for the figures of the line that finishes the label. */
function setMarksApart(line: LineCells): void {
  if (line.stub === '' || !line.values.some((v) => v !== '') || !line.values.every((v) => v === '' || LONE_MARK.test(v))) return;
  line.marks = line.values.map((v) => LONE_MARK.exec(v)?.[1] ?? '');
  line.values = line.values.map(() => '');
}

/** A value cell with the markers printed over it on an earlier line of its row as notes. */
function withMarks(cell: TableCell, group: readonly LineCells[], column: number): TableCell {
  const marks = group.map((g) => g.marks?.[column] ?? '').filter((m) => m !== '');
  return marks.length === 0 || cell.text === '' ? cell : { ...cell, notes: [...marks, ...cell.notes] };
}

/** The body rows with the counts the confidence checks need. */
export interface BodyResult {
  rows: TableRow[];
  /** Value tokens that had to share a cell with another on the same line. */
  conflicts: number;
  /** Value tokens placed in total. */
  placedValues: number;
  /** Words of prose found right of the stub, in the value columns. */
  strayText: number;
}

/** The value column a token belongs to: the one holding its right edge (numbers are right-aligned), else the nearest. */
function columnOf(t: Token, columns: readonly ColumnExtent[]): number {
  const edge = t.end - 1;
  // Columns are in order: find the last one starting at or before the right edge.
  let lo = 0;
  let hi = columns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((columns[mid] as ColumnExtent).start <= edge) lo = mid;
    else hi = mid - 1;
  }
  const here = columns[lo] as ColumnExtent;
  // Inside a column, or left of the first one.
  if (edge < here.end) return lo;
  // Started inside a column and ran on into the gutter (a price range "$36 3/8-$26 1/8"): that column.
  if (t.start >= here.start && t.start < here.end) return lo;
  // In a gutter: the nearer of the two neighbours.
  const next = columns[lo + 1];
  const right = next === undefined ? Infinity : next.start - edge;
  return right < edge - (here.end - 1) ? lo + 1 : lo;
}

// A label continues on the next line when it stops on a connective or the next line starts in lower case:
// "Earnings per" / " common and" / " share", "Issuance of Series B preferred stock for cash at" / "  $3.00 per share".
const OPEN_END = /(?:[,;&-]|\b(?:of|and|or|for|to|at|in|by|from|the|a|an|with|on|per|net|less|plus|as|under|into|over|than|including|excluding|ended|ending|dated|through|between))$/i;
// A typed dash opening a line goes on with the sentence above ("per share" / "--  weighted average").
const DASH_ON = /^--(?!-)\s*[A-Za-z]/;
// After a colon only a line in lower case or starting with a figure continues
// ("Series B: ... shares issued and outstanding:" / "1997, 1,943,666; 1996, 1,191,666").
function continues(label: string, next: string): boolean {
  if (/:$/.test(label)) return /^[a-z0-9]/.test(next);
  return OPEN_END.test(label) || /^[a-z0-9$(]/.test(next) || DASH_ON.test(next);
}

/** Whether every row from `start` on has a label; read in place, so a long table is not copied once per row. */
function allLabelled(rows: readonly TableRow[], start: number): boolean {
  for (let i = start; i < rows.length; i++) if ((rows[i]!.cells[0]?.text ?? '') === '') return false;
  return true;
}

/** A row's kind: a label alone is a section; a row over a rule is a total when a double rule or the table's end closes it, else a subtotal. */
export function rowKind(row: TableRow, below: RowRule, last: boolean): RowKind {
  if (row.section) return 'section';
  // Ruled above and double-ruled below: the statement's bottom line, whatever its label ("Net Earnings").
  if (below === 'double' && row.rule === 'single') return 'total';
  if (!row.total) return 'data';
  return below === 'double' || last ? 'total' : 'subtotal';
}

// A rule that closes one line is a fill-in's underline; one closing two rows or more closes a group.
const BOXED_GROUP_MIN = 2;

/** A body line as cut: a row's cells, a rule, or a blank line (null). */
type CutLine = LineCells | { rule: 'single' | 'double' } | null;

// A typist wraps a label when its next word and a few leader dots no longer fit before the figures.
const LEADER_ROOM = 8;
// A label wrapped for want of room ran most of the way across the stub: 40 columns at least.
const WRAPPED_LABEL_MIN = 40;
// Two tokens this many columns apart in one cell were cut from two columns: the columns are wrong.
const CONFLICT_GAP = 3;

/**
 * A label running on past the first column's edge ("  stock, no par value; 150,000 shares authorized,"):
 * words (or a count with its unit) in the value columns one space after the label, on a line printed as
 * one phrase with no gutter in it, are more of the label, not cells.
 */
function runsOnIntoColumns(split: { stub: Token[]; values: Token[] }): { stub: Token[]; values: Token[] } {
  const { stub, values } = split;
  // Words, or a count with its unit ("320,000,000 shares"), in the value columns; figures alone are cells.
  if (stub.length === 0 || !values.some((t) => !isValueText(t.text) || / [a-z]+$/i.test(t.text))) return split;
  const all = [...stub, ...values];
  const onePhrase = all.every((t, i) => i === 0 || t.start - (all[i - 1] as Token).end <= 1);
  return onePhrase ? { stub: all, values: [] } : split;
}

/** Step 1: each body line cut into its stub and value cells, with the counts the confidence checks need. */
function cutBodyLines(lines: readonly TableLine[], layout: NumericLayout): { cut: CutLine[]; conflicts: number; placedValues: number; strayText: number } {
  const cut: CutLine[] = [];
  let conflicts = 0;
  let placedValues = 0;
  let strayText = 0;
  let afterBreak = true;
  let afterData = false;
  for (const line of lines) {
    if (line.kind === 'blank') {
      cut.push(null);
      afterBreak = true;
      afterData = false;
      continue;
    }
    const { tokens } = lineTokens(line.text);
    if (line.kind === 'rule' || tokens.length === 0) {
      cut.push({ rule: line.double === true ? 'double' : 'single' });
      afterBreak = false;
      afterData = false;
      continue;
    }
    const { stub, values } = runsOnIntoColumns(splitStub(tokens, layout.valueStart));
    const cells: string[] = layout.columns.map(() => '');
    const lastEnd: number[] = layout.columns.map(() => -1);
    for (const t of values) {
      if (!isValueText(t.text)) strayText++;
      const c = columnOf(t, layout.columns);
      // Two tokens a wide gap apart in one cell: the columns were cut in the wrong place.
      if (cells[c] !== '' && t.start - (lastEnd[c] as number) >= CONFLICT_GAP) conflicts++;
      lastEnd[c] = t.end;
      cells[c] = cells[c] === '' ? t.text : `${cells[c]} ${t.text}`;
      placedValues++;
    }
    const first = stub[0];
    const last = stub[stub.length - 1];
    const stubText = first && last ? line.text.slice(first.start, last.end) : '';
    cut.push({ stub: stubText, indent: first?.start ?? -1, values: cells, pos: line.pos, afterBreak, afterData });
    afterBreak = false;
    afterData = values.length > 0;
  }
  for (const c of cut) if (c !== null && 'stub' in c) setMarksApart(c);
  return { cut, conflicts, placedValues, strayText };
}

/**
 * Step 2: names wrapped with the figures on the FIRST line (a selling-stockholder list): the
 * label-only lines all follow a row with values and never open a group ("Trust", "of Norman Family ... 8/20/87").
 */
function namesWrapAfterFigures(cut: readonly CutLine[]): boolean {
  const entries = cut.filter((c): c is LineCells => c !== null && 'stub' in c);
  const labelOnly = new Set(entries.filter((e) => e.values.every((v) => v === '')));
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  return (
    labelOnly.size > 0 &&
    [...labelOnly].every((e) => {
      const before = entries[(entryIndex.get(e) ?? 0) - 1];
      const chained = before !== undefined && labelOnly.has(before);
      return (e.afterData || chained) && !e.afterBreak && !/:$/.test(e.stub);
    }) &&
    [...labelOnly].every((e) => {
      const next = entries[(entryIndex.get(e) ?? 0) + 1];
      return next === undefined || next.indent <= e.indent;
    })
  );
}

/**
 * A wrapped label's last line hangs indented under its first and carries the figures, and the line
 * after it steps back out ("Income From Discontinued Operations, Net of Income" / "  Taxes.....  --  15,665"
 * / "Gain on ..."). A section label's rows stay indented one after another, so they do not join it.
 */
function hangs(open: LineCells, entry: LineCells, next: CutLine | undefined, valueStart: number): boolean {
  if (/:$/.test(open.stub) || entry.indent <= open.indent || !entry.values.some((v) => v !== '')) return false;
  // Wrapped for want of room: the next word would not have fitted before the figures and some leaders
  // (a short label over an indented row, "Interest rate instruments" / "    Swaps....", heads a group).
  const nextWord = entry.stub.split(' ')[0] ?? '';
  const end = open.indent + open.stub.length;
  if (end < WRAPPED_LABEL_MIN || end + 1 + nextWord.length <= valueStart - LEADER_ROOM) return false;
  return next !== undefined && next !== null && 'stub' in next && next.stub !== '' && next.indent <= open.indent;
}

/** Step 4: indents become levels, each distinct label indent one step deeper; then each row's kind. */
function setLevelsAndKinds(rows: TableRow[], ruleBelow: ReadonlyMap<TableRow, RowRule>): void {
  // Figures in the stub ("$0.30", "0.50" for a range of prices) are right-aligned, so their indent says nothing.
  const figure = (r: TableRow): boolean => isValueText(r.cells[0]?.text ?? '');
  const indents = [...new Set(rows.filter((r) => !figure(r)).map((r) => r.level))].sort((a, b) => a - b);
  for (const r of rows) r.level = figure(r) ? 0 : Math.max(0, indents.indexOf(r.level));
  rows.forEach((r, i) => {
    r.kind = rowKind(r, ruleBelow.get(r) ?? null, i === rows.length - 1);
    r.total ||= r.kind === 'total';
    // Only a total's rule is recorded: a rule that closed the group above is no part of the next row.
    if (r.kind === 'data') r.rule = null;
  });
}

/** Cuts body lines into rows: rules mark totals, wrapped labels join, label-only lines become section rows. */
export function buildRows(lines: readonly TableLine[], layout: NumericLayout): BodyResult {
  const { cut, conflicts, placedValues, strayText } = cutBodyLines(lines, layout);
  const wrapsAfter = namesWrapAfterFigures(cut);
  const { rows, ruleBelow } = groupRows(cut, layout, wrapsAfter);
  setLevelsAndKinds(rows, ruleBelow);
  return { rows, conflicts, placedValues, strayText };
}

/** Step 3: lines grouped into rows: wrapped labels join the line with the figures, rules make totals, labels alone make sections. */
function groupRows(cut: readonly CutLine[], layout: NumericLayout, wrapsAfter: boolean): { rows: TableRow[]; ruleBelow: Map<TableRow, RowRule> } {
  // A label-only line that finishes the row above it: indented under it, straight after it, and read as
  // a continuation ("Series B: ... shares issued and   5,933,752" / "    outstanding: 1998, 1,949,726; ...").
  const cutIndex = new Map(cut.map((c, i) => [c, i]));
  const carriesOn = (e: LineCells): boolean => {
    const i = cutIndex.get(e) ?? -1;
    const before = cut[i - 1];
    const after = cut[i + 1];
    // A row of figures with no label (a subtotal) has no label to carry on.
    if (before === undefined || before === null || !('stub' in before) || before.stub === '' || !before.values.some((v) => v !== '')) return false;
    if (e.indent <= before.indent || !continues(before.stub, e.stub)) return false;
    return after === undefined || after === null || !('stub' in after) || after.indent <= e.indent;
  };
  const rows: TableRow[] = [];
  let pending: LineCells[] = [];
  let pendingTotal = false;
  let lastWasTotal = false;
  let ruleAbove = false;
  /** Index of the last section or total row, kept as rows are emitted (a search back per row was quadratic). */
  let lastBreak = -1;
  // The rule printed since the last row: two single rules stacked read as a double one.
  let ruleKind: RowRule = null;
  // The rule printed straight under each row, which tells a total (double rule) from a subtotal.
  const ruleBelow = new Map<TableRow, RowRule>();
  let lastRow: TableRow | null = null;
  let blankAfterRule = false;
  // Rows set apart by a rule and a blank line above them: a rule straight under one boxes it as a total.
  const setApart = new Set<TableRow>();
  const unruled = !cut.some((c) => c !== null && 'rule' in c);
  // Rows printed since the last rule, and how many the last rule closed.
  let rowsSinceRule = 0;
  let closedGroup = 0;
  const emit = (group: LineCells[], values: string[], section: boolean): void => {
    const head = group[0] as LineCells;
    const label = group.map((g) => g.stub).join(' ');
    const stub: TableCell = stubCell(label);
    // A "Total" line under a rule is a total even when the rule also underlined the row above it.
    const totalLabel = /^total\b/i.test(stub.text);
    // A rule, a blank line, then a labelled row: the rule closed the group above ("Net Sales $4,064" /
    // "---------" / "" / "Cost of products sold"); only a "Total" or an unlabelled line of figures is its total.
    const closedAbove = blankAfterRule && stub.text !== '' && !totalLabel;
    // A table printed with no rules at all marks its totals by their label alone ("     Total current assets   4,092").
    const total = !section && ((pendingTotal && !closedAbove) || (ruleAbove && totalLabel) || (unruled && totalLabel && values.some((v) => v !== '')));
    const row: TableRow = {
      cells: [stub, ...values.map((v, i) => withMarks(v === '' ? { text: '', notes: [] } : valueCell(v), group, i))],
      total,
      level: Math.max(0, head.indent),
      section,
      rule: ruleAbove && !section ? ruleKind : null,
      pos: head.pos,
    };
    rows.push(row);
    // Only when that rule closed a group of two or more ordinary rows, not when it underlined a total
    // ("Net Earnings" / "=====") or one line of a form ("Number of Other Included Managers:  6" / "----").
    if (closedAbove && pendingTotal && !section && closedGroup >= BOXED_GROUP_MIN) setApart.add(row);
    rowsSinceRule++;
    lastRow = row;
    pendingTotal = false;
    ruleAbove = false;
    ruleKind = null;
    blankAfterRule = false;
    lastWasTotal = total;
    if (section || total) lastBreak = rows.length - 1;
  };
  const flush = (): void => {
    if (pending.length > 0) emit(pending, layout.columns.map(() => ''), true);
    pending = [];
  };
  for (const [at, entry] of cut.entries()) {
    if (entry === null) {
      flush();
      lastRow = null;
      if (ruleAbove) blankAfterRule = true;
      continue;
    }
    if ('rule' in entry) {
      flush();
      ruleKind = ruleKind !== null || entry.rule === 'double' ? 'double' : 'single';
      if (lastRow !== null) ruleBelow.set(lastRow, ruleKind);
      // A rule, a blank line, a labelled row and a rule under it: the row is boxed off as the bottom line
      // ("Income before taxes ..." / "--------" / "" / "Net income (loss)   $ (50)" / "--------").
      closedGroup = rowsSinceRule;
      rowsSinceRule = 0;
      const boxed = lastRow as TableRow | null;
      if (boxed !== null && setApart.has(boxed)) {
        boxed.total = true;
        lastWasTotal = true;
      }
      lastRow = null;
      // A rule straight under a total row underlines it; it does not make the next row a total.
      if (entry.rule === 'single' && !lastWasTotal) pendingTotal = true;
      ruleAbove = true;
      lastWasTotal = false;
      continue;
    }
    const hasValues = entry.values.some((v) => v !== '');
    const prev = rows[rows.length - 1];
    if (!hasValues && prev !== undefined && !prev.section && pending.length === 0 && (wrapsAfter || carriesOn(entry))) {
      const stub = prev.cells[0] as TableCell;
      const more = stubCell(entry.stub);
      prev.cells[0] = { text: `${stub.text} ${more.text}`, notes: [...stub.notes, ...more.notes] };
      continue;
    }
    const open = pending[pending.length - 1];
    const joins =
      open !== undefined &&
      entry.stub !== '' &&
      entry.indent >= (pending[0] as LineCells).indent &&
      (continues(open.stub, entry.stub) || hangs(open, entry, cut[at + 1], layout.valueStart));
    if (!joins) flush();
    if (!hasValues) {
      pending.push(entry);
      continue;
    }
    // A line of figures without a label under two or more rows of figures is the typist's totals
    // line with its rule left out (e.g. "Finished goods   412,360" / "   $1,088,434 ...").
    if (entry.stub === '' && pending.length === 0 && rows.length - lastBreak > 2 && allLabelled(rows, lastBreak + 1)) pendingTotal = true;
    const group = [...pending, entry];
    pending = [];
    emit(group, entry.values, false);
  }
  flush();

  return { rows, ruleBelow };
}
