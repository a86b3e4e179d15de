import type { TableRow } from '../types.ts';
import { collapseSpaces, headerCell, joinFragments } from './cell-text.ts';
import type { TableLine } from './table-lines.ts';
import type { TextTable } from './text-table.ts';
import { splitWords } from './tokens.ts';

/** Between the lines of one cell of a record (name, state, street, city, phone): a cell cannot break lines. */
export const RECORD_LINE_JOIN = '; ';

/** The text of each column on one line (a word belongs to the column it starts in); null when a cell holds a wide gap (the columns are cut wrong). */
function cutLine(text: string, starts: readonly number[]): string[] | null {
  const cells = starts.map(() => [] as string[]);
  const lastEnd = starts.map(() => -1);
  for (const w of splitWords(text)) {
    let c = 0;
    while (c + 1 < starts.length && (starts[c + 1] as number) <= w.start) c++;
    if ((lastEnd[c] as number) >= 0 && w.start - (lastEnd[c] as number) >= 3) return null;
    lastEnd[c] = w.end;
    cells[c]?.push(w.text);
  }
  return cells.map((ws) => ws.join(' '));
}

/** Every line cut into its columns, or null when one cannot be. */
function cutLines(lines: readonly TableLine[], starts: readonly number[]): string[][] | null {
  const out: string[][] = [];
  for (const l of lines) {
    const cells = cutLine(l.text, starts);
    if (cells === null) return null;
    out.push(cells);
  }
  return out;
}

// A line that ends mid-phrase before a capital: a comma or a joining word ("Savings and" / "Investment Plan").
const OPEN_END = /(?:[,;:-]|\b(?:and|or|of|the|to|for|in|as|by|with|between|among))$/;

/**
 * The lines of one cell: a phrase wrapped onto the next line is rejoined with a space ("dated as of
 * December" / "9, 1993."), separate lines (name, "(A Delaware Corporation)", street, city, phone)
 * keep apart with "; ".
 */
function joinRecordLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = collapseSpaces(raw);
    if (line === '') continue;
    // Before a lowercase word or a figure any open end wraps; before a capital only a comma or a joining word.
    const wraps = /^[a-z0-9]/.test(line) ? /[a-z0-9,;:-]$/.test(out) : OPEN_END.test(out);
    out = out === '' ? line : wraps ? joinFragments([out, line]) : `${out}${RECORD_LINE_JOIN}${line}`;
  }
  return out;
}

/**
 * A cover layout of records set apart by blank lines, under a heading group (an 8-K cover for several co-registrants:
 * "Commission / File Number", "Registrant, State of Incorporation, / Address and Telephone Number",
 * "I.R.S. Employer / Identification No.", then per registrant "1-1234   The Acme Company
 * 58-1234567" with "(A Delaware Corporation)", the street, the city and the phone under the name).
 * The heading group's lines join into one heading per column; a record's lines under one column
 * stay apart in its cell ("; "), so a name and address never run together. Null unless every group
 * after the heading is a record: a first line with a first column, further lines under one column.
 */
export function buildRecordTable(lines: readonly TableLine[], starts: readonly number[]): TextTable | null {
  if (lines.some((l) => l.kind === 'rule')) return null;
  const groups: TableLine[][] = [[]];
  for (const line of lines) {
    if (line.kind === 'blank') {
      if ((groups[groups.length - 1] ?? []).length > 0) groups.push([]);
    } else groups[groups.length - 1]?.push(line);
  }
  const filled = groups.filter((g) => g.length > 0);
  // The heading group: two or more lines, every one filling the first column (a record's further
  // lines leave it empty). Without one the table has no header (a page of an exhibit index).
  const cut = filled.map((g) => cutLines(g, starts));
  if (cut.some((g) => g === null)) return null;
  const firstCells = cut[0] ?? [];
  const headed = firstCells.length >= 2 && firstCells.every((c) => c[0] !== '');
  const headCells = headed ? firstCells : [];
  const records = (headed ? cut.slice(1) : cut) as string[][][];
  const recordLines = headed ? filled.slice(1) : filled;
  if (records.length < 2) return null;
  const rows: TableRow[] = [];
  for (const [r, record] of records.entries()) {
    const [first, ...more] = record;
    if (first === undefined || first[0] === '' || more.length === 0) return null;
    const parts = first.map((t) => (t === '' ? [] : [t]));
    for (const cells of more) {
      if (cells[0] !== '' || cells.every((t) => t === '')) return null;
      cells.forEach((t, i) => t && parts[i]?.push(t));
    }
    rows.push({
      cells: parts.map((p) => ({ text: joinRecordLines(p), notes: [] })),
      total: false,
      level: 0,
      section: false,
      pos: recordLines[r]![0]!.pos,
    });
  }
  const header = starts.map((_, i) => headerCell(joinFragments(headCells.map((c) => c[i] ?? ''))));
  return { header, rows };
}
