import type { SourcePosition, TableModel, TableSource } from './types.ts';

/** Parses a `<TABLE>` body or an untagged whitespace table; null when not confident (the caller keeps it preformatted). */
export function parseTable(source: TableSource): TableModel | null {
  void source;
  throw new Error('parseTable is not written yet');
}

/** Parses a run of footnote lines ("(1) text", "* text", "(a) text") into notes; null when the run is not footnotes. */
export function parseTableNotes(lines: { text: string; pos: SourcePosition }[]): TableModel['notes'] | null {
  void lines;
  throw new Error('parseTableNotes is not written yet');
}

/** How many lines starting at `start` form an untagged whitespace-aligned table (0 when none). */
export function untaggedTableLength(lines: readonly { text: string }[], start: number): number {
  void lines;
  void start;
  throw new Error('untaggedTableLength is not written yet');
}

/** Joins a table continued after a page break onto the previous one when their headers match; null when they do not. */
export function mergeContinuedTable(first: TableModel, next: TableModel): TableModel | null {
  void first;
  void next;
  throw new Error('mergeContinuedTable is not written yet');
}
