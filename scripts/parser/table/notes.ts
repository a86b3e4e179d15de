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

/** How far back the hyphen rules look: past the longest word they test ("follow-") and the boundary before it. */
const HYPHEN_LOOK_BACK = 16;

/** Joins note lines, closing words hyphenated at a line end when the next line starts in lower case. */
export function joinNoteLines(parts: readonly string[]): string {
  // Pieces joined once at the end; the rules test only `tail`, so a note of many lines stays linear.
  const out: string[] = [];
  let tail = '';
  for (const raw of parts) {
    const part = collapseSpaces(raw);
    if (part === '') continue;
    if (out.length > 0 && /[A-Za-z]-$/.test(tail) && /^[a-z]/.test(part)) {
      const keep = KEEP_HYPHEN_BEFORE.test(tail) || KEEP_HYPHEN_AFTER.test(part);
      if (!keep) {
        out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
        tail = tail.slice(0, -1);
      }
    } else if (out.length > 0) {
      out.push(' ');
      tail += ' ';
    }
    out.push(part);
    tail = (tail + part).slice(-HYPHEN_LOOK_BACK);
  }
  return out.join('');
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
