import { continuesNotes, startsSeries, tableCites } from './note-markers.ts';
import type { Block, SourcePosition, TableModel } from './types.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;
type NoteBlock = Extract<Block, { kind: 'footnoteDefinition' }>;

/**
 * The `attach-notes` post-pass: notes the rules read straight under a table become the table's notes;
 * notes first on the next page join it when the table cites them, and the page break between moves
 * into the table so its page mark still comes before them. Other notes stay page footnotes. One pass
 * over the blocks.
 */
export function attachNotes(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'table') {
      out.push(block);
      continue;
    }
    let j = i + 1;
    let notes = noteRun(blocks, j);
    const breaks: SourcePosition[] = [];
    const brk = blocks[j];
    if (notes.length === 0 && brk?.kind === 'pageBreak') {
      const over = noteRun(blocks, j + 1);
      if (over.length > 0 && tableCites(block.table, over[0]!.label)) {
        notes = over;
        breaks.push(brk.pos);
        j++;
      }
    }
    if (notes.length === 0) {
      out.push(block);
      continue;
    }
    // Notes that go on over a page break ("(1)"-"(3)" under the table, "(4)" atop the next page) are the table's too.
    for (let after = j + notes.length; blocks[after]?.kind === 'pageBreak'; after = j + notes.length) {
      const more = noteRun(blocks, after + 1);
      const label = more[0]?.label;
      if (label === undefined || !(tableCites(block.table, label) || (!startsSeries(label) && continuesNotes(notes.map((n) => n.label), label)))) break;
      breaks.push(blocks[after]!.pos);
      notes = [...notes, ...more];
      j++;
    }
    out.push(withNotes(block, notes, breaks));
    i = j + notes.length - 1;
  }
  return out;
}

/** The footnoteDefinition blocks that follow one another from index `from`. */
function noteRun(blocks: readonly Block[], from: number): NoteBlock[] {
  const run: NoteBlock[] = [];
  for (let k = from; blocks[k]?.kind === 'footnoteDefinition'; k++) run.push(blocks[k] as NoteBlock);
  return run;
}

/** The table with the notes added after its own (`<FN>`) notes, each distinct note once. */
function withNotes(block: TableBlock, notes: readonly NoteBlock[], breaks: readonly SourcePosition[]): TableBlock {
  const added = notes.map((n) => ({ marker: n.label, text: n.text, pos: n.pos }));
  return { ...block, table: { ...block.table, notes: distinctNotes([...block.table.notes, ...added]) }, pageBreaks: [...block.pageBreaks, ...breaks] };
}

/** Notes repeated on every page of a long table are kept once. */
export function distinctNotes(notes: TableModel['notes']): TableModel['notes'] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.marker}\u0000${n.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
