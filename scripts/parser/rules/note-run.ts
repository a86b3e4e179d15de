import { bareNoteStart, cellMarkers, NoteSeries, noteStart, splitLegend, startsSeries } from '../note-markers.ts';
import type { Block } from '../types.ts';
import { joinLines } from './join-lines.ts';
import { endsSentence, isRuleLine, nextNonBlank, opensTag, type BlockState } from './state.ts';

/** A run of notes as read from the lines: each note's label and the line indexes it spans. */
export interface NoteRun {
  notes: { label: string; lines: number[] }[];
  /** The line after the run. */
  next: number;
  /** Only blank lines follow the run on its page (or in the document). */
  endsPage: boolean;
  /** The notes are marked by bare numbers ("1  Includes ..."). */
  bare: boolean;
}

/**
 * Reads notes from line `start` (which must start with a marker): each note runs until the next
 * marker in series at the first note's indent. A blank line followed by anything but such a marker,
 * a rule line ("------------" under the last note), a table tag or a new page ends the run, so a note
 * never swallows the rule or the paragraph after it.
 */
export function readNoteRun(state: BlockState, start: number, end: number, bare = false): NoteRun | null {
  const markerOf = bare ? bareNoteStart : noteStart;
  const first = markerOf(state.lines[start]?.text ?? '');
  if (first === null) return null;
  const notes: NoteRun['notes'] = [];
  const series = new NoteSeries();
  const startsNote = (i: number): string | null => {
    const m = markerOf(state.lines[i]?.text ?? '');
    // A marker further right than the first note's is inside a note ("(continued)", a quoted clause).
    if (m === null || m.indent > first.indent + 1) return null;
    return series.continues(m.label) ? m.label : null;
  };
  // A note cut at the page foot goes on atop the next page: "(2) ... until his" / page 6 / "election as an officer, ...".
  // Unless the text over the notes was itself cut mid-sentence: then the new page goes on with that text ("ending on the date" / notes / page 5 / "the Taxes ...").
  const textAboveCut = cutMidSentence(state, start);
  const carriesOver = (k: number): boolean => {
    const last = notes[notes.length - 1];
    if (last === undefined || textAboveCut || startsNote(k) !== null) return false;
    return continuesNote(state.trimmed[last.lines[last.lines.length - 1]!] ?? '', state.trimmed[k] ?? '');
  };
  let crossed = false;
  let i = start;
  while (i < end) {
    const line = state.lines[i]!;
    if (line.pageStart && i !== start && !line.blank) {
      if (!carriesOver(i)) break;
      crossed = true;
      notes[notes.length - 1]!.lines.push(i++);
      continue;
    }
    if (line.blank) {
      const k = nextNonBlank(state, i, end);
      if (k >= end) break;
      if (state.lines[k]?.pageStart) {
        if (!carriesOver(k)) break;
        crossed = true;
        notes[notes.length - 1]!.lines.push(k);
        i = k + 1;
        continue;
      }
      if (startsNote(k) === null) break;
      i = k;
      continue;
    }
    if (isRuleLine(state.trimmed[i] ?? '') || opensTag(line.text)) break;
    const label = startsNote(i);
    if (label !== null) {
      notes.push({ label, lines: [i] });
      series.add(label);
    } else notes[notes.length - 1]?.lines.push(i);
    i++;
  }
  if (notes.length === 0) return null;
  const after = nextNonBlank(state, i, end);
  // Notes that went on over a page break ended the page they started on; a page footer line may stand under the notes.
  const footer = after < end && isPageFooter(state, after, end);
  const afterFooter = footer ? nextNonBlank(state, after + 1, end) : after;
  return { notes, next: i, endsPage: crossed || afterFooter >= end || state.lines[afterFooter]?.pageStart === true, bare };
}

/** Indent from which a short line is set in the middle of the page, as a footer is. */
const FOOTER_INDENT = 10;
/** Longest footer line: "[Cover page 1 of 2 pages]" is 25 characters. */
const MAX_FOOTER_LENGTH = 40;

/** Whether line `k` is a short centred line alone under the notes at the foot of its page ("[Cover page 1 of 2 pages]"). */
function isPageFooter(state: BlockState, k: number, end: number): boolean {
  const line = state.lines[k]!;
  const text = state.trimmed[k] ?? '';
  if (line.pageStart || line.indent < FOOTER_INDENT || text.length > MAX_FOOTER_LENGTH || noteStart(line.text) !== null) return false;
  const next = nextNonBlank(state, k + 1, end);
  return next >= end || state.lines[next]?.pageStart === true;
}

/** Lines looked back over, past blanks and the rule, for the text the notes stand under. */
const LOOK_ABOVE = 4;

/** Whether the nearest line over the notes at `start` (past blanks and a rule) is running text stopped mid-sentence: it ends in a letter, a comma or a hyphen. */
function cutMidSentence(state: BlockState, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - LOOK_ABOVE; i--) {
    const text = state.trimmed[i] ?? '';
    if (text === '' || isRuleLine(text)) continue;
    return /[A-Za-z,-]$/.test(text) && !opensTag(text) && !text.startsWith('<');
  }
  return false;
}

/** Words a line cannot end a sentence with: the note goes on ("... a partner of the" / "Company's counsel."). */
const OPEN_END = /(?:[,-]|\b(?:the|of|and|or|to|a|an|in|for|by|with|on|at|from|as|his|her|its|their))$/;

/**
 * Whether the first line of a page (`next`) goes on with a note whose last line is `last`: the
 * note stops mid-sentence and the line starts in lower case, or the note stops on a comma, a
 * hyphen or a word no sentence ends with. A rule, a tag or a capitalised line after a full stop starts something new.
 */
function continuesNote(last: string, next: string): boolean {
  if (next === '' || endsSentence(last) || isRuleLine(next) || opensTag(next)) return false;
  return /^[a-z]/.test(next) || OPEN_END.test(last);
}

/** The notes of a run as footnoteDefinition blocks, their lines joined as running text (a legend line gives one per marker). */
export function noteDefinitions(state: BlockState, run: NoteRun): Extract<Block, { kind: 'footnoteDefinition' }>[] {
  return run.notes.flatMap((note) => {
    const parts = note.lines.map((n, k) => {
      const line = state.lines[n]!;
      return { text: k === 0 ? line.text.slice((run.bare ? bareNoteStart : noteStart)(line.text)?.length ?? 0) : line.text, pos: line.pos, pageBreak: k > 0 && line.pageStart };
    });
    const pos = parts[0]!.pos;
    const { text, pageBreaks } = joinLines(parts, state.vocabulary);
    // The marker as printed, kept when it is not the usual "(1)", so a note never cited reads as filed ("a/ Includes ...").
    const printed = (run.bare ? bareNoteStart : noteStart)(state.lines[note.lines[0]!]!.text)?.printed;
    // A bare number is always kept: it tells the page-note plan to look for "revenues1".
    const own = printed !== undefined && (run.bare || (printed !== `(${note.label})` && printed !== note.label && !printed.startsWith('<'))) ? { printed } : {};
    if (pageBreaks.length > 0) return [{ kind: 'footnoteDefinition' as const, label: note.label, text, pos, ...own, pageBreaks }];
    const split = splitLegend(note.label, text);
    return split.map((n, k) => ({ kind: 'footnoteDefinition' as const, label: n.label, text: n.text, pos, ...(k === 0 && split.length === 1 ? own : {}) }));
  });
}

/**
 * Notes typed inside the table tags, after its last row: a rule ("- ---------------") or a blank line,
 * then notes that run to `</TABLE>` (line `to`). Returns the rule's (or blank's) line and the run, or
 * null when the table ends in rows. Only a marker line straight under a rule is tried, or under a
 * blank line when the rows above cite every note glued ("Jane Doe(1)") and no note line has
 * columns, so a table of "(1)" rows is never cut.
 */
export function trailingNoteRun(state: BlockState, from: number, to: number): { rule: number; run: NoteRun } | null {
  // Only the first run under a blank line that reaches `</TABLE>` is weighed: a later one is the tail of the same notes.
  let blankTried = false;
  for (let rule = from; rule < to; rule++) {
    const ruled = isRuleLine(state.trimmed[rule] ?? '');
    if (!ruled && (blankTried || !(state.lines[rule]!.blank && rule > from))) continue;
    const first = nextNonBlank(state, rule + 1, to);
    if (first >= to || noteStart(state.lines[first]!.text) === null) continue;
    const run = readNoteRun(state, first, to);
    if (run === null || nextNonBlank(state, run.next, to) < to) continue;
    if (ruled) return { rule, run };
    blankTried = true;
    if (citedRows(state, from, rule, run)) return { rule, run };
  }
  return null;
}

/** A gap that separates columns: notes are prose, rows are not. */
const COLUMN_GAP = /\S\s{4,}\S/;

/** Whether rows between `from` and `to` cite each note of the run glued to a word or figure, and no note line is set in columns. */
function citedRows(state: BlockState, from: number, to: number, run: NoteRun): boolean {
  if (!startsSeries(run.notes[0]!.label)) return false;
  if (run.notes.some((note) => note.lines.some((n, k) => COLUMN_GAP.test(k === 0 ? state.lines[n]!.text.slice(noteStart(state.lines[n]!.text)?.length ?? 0) : state.trimmed[n]!)))) return false;
  const labels = new Set(run.notes.map((note) => note.label));
  const cited = new Set<string>();
  for (let k = from; k < to; k++) for (const m of cellMarkers(state.trimmed[k] ?? '', labels)) cited.add(m.label);
  return cited.size === labels.size;
}
