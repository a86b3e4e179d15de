import type { SourcePosition, TableCell, TableRow } from '../types.ts';
import { collapseSpaces, headerCell, joinFragments, stripLeaders } from './cell-text.ts';
import type { TableLine } from './table-lines.ts';
import { splitWords } from './tokens.ts';

/** A table of text columns (exhibit lists, cover layouts) cut at fixed column starts. */
export interface TextTable {
  header: TableCell[];
  rows: TableRow[];
}

/** A text cell with trailing asterisks set apart as its note ("97/3Q**" -> "97/3Q", ["**"]); "(a)" may be a section number, so it stays. */
function starredCell(text: string): TableCell {
  const m = /^(.*[^\s*])(\*{1,3})$/.exec(text);
  return m && m[1] !== undefined && m[2] !== undefined ? { text: m[1], notes: [m[2]] } : { text, notes: [] };
}

/** The text of each column on one line, cutting at `starts` (a word belongs to the column it starts in). */
function cutLine(text: string, starts: readonly number[]): string[] {
  const cells = starts.map(() => [] as string[]);
  for (const w of splitWords(text)) {
    let c = 0;
    while (c + 1 < starts.length && (starts[c + 1] as number) <= w.start) c++;
    cells[c]?.push(w.text);
  }
  return cells.map((ws) => ws.join(' '));
}

/** Builds rows of a text table: a line with an empty first column continues the row above (when `joinLines`); null when that cannot be done. */
export function buildTextTable(
  header: readonly TableLine[],
  body: readonly TableLine[],
  starts: readonly number[],
  joinLines = true,
): TextTable | null {
  const headerParts = starts.map(() => [] as string[]);
  for (const line of header) {
    if (line.kind !== 'text') continue;
    cutLine(line.text, starts).forEach((t, i) => t && headerParts[i]?.push(t));
  }
  const rows: { parts: string[][]; pos: SourcePosition; indent: number }[] = [];
  let afterBlank = false;
  for (const line of body) {
    if (line.kind !== 'text') {
      afterBlank ||= line.kind === 'blank';
      continue;
    }
    const cells = cutLine(line.text, starts);
    const open = rows[rows.length - 1];
    const startsEntry = afterBlank && open !== undefined && open.parts.slice(1).some((p) => p.length > 0);
    afterBlank = false;
    // A parenthesis left open in the row above closes on this line: "(State or Other Jurisdiction" / "of Incorporation)".
    const unclosed = (parts: readonly string[]): boolean => {
      const text = parts.join(' ');
      return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    };
    if (open !== undefined && open.parts.some((p, i) => unclosed(p) && /\)/.test(cells[i] ?? ''))) {
      cells.forEach((t, i) => t && open.parts[i]?.push(t));
      continue;
    }
    // After a blank line, an entry with an empty first column is a row of its own under the same group
    // ("Financial Services:" / "   Acme Credit Company   financing" / "" / "   Acme Rental Corporation   renting").
    if (cells[0] === '' && startsEntry && joinLines) rows.push({ parts: cells.map((t) => (t ? [t] : [])), pos: line.pos, indent: line.text.search(/\S/) });
    else if (cells[0] === '' && open !== undefined) {
      if (!joinLines) return null;
      cells.forEach((t, i) => t && open.parts[i]?.push(t));
    }
    else if (cells[0] === '') return null;
    else rows.push({ parts: cells.map((t) => (t ? [t] : [])), pos: line.pos, indent: line.text.search(/\S/) });
  }
  if (rows.length === 0) return null;
  return {
    header: headerParts.map((p) => headerCell(joinFragments(p))),
    rows: rows.map((r) => ({
      // A first column may run into leaders before the next: "Gregory L. Summe.........  Chairman of the Board,".
      cells: r.parts.map((p, i) => starredCell(i === 0 ? stripLeaders(collapseSpaces(joinFragments(p))) : collapseSpaces(joinFragments(p)))),
      total: false,
      level: 0,
      section: r.parts.slice(1).every((p) => p.length === 0),
      pos: r.pos,
    })),
  };
}
