import { noteStart } from '../note-markers.ts';
import type { SourcePosition, TableModel } from '../types.ts';
import { collapseSpaces } from './cell-text.ts';

/** A marker indented further than this is a figure's or a column's, not the start of a note. */
const MAX_NOTE_INDENT = 12;
// A short separator rule above the notes: "- ----------", "-----".
const SEPARATOR = /^\s*-?\s*[-_=]{3,}\s*$/;
// Hyphens that belong to the word and stay when a line breaks after them: "lock-" / "up".
const KEEP_HYPHEN_BEFORE = /(?:^|\W)(?:non|self|co|ex|vice|long|short|well|follow|lock|third|first|second|year|pre|post|anti|multi|cross|all|half|full|part|so|de)-$/i;
const KEEP_HYPHEN_AFTER = /^(?:up|in|out|off|on|over|based|related|owned|term|time|free|party|end|like|wide|looking|called|sized|held)\b/;

/** Joins note lines, closing words hyphenated at a line end when the next line starts in lower case. */
export function joinNoteLines(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = collapseSpaces(raw);
    if (part === '') continue;
    if (out === '') out = part;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(part)) {
      const keep = KEEP_HYPHEN_BEFORE.test(out) || KEEP_HYPHEN_AFTER.test(part);
      out = (keep ? out : out.slice(0, -1)) + part;
    } else out = `${out} ${part}`;
  }
  return out;
}

/** Parses a run of footnote lines ("(1) text", "* text", "(a) text") into notes; null when the run is not footnotes. */
export function parseNotes(lines: readonly { text: string; pos: SourcePosition }[]): TableModel['notes'] | null {
  const notes: { marker: string; parts: string[]; pos: SourcePosition; indent: number }[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (notes.length === 0 && SEPARATOR.test(line.text)) continue;
    const m = noteStart(line.text, true);
    const current = notes[notes.length - 1];
    // A new note starts at a marker no further right than the first note's marker (inside <FN> every line is a note's).
    if (m !== null && m.indent <= MAX_NOTE_INDENT && (current === undefined || m.indent <= current.indent + 1)) {
      notes.push({ marker: m.label, parts: [line.text.slice(m.length)], pos: line.pos, indent: m.indent });
      continue;
    }
    if (current === undefined) return null;
    current.parts.push(line.text);
  }
  if (notes.length === 0) return null;
  return notes.map((n) => ({ marker: n.marker, text: joinNoteLines(n.parts), pos: n.pos }));
}
