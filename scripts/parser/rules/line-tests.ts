/**
 * Tests on one line of text that more than one block rule asks: is it a tag, a rule, capitals,
 * Title Case, a bullet, a note? One definition each, so no rule imports another rule.
 */

/** Tags that carry table structure and are not text: `<TABLE>`, `<S>`, `<C>`, `<CAPTION>`, `<FN>` and their closers. */
const TAG_ONLY = /^(?:<\/?(?:TABLE|CAPTION|S|C|FN)>\s*)+$/i;

/** True when a line holds only table tags (they are structure, never text). */
export function isTagLine(text: string): boolean {
  return TAG_ONLY.test(text.trim());
}

/** True when a line starts with a table tag, maybe with text after it ("<TABLE>      (in millions)"): running text stops there. */
export function opensTag(text: string): boolean {
  return /^\s*<\/?(?:TABLE|CAPTION|S|C|FN)>/i.test(text);
}

/** A line made only of `-`, `=` or `_` (at least three), the typewriter's rules and underlines. */
export function isRuleLine(text: string): boolean {
  return /^[-=_\s]+$/.test(text) && (text.match(/[-=_]/g)?.length ?? 0) >= 3;
}

/** True when running text ends a sentence here: `.` `:` `;` `?` `!`, maybe followed by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.:;?!]["')\]]*\s*$/.test(text);
}

/** Words a Title Case line leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'under', 'upon', 'per', 'vs', 'via', 'about', 'between', 'through', 'within', 'without']);

/** Most words a Title Case heading runs to; longer Title Case lines are names or lists. */
const TITLE_CASE_MAX_WORDS = 10;

/** The text without a bracketed note in words, "(unaudited)", "(in thousands)", for judging its capitals; "15(d)" stays. */
export function withoutNote(text: string): string {
  return text.replace(/\([^)]*[A-Za-z]{4}[^)]*\)/g, '');
}

/** The text without a note marker closing it, for judging its capitals: "SUMMARY OF VEHICLE UNIT SALES a/", "SELECTED DATA (a)", "NET SALES*". */
export function withoutMarker(text: string): string {
  return text.replace(/\s*(?:[a-z]\/|\([a-z]\)|\*{1,3})$/, '');
}

/** True when the letters of `text` are all capitals (and there are at least two). */
export function isAllCaps(text: string): boolean {
  // One pass, nothing allocated: every rule asks this of the lines it looks at.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * True when every significant word starts with a capital or digit: "Anti-Takeover Provisions",
 * "2000 Compared to 1999". A line may open with a year, not with an amount ("4,174,803 Shares").
 */
export function isTitleCase(text: string, maxWords = TITLE_CASE_MAX_WORDS): boolean {
  if (!/^(?:[A-Z]|\d{1,4}\s)/.test(text) || !/[A-Z]/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length > maxWords) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^[("'\[]+|[)"',:;\]]+$/g, '');
    // A dash between a label and its title is punctuation: "Note 1 - Basis of Presentation".
    if (bare === '' || /^[A-Z0-9$&]/.test(bare) || (i > 0 && /^(?:-{1,2}|—)$/.test(bare))) return true;
    return i > 0 && SMALL_WORDS.has(bare.toLowerCase());
  });
}

/** A bullet at the start of a line: "o    Annual Report...", "   -  text", "* text", "• text". */
export function bulletMarker(text: string): { marker: string; indent: number; textColumn: number } | null {
  const m = /^(\s*)(o {2,}|o\s(?=[A-Z])|[-*•·]\s+)(?=\S)/.exec(text);
  if (!m) return null;
  const marker = (m[2] ?? '').trim();
  const indent = (m[1] ?? '').length;
  // "- 12 -" and "-- " are folios and dashes, not bullets.
  if (marker === '-' && /^\s*-\s+\d+\s*-?\s*$/.test(text)) return null;
  return { marker, indent, textColumn: m[0].length };
}

/** A footnote line after a table: "(1)  Beneficial ownership...", "* Less than 1%", "[a] ...". */
export const NOTE_START = /^(?:\(\s?[0-9a-zA-Z]{1,2}\s?\)|\[[0-9a-z]{1,2}\]|\*{1,3}|[0-9]{1,2}\)|\([ivx]{1,4}\))\s*\S/;

/** Four lower-case words in a row outside brackets: "that the undersigned director". */
const SENTENCE_RUN = /\b[a-z]+,? [a-z]+,? [a-z]+,? [a-z]+\b/;

/** True when a line reads as running text (four lower-case words in a row, bracketed notes aside), which no title does. */
export function readsAsSentence(text: string): boolean {
  return SENTENCE_RUN.test(text.replace(/\([^)]*\)/g, ' '));
}
