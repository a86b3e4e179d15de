/**
 * What a footnote marker looks like, in one place: the printed forms a note starts with under a
 * table or at a page foot, the same forms as references in cells and running text, and which
 * marker may follow which in a run of notes.
 */
import type { TableCell, TableModel } from './types.ts';

/** A marker closed by a slash only, "1/" or "a/", never part of a fraction, a date or an abbreviation. */
const SLASH_AFTER = String.raw`(?:\d{1,2}|[a-z])\/(?![\w/])`;

/** Marker forms as printed: "(1)", "( 1)", "(a)", "(A)", "(iv)", "[1]", "1)", "/1/", "1/", "a/", "<F1>", "*", "**", "***", "†", "‡" ("1/2", "a/k/a" and "c/o" are no markers). */
const MARKER = String.raw`\(\s?(?:\d{1,2}|[a-zA-Z]{1,2}|[ivx]{1,4})\s?\)|\[(?:\d{1,2}|[a-zA-Z]{1,2})\]|\/(?:\d{1,2}|[a-zA-Z])\/|<F\d{1,2}>|\*{1,3}|[†‡]{1,2}|\d{1,2}\)|${SLASH_AFTER}`;

/** A line that starts a note: a marker, then the note's text ("(1)  Beneficial...", "*Notes appear on pages 65-66.", "<F1>Items reported..."); never "* * *". */
const NOTE_LINE = new RegExp(`^(\\s*)(${MARKER})(?![*†‡])\\s*(?=[^\\s*†‡])`);

/** Trademark marks glued to a word ("Power Macintosh(R)", "eMate(TM)"): never footnote markers. */
const TRADEMARK = /^(?:R|TM|SM)$/;

/** The marker as a label, without its brackets: "(1)" -> "1", "[a]" -> "a", "/1/" -> "1", "<F1>" -> "F1", "*" stays "*". */
export function bareMarker(marker: string): string {
  return marker
    .trim()
    .replace(/^<(F\d{1,2})>$/i, '$1')
    .replace(/^[([/]+\s*|\s*[)\]/.]+$/g, '');
}

/** True for "R", "TM" and "SM": a trademark or service mark, not a note. */
export function isTrademark(label: string): boolean {
  return TRADEMARK.test(bareMarker(label));
}

/** Within a run of notes only (never to start one): "5.  Fifth." numbered like a list. */
const NUMBERED_NOTE_LINE = /^(\s*)(\d{1,2}\.)\s+(?=\S)/;

/**
 * The note marker that starts a line, with its label and how many characters (indent, marker, gap)
 * it takes; null when none. `numbered` also takes "5." (only inside a run already known to be notes).
 */
export function noteStart(text: string, numbered = false): { label: string; printed: string; indent: number; length: number } | null {
  const m = NOTE_LINE.exec(text) ?? (numbered ? NUMBERED_NOTE_LINE.exec(text) : null);
  if (m === null) return null;
  const label = bareMarker(m[2] ?? '');
  if (isTrademark(label)) return null;
  return { label, printed: (m[2] ?? '').replace(/\s+/g, ''), indent: (m[1] ?? '').length, length: m[0].length };
}

/** A note whose marker lost its superscript: a bare number, a gap and a capital ("1  Includes ..."); read only where its citations are found too. */
const BARE_NOTE_LINE = /^(\s*)(\d{1,2})\s{1,4}(?=[A-Z"(])/;

/** The bare-number note marker that starts a line ("1  Includes ..."), as `noteStart` gives it; null when none. */
export function bareNoteStart(text: string): { label: string; printed: string; indent: number; length: number } | null {
  const m = BARE_NOTE_LINE.exec(text);
  return m === null ? null : { label: m[2]!, printed: m[2]!, indent: (m[1] ?? '').length, length: m[0].length };
}

/**
 * A bare number glued to a word of lower-case letters, maybe after its punctuation, and not part of a
 * longer number: "revenues1", "the Act.2". Words like "G4" or "Q1" (capitals) and figures never match.
 */
export function bareReferencePattern(label: string): RegExp {
  return new RegExp(`(?<=[a-z]{2}[.,;:"')\u2019\u201d]?)${label}(?![\\w.,]\\d|\\w)`, 'g');
}

/** A caption over notes: "Notes:", "NOTES TO TABLE:", "Footnotes:", a Form 4's "Explanation of Responses:". */
export const NOTES_CAPTION = /^(?:(?:notes?|footnotes?)(?:\s+to\s+(?:the\s+)?(?:above\s+)?tables?)?|explanation\s+of\s+responses)\s*:?$/i;

/** Notes skipped in a printed series ("(1)", "(2)", "(4)" when a note was withdrawn) still continue it. */
const SERIES_GAP = 3;

/** The first marker of each series a run of notes may start: "1", "a", "A", "i", "*", "†", "F1". */
const SERIES_FIRST = /^(?:1|a|A|i|I|\*|†|F1)$/;

/** A Roman numeral's value ("iv" -> 4); NaN when the label is not one. */
function romanValue(label: string): number {
  const digits: Record<string, number> = { i: 1, v: 5, x: 10 };
  if (!/^[ivx]{1,4}$/.test(label)) return Number.NaN;
  return [...label].reduce((sum, c, k) => {
    const v = digits[c]!;
    const next = digits[label[k + 1] ?? ''] ?? 0;
    return sum + (v < next ? -v : v);
  }, 0);
}

/** The series a label may belong to and its place in each: "3" -> digits 3, "c" -> lower 3, "**" -> stars 2, "iv" -> roman 4 ("i" is both lower 9 and roman 1). */
function seriesOf(label: string): { series: string; place: number }[] {
  const out: { series: string; place: number }[] = [];
  if (/^\d{1,2}$/.test(label)) out.push({ series: 'digit', place: Number(label) });
  if (/^F\d{1,2}$/.test(label)) out.push({ series: 'fn', place: Number(label.slice(1)) });
  if (/^\*{1,3}$/.test(label)) out.push({ series: 'star', place: label.length });
  if (/^[†‡]{1,2}$/.test(label)) out.push({ series: 'dagger', place: label.length + (label.includes('‡') ? 1 : 0) });
  if (/^[a-z]$/.test(label)) out.push({ series: 'lower', place: label.charCodeAt(0) - 96 });
  if (/^[A-Z]$/.test(label)) out.push({ series: 'upper', place: label.charCodeAt(0) - 64 });
  if (!Number.isNaN(romanValue(label))) out.push({ series: 'roman', place: romanValue(label) });
  return out;
}

/** True for the first marker of a series ("1", "a", "A", "i", "*", "F1"): where a run of notes may begin. */
export function startsSeries(label: string): boolean {
  return SERIES_FIRST.test(label);
}

/**
 * True when a note marked `label` can follow notes marked `before` in one run: the next in a series
 * already started ("(2)" after "(1)"), or the first of a new series ("*" after "(3)"). "(b) REPORTS
 * ON FORM 8-K" after a "*" note is not, so a run of notes never swallows the sub-item after it.
 */
export function continuesNotes(before: readonly string[], label: string): boolean {
  if (before.length === 0 || SERIES_FIRST.test(label)) return true;
  return seriesOf(label).some((next) =>
    before.some((b) => seriesOf(b).some((prev) => prev.series === next.series && next.place > prev.place && next.place - prev.place <= SERIES_GAP)),
  );
}

/**
 * The labels of a run of notes so far, filed by series and place, so whether a label continues
 * them (as `continuesNotes` judges it) is a few look-ups: asking `continuesNotes` of the whole
 * run at every line is quadratic on a long run.
 */
export class NoteSeries {
  private count = 0;
  private readonly places = new Map<string, Set<number>>();

  /** Files the label of a note just read. */
  add(label: string): void {
    this.count++;
    for (const { series, place } of seriesOf(label)) {
      let seen = this.places.get(series);
      if (!seen) {
        seen = new Set();
        this.places.set(series, seen);
      }
      seen.add(place);
    }
  }

  /** `continuesNotes(labels so far, label)`. Places are whole numbers, so the earlier places within the gap can be named. */
  continues(label: string): boolean {
    if (this.count === 0 || SERIES_FIRST.test(label)) return true;
    return seriesOf(label).some((next) => {
      const seen = this.places.get(next.series);
      if (!seen) return false;
      for (let d = 1; d <= SERIES_GAP; d++) if (seen.has(next.place - d)) return true;
      return false;
    });
  }
}

/** Escapes a string for a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every printed form a label can be cited by: "1" -> "(1)", "[1]", "/1/"; "*" -> "*"; "F1" -> "<F1>". */
function citedForms(label: string): string[] {
  const bare = bareMarker(label);
  if (/^[*†‡]+$/.test(bare)) return [bare];
  if (/^F\d{1,2}$/.test(bare)) return [`<${bare}>`];
  return [`(${bare})`, `[${bare}]`, `/${bare}/`, ...(/^(?:\d{1,2}|[a-z])$/.test(bare) ? [`${bare}/`] : [])];
}

/**
 * What may stand right before a marker in running text: a word of letters ("Owned", "PRAVACHOL's") or
 * punctuation, maybe with markers already glued to it ("COMPANY(1)(3)"). Never a space (in-text
 * enumerations: "include, (1) the risks") nor a word with digits (statute clauses: "Section 13(a)",
 * "280G(b)(1)").
 */
const CITING = String.raw`(?<=(?:(?<![\w'\u2019-])[A-Za-z][A-Za-z'\u2019-]*|[.,;:"'\u2019\u201d])(?:\(\w{1,3}\)|\[\w{1,3}\]|\*{1,3})*)`;

/** A marker cited in running text, after a word or punctuation (see CITING); a star may follow any word ("88K**", "10.1*"). */
export function textReferencePattern(label: string): RegExp {
  const alternatives = citedForms(label).map(escapeRegExp).join('|');
  const before = /^[*†‡]+$/.test(bareMarker(label)) ? '(?<=[^\\s*†‡])' : CITING;
  return new RegExp(`${before}(?:${alternatives})(?![\\w*†‡])`, 'g');
}

/** One marker found in a cell's text: where it is and the label it cites. */
export interface CitedMarker {
  start: number;
  end: number;
  label: string;
}

/** Any one marker, anywhere. */
const ANY_MARKER = new RegExp(`(?:${MARKER})(?![*†‡])`, 'g');

/** A text that is one marker and nothing else: "(1)", "*", "[a]". */
const ONE_MARKER = new RegExp(`^\\s*(?:${MARKER})\\s*$`);

/** The label of a text that is one marker and nothing else ("(1)" -> "1", "*" -> "*"), else null. */
export function onlyMarker(text: string): string | null {
  if (!ONE_MARKER.test(text)) return null;
  const label = bareMarker(text);
  return isTrademark(label) ? null : label;
}

/** A cell holding only markers: "(a)", "*", "(1)(2)", "(1), (3)". */
const ONLY_MARKERS = new RegExp(`^\\s*(?:${MARKER})(?:[\\s,]*(?:${MARKER}))*\\s*$`);

/** Characters every cited form starts with; a text without any of them cites nothing. */
const MARKER_OPENERS = /[([/<*†‡]/;

/** One RegExp per set of labels, built once: a table's cells are many, its notes few. */
const matchers = new Map<string, RegExp>();

/** The RegExp finding any of `labels` cited in a cell: glued after a non-space, or leading the cell. */
function cellMarkerPattern(labels: ReadonlySet<string>): RegExp {
  const key = [...labels].sort().join('\u0000');
  let re = matchers.get(key);
  if (re === undefined) {
    // Longest forms first, so "**" is tried before "*".
    const forms = [...labels].flatMap(citedForms).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    re = new RegExp(`(?<=[^\\s*†‡])(?:${forms})(?![\\w*†‡])|^(?:${forms})(?=[\\w$])`, 'g');
    matchers.set(key, re);
  }
  return re;
}

/**
 * Markers in a table cell's text that cite one of `labels`: glued to a figure or a word ("744,322(2)",
 * "PUBLIC(1)", "fixed charges(3)", "1,234/1/"), or leading the cell ("*10.1"). In a cell a figure may
 * carry a marker, so digits before it count. A cell of markers only ("(a)" over a column of ratios,
 * "(1)(2)" in a notes column) cites them too; only "(2)" alone is a negative figure.
 */
export function cellMarkers(text: string, labels: ReadonlySet<string>): CitedMarker[] {
  if (labels.size === 0 || !MARKER_OPENERS.test(text)) return [];
  if (ONLY_MARKERS.test(text)) {
    const marks = [...text.matchAll(ANY_MARKER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label: bareMarker(m[0]) }));
    // "(2)" alone is a negative figure; "(a)", "*" or "(1)(2)" in a notes column are markers.
    if (marks.length === 1 && /^\d+$/.test(marks[0]!.label)) return [];
    return marks.filter((m) => labels.has(m.label));
  }
  const out: CitedMarker[] = [];
  for (const m of text.matchAll(cellMarkerPattern(labels))) {
    const start = m.index ?? 0;
    // "(2)" after "$" or "(" is a negative figure, not a note.
    if (/[$(]$/.test(text.slice(0, start))) continue;
    out.push({ start, end: start + m[0].length, label: bareMarker(m[0]) });
  }
  // A marker set off by one space at the cell's end, after a figure or a word: "118 (2)", "Revenues (a)".
  const spaced = SPACED_END_MARKER.exec(text);
  const label = spaced ? bareMarker(spaced[1]!) : '';
  if (spaced && labels.has(label) && !out.some((m) => m.end === text.length)) out.push({ start: spaced.index, end: text.length, label });
  return out;
}

/** A bracketed or slashed marker after one space that ends a cell ("118 (2)", "601 b/"); the space goes with it, so the reference sits on the figure. */
const SPACED_END_MARKER = /(?<=[\w%])\s(\(\s?(?:\d{1,2}|[a-z])\s?\)|(?:\d{1,2}|[a-z])\/)$/;

/** True when a cell of the table (header or body) cites `label`, as a marker the tables stage set apart or one left in its text. */
export function tableCites(table: Pick<TableModel, 'header' | 'rows'>, label: string): boolean {
  const bare = bareMarker(label);
  const labels = new Set([bare]);
  const cites = (cell: TableCell): boolean => cell.notes.some((n) => bareMarker(n) === bare) || cellMarkers(cell.text, labels).length > 0;
  return table.header.some(cites) || table.rows.some((r) => r.cells.some(cites));
}

/** A legend entry after the first: "; (N): Noncash" in "(C): Cash; (N): Noncash; (B): Both cash and noncash". */
const LEGEND_ENTRY = /;\s*(\(\s?[A-Za-z0-9]{1,2}\s?\)|\*{1,3})\s*[:=]\s*/g;

/**
 * A legend typed as one note, "(C): Cash; (N): Noncash; (B): Both cash and noncash", is one note
 * per marker. `text` is what follows the first marker (": Cash; (N): ..."); anything else is one note.
 */
export function splitLegend(label: string, text: string): { label: string; text: string }[] {
  const head = /^\s*[:=]\s*/.exec(text);
  if (head === null) return [{ label, text }];
  const out: { label: string; text: string }[] = [];
  let current = { label, from: head[0].length };
  for (const m of text.matchAll(LEGEND_ENTRY)) {
    out.push({ label: current.label, text: text.slice(current.from, m.index).trim() });
    current = { label: bareMarker(m[1] ?? ''), from: (m.index ?? 0) + m[0].length };
  }
  out.push({ label: current.label, text: text.slice(current.from).trim() });
  return out.every((n) => n.text !== '') ? out : [{ label, text }];
}

/**
 * A marker glued to a word in running text, whatever it cites: "Act(2)", "PRAVACHOL*". Never after a
 * statute number ("13(a)", "4980B(f)"), a trademark ("Macintosh(R)") or a plural ("date(s)").
 */
const GLUED_TEXT_MARKER = /(?<=(?<![\w'\u2019])[A-Za-z][A-Za-z'\u2019]+)(?:\((?!s\))(?:\d{1,2}|[a-z])\)|\*{1,3})(?![\w*])/g;

/** The markers glued to words in a text, with where they are: for reporting those no note defines. */
export function gluedTextMarkers(text: string): CitedMarker[] {
  return [...text.matchAll(GLUED_TEXT_MARKER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, label: bareMarker(m[0]) }));
}

/** A figure with a marker glued to it, the whole of a cell: "$12.50(1)", "500(2)", "(1,234)*"; letters are left out ("10(a)" numbers an exhibit). */
const FIGURE_MARKER = /^\$?\s?\(?\d[\d,]*(?:\.\d+)?%?\)?(\(\s?\d{1,2}\s?\)|\*{1,3}|\/\d{1,2}\/|\[\d{1,2}\])$/;

/** The markers a cell's text carries glued to a figure ("$12.50(1)") or a word ("Third quarter(3)"), or a cell of numbered markers ("(1)(2)"), whatever they cite: for reporting those no note defines. */
export function cellTextMarkers(text: string): string[] {
  // "(1)(2)" in a notes column; one "(2)" alone is a negative figure and "(a)" a column's letter.
  if (ONLY_MARKERS.test(text)) {
    const labels = [...text.matchAll(ANY_MARKER)].map((m) => bareMarker(m[0]));
    return labels.length > 1 && labels.every((l) => /^(?:\d{1,2}|\*{1,3})$/.test(l)) ? labels : [];
  }
  const figure = FIGURE_MARKER.exec(text);
  const labels = gluedTextMarkers(text).map((m) => m.label);
  return figure ? [bareMarker(figure[1]!), ...labels] : labels;
}
