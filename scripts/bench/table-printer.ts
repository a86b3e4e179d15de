/** A printed table: a title, column headings and rows of cells already formatted as text. */
export interface TextTable {
  title: string;
  columns: string[];
  rows: string[][];
  /** Lines printed under the table (method, caveats). */
  notes?: string[];
}

/** Renders a table in fixed-width columns, text left-aligned and figures right-aligned. */
export function formatTable(table: TextTable): string {
  const widths = table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const isFigure = (cell: string): boolean => /^[-+]?[\d.,]+\s*\S{0,4}$|^n\/a$/.test(cell.trim());
  // A column is right-aligned, heading included, when every filled cell in it is a figure.
  const right = table.columns.map((_, i) => i > 0 && table.rows.every((r) => !r[i] || isFigure(r[i]!)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [table.title, line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)];
  for (const note of table.notes ?? []) out.push(`  ${note}`);
  return out.join('\n');
}

/** Bytes as a short human figure ("12.3 KB", "4.56 MB"), decimal units. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} KB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** Milliseconds as "850 ms" or "12.4 s". */
export function formatMs(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
