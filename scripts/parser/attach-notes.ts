import { continuesNotes, onlyMarker, startsSeries, tableCites } from './note-markers.ts';
import type { Block, SourcePosition, TableModel } from './types.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;
type NoteBlock = Extract<Block, { kind: 'footnoteDefinition' }>;

/**
 * The `attach-notes` post-pass: notes the rules read straight under a table become the table's notes
 * (so do notes typed as a table of their own under it, when it cites them);
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
    // Notes typed as a table of their own straight under it: a "(1)" cell and the note's text on each row.
    const typed = notes.length === 0 && blocks[j]?.kind === 'table' ? notesTable(blocks[j] as TableBlock) : null;
    if (typed && tableCites(block.table, typed[0]!.label)) {
      out.push(withNotes(block, typed, [...breaks, ...(blocks[j] as TableBlock).pageBreaks]));
      i = j;
      continue;
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

/**
 * A table that is only notes: no head, each row a marker cell ("(1)") and the note's text, or a row
 * going on with the note above (its marker cell empty). The notes, when the first starts a series
 * and no text cell carries a marker of its own; else null.
 */
function notesTable(block: TableBlock): NoteBlock[] | null {
  const { header, rows } = block.table;
  if (rows.length === 0 || header.some((c) => c.text.trim() !== '' || c.notes.length > 0)) return null;
  const notes: NoteBlock[] = [];
  for (const row of rows) {
    const [first, ...rest] = row.cells;
    if (!first || first.notes.length > 0 || rest.some((c) => c.notes.length > 0)) return null;
    const text = rest.map((c) => c.text.replace(/\s+/g, ' ').trim()).filter((t) => t !== '').join(' ');
    const label = onlyMarker(first.text);
    const last = notes[notes.length - 1];
    if (label !== null && text !== '') notes.push({ kind: 'footnoteDefinition', label, text, pos: row.pos });
    else if (label === null && first.text.trim() === '' && last && text !== '') notes[notes.length - 1] = { ...last, text: `${last.text} ${text}` };
    else return null;
  }
  return startsSeries(notes[0]!.label) ? notes : null;
}

/** The footnoteDefinition blocks that follow one another from index `from`. */
function noteRun(blocks: readonly Block[], from: number): NoteBlock[] {
  const run: NoteBlock[] = [];
  for (let k = from; blocks[k]?.kind === 'footnoteDefinition'; k++) run.push(blocks[k] as NoteBlock);
  return run;
}

/** The table with the notes added after its own (`<FN>`) notes, each distinct note once; a page starting inside a note is marked before the table's notes. */
function withNotes(block: TableBlock, notes: readonly NoteBlock[], breaks: readonly SourcePosition[]): TableBlock {
  const added = notes.map((n) => ({ marker: n.label, text: n.text, pos: n.pos, ...(n.printed !== undefined ? { printed: n.printed } : {}) }));
  const inNotes = notes.flatMap((n) => (n.pageBreaks ?? []).map((b) => b.pos));
  return { ...block, table: { ...block.table, notes: distinctNotes([...block.table.notes, ...added]) }, pageBreaks: [...block.pageBreaks, ...breaks, ...inNotes] };
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
