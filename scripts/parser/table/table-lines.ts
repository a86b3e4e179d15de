import type { SourcePosition } from '../types.ts';

/** One line inside a table, with tags blanked out so columns keep their positions. */
export interface TableLine {
  text: string;
  pos: SourcePosition;
  kind: 'blank' | 'rule' | 'text';
  /** For a rule line, whether it is a double rule ("=====") rather than a single one. */
  double?: boolean;
}

/** The zones of a `<TABLE>` body: caption lines, the `<S>`/`<C>` marker columns, body lines and `<FN>` lines. */
export interface TableZones {
  caption: TableLine[];
  /** Column of each `<S>`/`<C>` marker's `<`, or null when the table has no marker line. */
  markers: { stub: number | null; columns: number[] } | null;
  body: TableLine[];
  footnotes: { text: string; pos: SourcePosition }[];
}

// Tags that carry no text of their own: blanked to spaces so the columns after them do not move.
const LAYOUT_TAG = /<\/?(?:CAPTION|TABLE|R|PAGE)>/gi;
const MARKER_LINE = /^\s*(?:<[SC]>\s*)+$/i;

/** Expands tabs to 8-column stops and blanks layout tags, keeping every other character where it was. */
export function cleanTableText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r$/, '')) {
    if (ch === '\t') out += ' '.repeat(8 - (out.length % 8));
    else out += ch;
  }
  return out.replace(LAYOUT_TAG, (tag) => ' '.repeat(tag.length)).trimEnd();
}

/** Classifies a cleaned line: blank, a rule made only of `-`, `=` or `_` (PEM "- ----" included), or text. */
export function classifyLine(text: string, pos: SourcePosition): TableLine {
  if (text.trim() === '') return { text, pos, kind: 'blank' };
  const words = text.trim().split(/\s+/);
  if (words.every((w) => /^[-=_]+$/.test(w)) && words.some((w) => w.length >= 3)) {
    return { text, pos, kind: 'rule', double: words.some((w) => w.includes('=')) };
  }
  return { text, pos, kind: 'text' };
}

/** Splits raw table lines into caption, marker columns, body and `<FN>` footnote lines. */
export function splitTableZones(lines: readonly { text: string; pos: SourcePosition }[]): TableZones {
  const caption: TableLine[] = [];
  const body: TableLine[] = [];
  const footnotes: { text: string; pos: SourcePosition }[] = [];
  let markers: TableZones['markers'] = null;
  let inNotes = false;
  for (const raw of lines) {
    let text = cleanTableText(raw.text);
    if (/<FN>/i.test(text)) {
      inNotes = true;
      text = text.replace(/<FN>/gi, '    ');
    }
    if (inNotes) {
      const closes = /<\/FN>/i.test(text);
      text = text.replace(/<\/FN>/gi, '     ').trimEnd();
      footnotes.push({ text, pos: raw.pos });
      if (closes) inNotes = false;
      continue;
    }
    if (MARKER_LINE.test(text)) {
      if (markers === null) {
        const found = [...text.matchAll(/<([SC])>/gi)];
        const stubMark = found.find((m) => m[1]?.toUpperCase() === 'S');
        markers = {
          stub: stubMark?.index ?? null,
          columns: found.filter((m) => m[1]?.toUpperCase() === 'C').map((m) => m.index),
        };
      }
      continue;
    }
    // Inline "<S>"/"<C>" on a data line (a later 13F variant) mark columns, not text.
    const line = classifyLine(text.replace(/<[SC]>/gi, '   '), raw.pos);
    if (markers === null) caption.push(line);
    else body.push(line);
  }
  // Without a marker line everything is body; the header is found from the data.
  if (markers === null) return { caption: [], markers, body: caption, footnotes };
  return { caption, markers, body, footnotes };
}
