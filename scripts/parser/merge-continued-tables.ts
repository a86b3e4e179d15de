import { mergeContinuedTable } from './tables.ts';
import type { Block, TableModel } from './types.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Notes repeated on every page of a long table are kept once. */
function distinctNotes(notes: TableModel['notes']): TableModel['notes'] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.marker}\u0000${n.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A post-pass: a table printed again on the next page with its head repeated (or "(continued)", or
 * no head) continues the table before it, when only page breaks and that page's footnotes lie
 * between. The repeated head is dropped, never read as rows; the page's footnotes (" *Notes appear
 * on pages 65-66.") become the table's notes, each distinct note once; the page breaks stay listed
 * on the merged table so every page keeps its anchor.
 */
export function mergeContinuedTables(blocks: Block[]): Block[] {
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
    const merged = prev?.kind === 'table' && breaks.length > 0 ? mergeContinuedTable({ ...prev.table, notes: [...prev.table.notes, ...footnotes] }, block.table) : null;
    if (prev?.kind !== 'table' || merged === null) {
      out.push(block);
      continue;
    }
    out.splice(k, out.length - k, { ...prev, table: { ...merged, notes: distinctNotes(merged.notes) }, pageBreaks: [...prev.pageBreaks, ...breaks, ...block.pageBreaks] });
  }
  return out;
}
