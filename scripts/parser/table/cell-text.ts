import type { TableCell } from '../types.ts';
import { splitTrailingNotes } from './tokens.ts';

/** Collapses runs of spaces (justified text has "Arthur  Norman") and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Joins fragments top to bottom, closing a word hyphenated at a line end ("Accu-" + "mulated" -> "Accumulated"). */
export function joinFragments(fragments: readonly string[]): string {
  let out = '';
  for (const raw of fragments) {
    const f = collapseSpaces(raw);
    if (f === '') continue;
    if (out === '') out = f;
    else if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(f)) out = out.slice(0, -1) + f;
    else out = `${out} ${f}`;
  }
  return out;
}

// Words whose own period runs into the leaders: "Goldman, Sachs & Co.........", "Citicorp Securities, Inc......".
const ABBREVIATION = /(?:^|[\s,&])(?:Co|Inc|Corp|Ltd|Bros|Jr|Sr|Cos|Assn|Assoc|Mfg|Intl|No|L\.P|N\.A|S\.A|N\.V|[A-Z])$/;

/** Removes leader dots at the end of a label ("Net sales......" -> "Net sales"), keeping an abbreviation's own period ("Inc."). */
export function stripLeaders(text: string): string {
  const m = /^(.*?)\s*(?:\.\s?){2,}$/.exec(text);
  if (m === null) return text;
  const body = m[1] ?? '';
  // "Co........" lost its period to the leaders only when the dots touch the word.
  const touching = /\S\.\.$/.test(text.slice(0, body.length + 2));
  return touching && ABBREVIATION.test(body) ? `${body}.` : body;
}

/** A row label as read: leader dots removed ("Net sales......" -> "Net sales") and trailing footnote markers set apart. */
export function stubCell(text: string): TableCell {
  const clean = stripLeaders(collapseSpaces(text)).trim();
  // In a label a marker may stand one space off: "R&D project cancelations (C)".
  const spaced = /^(.*\S) ((?:\((?:\d{1,2}|[A-Za-z])\))+)$/.exec(clean);
  const { text: body, notes } = splitTrailingNotes(spaced ? `${spaced[1]}${spaced[2]}` : clean);
  if (notes.length === 0 && spaced) return { text: clean, notes: [] };
  return { text: stripLeaders(body).trim(), notes };
}

/** A value as printed, with "$" and "%" closed up ("$  221,401" -> "$221,401", "5 %" -> "5%"). */
export function valueCell(text: string): TableCell {
  const clean = collapseSpaces(text).replace(/\$ (?=[\d(.-])/g, '$').replace(/(\d|\)) %/g, '$1%');
  const { text: body, notes } = splitTrailingNotes(clean);
  return { text: body, notes };
}

/** A header label with its trailing footnote markers moved into notes ("Offering (1),(2)" -> "Offering", ["1","2"]). */
export function headerCell(text: string): TableCell {
  const notes: string[] = [];
  let body = collapseSpaces(text);
  for (;;) {
    const m = /(?:^|[\s,]*)\((\d{1,2}|[A-Za-z])\)\s*,?$/.exec(body) ?? /(?<=\S)\s*(\*{1,3})$/.exec(body);
    if (m === null || m.index === 0) break;
    notes.unshift(m[1] ?? '');
    body = body.slice(0, m.index).replace(/[\s,]+$/, '');
  }
  return { text: body, notes };
}
