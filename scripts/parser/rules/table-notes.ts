import { continuesNotes, NOTES_CAPTION, startsSeries, tableCites } from '../note-markers.ts';
import { noteDefinitions, readNoteRun } from './note-run.ts';
import { isRuleLine, nextNonBlank, type BlockState } from './state.ts';

/** A rule between a table and its notes is short ("- ---------------"); a longer one ends the table's matter. */
const MAX_NOTE_RULE = 40;


/**
 * Notes typed under a table: straight after `</TABLE>` (or an untagged table), maybe under a short
 * rule, or first thing on the next page when the table cites them ("(1)" in a cell, the note over
 * the page) or they go on with the notes under it ("(4)" after "(3)"). The rule only reads them; the `attach-notes` post-pass gives them to the table.
 */
export function tableNotes(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const blocks = state.blocks;
  const last = blocks[blocks.length - 1];
  const nextPage = last?.kind === 'pageBreak' && state.lines[start]?.pageStart === true;
  // Over a page break, the table's notes may have begun under it on the page before: "(1)"-"(3)" there, "(4)" here.
  let at = blocks.length - (nextPage ? 2 : 1);
  const before: string[] = [];
  while (nextPage && blocks[at]?.kind === 'footnoteDefinition') before.unshift((blocks[at--] as { label: string }).label);
  const table = blocks[at];
  if (table?.kind !== 'table') return false;
  let i = start;
  const text = state.trimmed[i] ?? '';
  const ruled = !nextPage && isRuleLine(text);
  if (ruled) i = nextNonBlank(state, i + 1, end);
  // "Notes:" over the notes stays as printed, a paragraph before them.
  const caption = NOTES_CAPTION.test(state.trimmed[i] ?? '') ? i : -1;
  if (caption >= 0) i = nextNonBlank(state, i + 1, end);
  if (i >= end || (i !== start && state.lines[i]?.pageStart)) return false;
  const run = readNoteRun(state, i, end);
  if (run === null) return false;
  // Over a page break, or under a long rule, only a note the table cites is its note; "(1) The Company..." may open a list.
  const label = run.notes[0]!.label;
  const cited = tableCites(table.table, label) || (before.length > 0 && !startsSeries(label) && continuesNotes(before, label));
  if ((nextPage || (ruled && text.length > MAX_NOTE_RULE)) && !cited) return false;
  // Notes start a series; "(d) FINANCIAL STATEMENT SCHEDULE" after an exhibit table is the next sub-item.
  if (!cited && !startsSeries(label)) return false;
  if (silent) return true;
  if (caption >= 0) state.blocks.push({ kind: 'paragraph', text: state.trimmed[caption]!, pos: state.lines[caption]!.pos, pageBreaks: [] });
  state.blocks.push(...noteDefinitions(state, run));
  state.line = run.next;
  return true;
}
