import { memoByText } from '../text-memo.ts';

/** A run of non-space characters on one line, with its columns (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Splits a line into its words with their column positions. */
export function splitWords(text: string): Token[] {
  const words: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return words;
}

const TRAILING_NOTE = /^(.*?[^\s$(])((?:\((?:\d{1,2}|[A-Za-z])\))+|\*{1,3})$/;
const NUMBER = /^\(?\$?\s*\(?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?: ?\d{1,2}\/\d{1,2})?\)?\s*%?\)?$/;
// A count printed with its unit: "4,174,803 shares".
const UNIT = / (?:shares|units|warrants|rights|options|notes|debentures)$/i;
const NIL = /^(?:-{1,3}|-0-|—|N\/?A|NM|n\/m|nil|none|\$?\s*-+%?)$/i;

/** Splits trailing footnote markers off a cell ("1993(A)" -> "1993", ["A"]; "profit(2)(4)" -> ["2","4"]; "--(B)"). */
export function splitTrailingNotes(text: string): { text: string; notes: string[] } {
  const m = TRAILING_NOTE.exec(text);
  if (m === null) return { text, notes: [] };
  const body = m[1] ?? '';
  const marks = m[2] ?? '';
  // A bare negative like "(2)" or "$(1)" is a value, not a note; nor is a cell of markers only ("(1)(2)").
  if (body.trim() === '' || /[$(]$/.test(body) || /^(?:\(\w{1,2}\))+$/.test(body)) return { text, notes: [] };
  const notes = marks.startsWith('*') ? [marks] : [...marks.matchAll(/\(([^)]+)\)/g)].map((n) => n[1] ?? '');
  return { text: body, notes };
}

/** Judgements kept per filing: enough for the words of the largest tables, a bound on memory. */
const MAX_VALUE_TEXTS = 50_000;

/**
 * True for a printed number or nil: "$ 1,234", "(1,234)", "12.5%", ".73", "--", "36 3/8", "--(B)".
 * Kept per text (a table's words are judged by every step that reads them).
 */
export const isValueText = (text: string): boolean => mayBeValue(text) && keptValueText(text);

/** The kept judgements of isValueText, for the texts mayBeValue lets through. */
const keptValueText: (text: string) => boolean = memoByText(judgeValueText, MAX_VALUE_TEXTS);

/**
 * Whether a text holds a character every value or nil prints (a digit, a dash, "$", "%", the "(" of a
 * marker, or the "n" of "N/A", "NM", "nil", "none"): a word without one is no value, told without the memo's lookup.
 */
function mayBeValue(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x24 || c === 0x25 || c === 0x28 || c === 0x2014 || c === 0x2013 || c === 0x4e || c === 0x6e) return true;
  }
  return false;
}

/** The judgement isValueText keeps: a printed number or nil. */
function judgeValueText(text: string): boolean {
  const { text: core } = splitTrailingNotes(text.trim().replace(UNIT, ''));
  // A lone "$" or "%" is a value column's sign printed apart from its number (or an empty cover cell);
  // a cell of two or more footnote markers ("(1)(2)") sits in a notes column (one "(C)" is a label's note).
  if (NIL.test(core) || core === '$' || core === '%' || /^(?:\(\w{1,2}\)){2,}$/.test(core)) return true;
  // "1993)" closes a parenthesis opened in a row label: "($83,776 in 1993)".
  const balanced = (core.match(/\(/g) ?? []).length === (core.match(/\)/g) ?? []).length;
  return balanced && /\d/.test(core) && NUMBER.test(core);
}

/** True for a year used as a column heading ("1997", "1993(A)"). */
export function isYearText(text: string): boolean {
  return /^(?:19|20)\d\d$/.test(splitTrailingNotes(text).text);
}

/** True when a word is only rule characters ("-----", "=====", "_____"). */
export function isRuleText(text: string): boolean {
  return /^[-=_]{2,}$/.test(text);
}

/**
 * Joins words that form one printed value: a lone "$" with the number after it
 * ("$   221,401"), a lone "%" with the number before it, and a whole number with
 * its fraction ("36 3/8").
 */
export function mergeValueWords(words: readonly Token[]): Token[] {
  const ws = [...words];
  const out: Token[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Token;
    const next = ws[i + 1];
    const prev = out[out.length - 1];
    if (w.text === '$' && next !== undefined && isValueText(next.text) && !next.text.startsWith('$')) {
      out.push({ text: `$${next.text}`, start: w.start, end: next.end });
      i++;
      continue;
    }
    if (w.text === '%' && prev !== undefined && isValueText(prev.text) && w.start - prev.end <= 2) {
      out[out.length - 1] = { text: `${prev.text}%`, start: prev.start, end: w.end };
      continue;
    }
    if (next !== undefined && next.start - w.end === 1 && /^[\d,]+$/.test(w.text) && UNIT.test(` ${next.text}`)) {
      out.push({ text: `${w.text} ${next.text}`, start: w.start, end: next.end });
      i++;
      continue;
    }
    // "$36 3/8", and price ranges in fractions: "$38 1/8-$29 1/4" (the joined word may take a fraction again).
    if (/\d$/.test(w.text) && next !== undefined && next.start - w.end === 1 && /^\d{1,2}\/\d{1,2}(?:\)|-\$?\d+)?$/.test(next.text)) {
      ws[i + 1] = { text: `${w.text} ${next.text}`, start: w.start, end: next.end };
      continue;
    }
    out.push(w);
  }
  return out;
}
