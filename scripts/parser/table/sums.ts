/**
 * Checks a table's figures add up: a total row against the rows it closes, or, for a table with no total row,
 * a column's sum against a figure the filing's text states ("offering and selling 4,174,803 shares").
 */
import type { TableSum } from '../../section-schema.ts';
import type { TableModel } from '../types.ts';
import { isNil, printFigure as printed, readFigure } from './figure.ts';
import { kindOf } from './structure.ts';

/** A figure the text must state for a column sum to be matched with it: written with a thousands separator, so a year, a page number or a small count never matches by chance. */
const STATED_FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)/g;
/** Fewest addends a sum must have to be worth checking: one figure over its total is a repeat, not a sum. */
const MIN_ADDENDS = 2;

/** The comma-grouped figures a text states ("4,174,803"), each once. */
export function statedFigures(text: string): string[] {
  return [...new Set(text.match(STATED_FIGURE) ?? [])];
}

/** The whole-number figure of a cell, 0 for a printed nil, null for words, blanks, decimals and percentages (not summed: they round). */
function wholeFigure(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (isNil(text)) return 0;
  const figure = readFigure(text);
  return figure !== null && figure.integer && !figure.percent ? figure.value : null;
}

/**
 * True when the figures read as a running balance: some figure equals the sum of those above it (a balance
 * printed without a total's mark, "Outstanding, December 31, 1996"), and the total is that balance plus the
 * figures after it.
 */
export function closesRunningBalance(figures: readonly number[], total: number): boolean {
  let before = 0;
  for (let k = 0; k < figures.length; k++) {
    const figure = figures[k]!;
    if (k >= MIN_ADDENDS && figure === before && figure + figures.slice(k + 1).reduce((a, b) => a + b, 0) === total) return true;
    before += figure;
  }
  return false;
}

/**
 * The sums the table lets us check, per figure column:
 * - a total or subtotal row against the data rows right above it (up to the previous total, subtotal or section
 *   row). A flat table (data rows, then one total row last) that does not add up is reported with the difference;
 *   in a statement with groups, a total may add earlier totals or subtract a line printed without parentheses,
 *   so a total that matches none of our readings is left unchecked rather than called wrong;
 * - in a table with no total row, a column whose sum the text states elsewhere (`stated` says where).
 */
export function checkSums(table: Pick<TableModel, 'header' | 'rows'>, stated: ReadonlyMap<string, string>): TableSum[] {
  const sums: TableSum[] = [];
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length), 0);
  const kinds = table.rows.map(kindOf);
  const totals = kinds.flatMap((k, i) => (k === 'total' || k === 'subtotal' ? [i] : []));
  // A rule over a row other than the total marks a sum the kinds missed: not flat.
  const flat =
    totals.length === 1 && totals[0] === table.rows.length - 1 && kinds.every((k, i) => k === 'data' || i === totals[0]) && table.rows.every((r, i) => !r.rule || i === totals[0]);
  for (let column = 1; column < width; column++) {
    const label = (table.header[column]?.text ?? '').replace(/\s+/g, ' ').trim();
    const figures = table.rows.map((r) => wholeFigure(r.cells[column]?.text));
    for (const row of totals) {
      const total = figures[row];
      if (total === null || total === undefined) continue;
      const addends: number[] = [];
      for (let i = row - 1; i >= 0 && kinds[i] === 'data'; i--) {
        const figure = figures[i];
        if (figure !== null && figure !== undefined) addends.unshift(figure);
      }
      if (addends.length < MIN_ADDENDS) continue;
      const sum = addends.reduce((a, b) => a + b, 0);
      if (sum === total || closesRunningBalance(addends, total)) sums.push({ column, label, row, total: printed(total), sum: printed(total), ok: true });
      else if (flat) sums.push({ column, label, row, total: printed(total), sum: printed(sum), ok: false });
    }
    if (totals.length > 0) continue;
    const values = figures.filter((f): f is number => f !== null);
    if (values.length < MIN_ADDENDS || values.length < figures.filter((_, i) => kinds[i] === 'data').length) continue;
    const sum = printed(values.reduce((a, b) => a + b, 0));
    const where = stated.get(sum);
    if (where !== undefined) sums.push({ column, label, total: sum, sum, ok: true, stated: where });
  }
  return sums;
}
