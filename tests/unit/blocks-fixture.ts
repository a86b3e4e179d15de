import type { Line, SourcePosition, TableModel } from '../../scripts/parser/types.ts';

/**
 * Turns a template of EDGAR text into the Line[] the block rules read. A line "<<PAGE 3>>" starts
 * a new physical page printed "3"; the first non-blank line of every page is its page start.
 */
export function linesOf(template: string): Line[] {
  const out: Line[] = [];
  let pageIndex = 0;
  let printedPage: string | null = null;
  let started = false;
  template.split('\n').forEach((raw, k) => {
    const page = /^<<PAGE\s*(\S*)>>$/.exec(raw.trim());
    if (page) {
      if (out.length > 0 || k > 0) pageIndex++;
      printedPage = page[1] || null;
      started = false;
      return;
    }
    const text = raw.trimEnd();
    const blank = text.trim() === '';
    const pageStart = !blank && !started;
    if (pageStart) started = true;
    out.push({ text, indent: blank ? 0 : text.length - text.trimStart().length, blank, pageStart, pos: { line: k + 1, pageIndex, printedPage } });
  });
  return out;
}

/** A stand-in for the tables stage in block tests: one row per non-blank line, notes from "(n)" lines. */
export const fakeTables = {
  parseTable(source: { lines: { text: string; pos: SourcePosition }[]; tagged: boolean }): TableModel | null {
    const rows = source.lines
      .filter((l) => l.text.trim() !== '' && !/^<\/?(?:S|C|CAPTION)>/i.test(l.text.trim()))
      .map((l) => ({ cells: [{ text: l.text.trim(), notes: [] }], total: false, level: 0, section: false, pos: l.pos }));
    if (rows.some((r) => r.cells[0]!.text === 'NOT A TABLE')) return null;
    return { header: [], rows, align: [], notes: [] };
  },
  /** The block rules ask for the decline reason too (it goes to the build report). */
  readTable(source: { lines: { text: string; pos: SourcePosition }[]; tagged: boolean }): { table: TableModel | null; reason: string } {
    const table = fakeTables.parseTable(source);
    return { table, reason: table ? '' : 'a fake decline' };
  },
  parseTableNotes(lines: { text: string; pos: SourcePosition }[]): TableModel['notes'] | null {
    const notes: TableModel['notes'] = [];
    for (const l of lines) {
      const m = /^\s*\(([0-9A-Za-z]{1,2})\)\s+(.*)$/.exec(l.text) ?? /^\s*(\*+)\s*(.*)$/.exec(l.text);
      if (m) notes.push({ marker: m[1]!, text: m[2]!.trim(), pos: l.pos });
      else if (notes.length > 0) notes[notes.length - 1]!.text += ` ${l.text.trim()}`;
      else return null;
    }
    return notes.length > 0 ? notes : null;
  },
  untaggedTableLength(): number {
    return 0;
  },
  mergeContinuedTable(first: TableModel, next: TableModel): TableModel | null {
    return { ...first, rows: [...first.rows, ...next.rows] };
  },
};
