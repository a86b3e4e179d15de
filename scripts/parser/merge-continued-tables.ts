import { distinctNotes } from './attach-notes.ts';
import { mergeContinuedTable } from './tables.ts';
import type { Block, RemovedLine, TableModel } from './types.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * A post-pass: a table printed again on the next page with its head repeated (or "(continued)", or
 * no head) continues the table before it, when only page breaks and that page's footnotes lie
 * between. The repeated head is dropped, never read as rows; the page's footnotes (" *Notes appear
 * on pages 65-66.") become the table's notes, each distinct note once; the page breaks stay listed
 * on the merged table so every page keeps its anchor.
 */
export function mergeContinuedTables(blocks: Block[], furniture: RemovedLine[] = []): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') {
      out.push(block);
      continue;
    }
    let k = out.length - 1;
    const breaks: TableBlock['pageBreaks'] = [];
    const footnotes: TableModel['notes'] = [];
    for (; k >= 0; k--) {
      const b = out[k]!;
      if (b.kind === 'pageBreak') breaks.unshift(b.pos);
      else if (b.kind === 'footnoteDefinition') footnotes.unshift({ marker: b.label, text: b.text, pos: b.pos });
      else break;
    }
    const prev = out[k];
    // Only across a page: two tables one after the other on one page are two tables.
    // Heads decide the merge; the rows and page breaks are then appended in place, since copying every
    // row so far on each new page is quadratic in a table continued over many pages.
    const merged = prev?.kind === 'table' && breaks.length > 0 ? mergeContinuedTable({ ...prev.table, rows: [], notes: [...prev.table.notes, ...footnotes] }, { ...block.table, rows: [] }) : null;
    if (prev?.kind !== 'table' || merged === null) {
      out.push(block);
      continue;
    }
    // The head printed again is page furniture: listed, so word recall does not count it as lost.
    furniture.push({ text: [block.table.caption ?? '', ...block.table.header.map((c) => c.text)].join(' '), line: block.pos.line, why: 'repeated table head' });
    const rows = prev.table.rows;
    for (const row of block.table.rows) rows.push(row);
    const pageBreaks = prev.pageBreaks;
    for (const b of breaks) pageBreaks.push(b);
    for (const b of block.pageBreaks) pageBreaks.push(b);
    out.splice(k, out.length - k, { ...prev, table: { ...merged, rows, notes: distinctNotes(merged.notes) }, pageBreaks });
  }
  return out;
}
