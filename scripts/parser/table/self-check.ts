import type { TableCell, TableModel } from '../types.ts';

// What must survive: letters, digits and the signs that carry meaning. Leader dots, rules and spacing may go.
const COUNTED = /[A-Za-z0-9$%&#@]/g;

/** How many counted characters a text holds. */
export function countedChars(text: string): number {
  return text.match(COUNTED)?.length ?? 0;
}

/** Counted characters in a set of cells, their footnote markers included. */
export function cellChars(cells: readonly TableCell[]): number {
  return cells.reduce((n, c) => n + countedChars(c.text) + c.notes.reduce((m, x) => m + countedChars(x), 0), 0);
}

/** Counted characters in a table's body and notes (the header is counted by the caller, spanners once). */
export function bodyChars(table: Pick<TableModel, 'rows' | 'notes'>): number {
  return (
    table.rows.reduce((n, r) => n + cellChars(r.cells), 0) +
    table.notes.reduce((n, x) => n + countedChars(x.marker) + countedChars(x.text), 0)
  );
}
