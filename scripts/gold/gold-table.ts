/** The gold table `npm run corpus` prints: per filing headings recall, precision and F1, cells, footnotes, then the averages. */
import { pyFixed } from './python-format.ts';
import type { GoldScore } from './score-gold.ts';

/** A filing's gold figures, or why there are none (its gold file is unreadable, or the filing did not parse). */
export type GoldRow = { file: string; score: GoldScore } | { file: string; error: string };

const HEADER = ['file', 'headings recall', 'precision', 'F1', 'cells', 'footnotes'];

/** The five figures of a score, in the table's order. */
function figures(score: GoldScore): number[] {
  return [score.headings.recall, score.headings.precision, score.headings.f1, score.tables.accuracy, score.footnotes.rate];
}

/** One aligned row per filing (a failed one shows its reason) and an AVERAGE row over the scored filings. */
export function formatGoldTable(rows: readonly GoldRow[]): string[] {
  const scored = rows.flatMap((row) => ('score' in row ? [figures(row.score)] : []));
  const table: string[][] = [HEADER, ...rows.map((row) => ('score' in row ? [row.file, ...figures(row.score).map(fixed)] : [row.file, row.error]))];
  if (scored.length > 0) {
    const averages = HEADER.slice(1).map((_, c) => scored.reduce((sum, f) => sum + (f[c] ?? 0), 0) / scored.length);
    table.push([`AVERAGE of ${scored.length}`, ...averages.map(fixed)]);
  }
  return align(table);
}

function fixed(x: number): string {
  return pyFixed(x, 3);
}

/** The file column left-aligned, figures right-aligned under their heads; a reason row is the file and its reason. */
function align(table: string[][]): string[] {
  const full = (row: string[]) => row.length === HEADER.length;
  const widths = HEADER.map((_, c) => Math.max(...table.map((row) => (c === 0 || full(row) ? (row[c] ?? '').length : 0))));
  return table.map((row) => {
    if (!full(row)) return `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${row[1] ?? ''}`;
    return row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  });
}
