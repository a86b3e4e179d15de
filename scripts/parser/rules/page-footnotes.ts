import { bareReferencePattern, continuesNotes, NOTES_CAPTION, startsSeries, textReferencePattern } from '../note-markers.ts';
import type { Block } from '../types.ts';
import { noteDefinitions, readNoteRun, type NoteRun } from './note-run.ts';
import { isRuleLine, nextNonBlank, type BlockState } from './state.ts';

/** A rule over page footnotes is short ("- ---------------"); a longer one is a thematic break unless the notes under it are cited. */
const MAX_NOTE_RULE = 30;

/**
 * Footnotes typed by hand at the bottom of a page: a short rule ("-----") and then lines starting
 * "(1)" or "*" running to the end of the page, or standing under a table kept as lines. Anything
 * less certain stays in the running text.
 */
export function pageFootnotes(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const rule = state.trimmed[start] ?? '';
  if (!isRuleLine(rule) || (!rule.startsWith('-') && !rule.startsWith('_'))) return false;
  const i = nextNonBlank(state, start + 1, end);
  if (i >= end || state.lines[i]?.pageStart) return false;
  const run = readNoteRun(state, i, end) ?? bareNoteRun(state, start, i, end);
  if (run === null) return false;
  // A long rule ("________________________________________") is over notes only when they end the page and the text above cites each.
  if (rule.length > MAX_NOTE_RULE && !(run.endsPage && run.notes.every((note) => citedAbove(state, start, note.label)))) return false;
  // Under a table kept as lines ("- ----------" / "(1)  Information is as of March 31, 1998."), the notes
  // are the table's even when text follows them on the same page; otherwise they must end the page.
  const previous = lastContentBlock(state.blocks);
  const underTable = previous?.kind === 'table' || previous?.kind === 'lineBlock' || previous?.kind === 'preformatted';
  if (!underTable && !run.endsPage) return false;
  if (silent) return true;
  state.blocks.push(...noteDefinitions(state, run));
  state.line = run.next;
  return true;
}

/**
 * Notes with no rule over them that end a page, under a "NOTES" caption or each cited by a marker glued to a word higher on the
 * page or on the page before: "PRAVACHOL*" ... "* Indicates brand names of products which are registered trademarks".
 * Without that citation a marker line at a page foot is a list item or a paragraph.
 */
export function citedPageNotes(state: BlockState, start: number, end: number, silent: boolean): boolean {
  if (state.lines[start]?.pageStart || !state.lines[start - 1]?.blank) return false;
  // Under a caption ("NOTES" / "(1) Director of the Company ..."), the caption says they are notes: they need only start a series.
  const caption = NOTES_CAPTION.test(state.trimmed[start] ?? '');
  const first = caption ? nextNonBlank(state, start + 1, end) : start;
  if (first >= end || state.lines[first]?.pageStart) return false;
  const run = readNoteRun(state, first, end);
  if (run === null || !run.endsPage) return false;
  if (caption ? !startsSeries(run.notes[0]!.label) : !run.notes.every((note) => citedAbove(state, start, note.label))) return false;
  if (silent) return true;
  if (caption) state.blocks.push({ kind: 'paragraph', text: state.trimmed[start]!, pos: state.lines[start]!.pos, pageBreaks: [] });
  state.blocks.push(...noteDefinitions(state, run));
  state.line = run.next;
  return true;
}

/**
 * Page footnotes that go on atop the next page: "(1)" and "(2)" at the foot of page 5, "(3)" first
 * on page 6. The marker must continue the notes before the page break ("(3)" after "(2)"), never
 * start a series ("(1)" or "*" atop a page opens a list as often as notes).
 */
export function continuedPageNotes(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const blocks = state.blocks;
  if (!state.lines[start]?.pageStart || blocks[blocks.length - 1]?.kind !== 'pageBreak') return false;
  const before: string[] = [];
  for (let k = blocks.length - 2; k >= 0; k--) {
    const block = blocks[k]!;
    if (block.kind !== 'footnoteDefinition') break;
    before.unshift(block.label);
  }
  if (before.length === 0) return false;
  const run = readNoteRun(state, start, end);
  const label = run?.notes[0]?.label;
  if (!run || label === undefined || startsSeries(label) || !continuesNotes(before, label)) return false;
  if (silent) return true;
  state.blocks.push(...noteDefinitions(state, run));
  state.line = run.next;
  return true;
}

/**
 * Notes whose markers lost their superscripts, under a short rule at a page foot: "1  Includes ...",
 * "2  Restated ...". Read only when they start at "1", end the page, and the text above cites each
 * glued to a word of lower-case letters ("revenues1"); a line starting "1 " is otherwise text.
 */
function bareNoteRun(state: BlockState, rule: number, start: number, end: number): NoteRun | null {
  if ((state.trimmed[rule] ?? '').length > MAX_NOTE_RULE) return null;
  const run = readNoteRun(state, start, end, true);
  if (run === null || !run.endsPage || run.notes[0]!.label !== '1') return null;
  // On the notes' own page only: a bare number is a weak marker, so its citation must stand right above it.
  return run.notes.every((note) => citedAbove(state, rule, note.label, bareReferencePattern(note.label), 1)) ? run : null;
}

/** Pages back from a note where its citation may stand: its own, and the one before (the note went over the page). */
const CITING_PAGES = 2;

/** True when running text above line `at`, on its page or the one before, cites `label` ("Section 13(a)" does not: see textReferencePattern). */
function citedAbove(state: BlockState, at: number, label: string, pattern = textReferencePattern(label), pagesBack = CITING_PAGES): boolean {
  let pages = 0;
  for (let i = at - 1; i >= 0; i--) {
    pattern.lastIndex = 0;
    if (pattern.test(state.trimmed[i] ?? '')) return true;
    if (state.lines[i]?.pageStart && ++pages >= pagesBack) return false;
  }
  return false;
}

/** The last block that is not a page break. */
function lastContentBlock(blocks: readonly Block[]): Block | undefined {
  for (let k = blocks.length - 1; k >= 0; k--) if (blocks[k]?.kind !== 'pageBreak') return blocks[k];
  return undefined;
}
