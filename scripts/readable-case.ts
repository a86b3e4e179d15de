/**
 * Titles as people write them: filings print headings and company names in capitals ("ITEM 7.
 * MANAGEMENT'S DISCUSSION AND ANALYSIS"), which read as shouting and wrap to several lines in
 * navigation. The site shows them in Title Case wherever it generates navigation (sidebar, outline,
 * previous/next, search results, `<title>`); the article keeps the filing's own capitals.
 */

/** Share of letters that must be capitals before a title counts as set in capitals ("PART I", not "Risk Factors"). */
const CAPITALS_SHARE = 0.8;

/** Short words Title Case leaves in lower case inside a title (Chicago style). */
const MINOR_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'upon', 'via', 'vs', 'with',
]);

/** Words kept in capitals: abbreviations filings use in titles, and the legal forms of company names. */
const KEPT_CAPITALS = new Set([
  'SEC', 'CIK', 'USA', 'NYSE', 'NASDAQ', 'AMEX', 'LLC', 'LP', 'LLP', 'PLC', 'IPO', 'ESOP', 'CEO', 'CFO', 'ERISA', 'FDIC', 'GAAP', 'FDS', 'IBM', 'AT&T', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
]);

/** Legal forms as the conformed (SEC) name abbreviates them, and as people write them. */
const LEGAL_FORMS: Record<string, string> = { INC: 'Inc.', CORP: 'Corp.', CO: 'Co.', LTD: 'Ltd.', CORPORATION: 'Corporation', COMPANY: 'Company' };

/** True when most of the letters of `text` are capitals (and there are some letters). */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const capitals = letters.filter((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase()).length;
  return capitals / letters.length >= CAPITALS_SHARE;
}

/** Two to five capitals with no vowel (Y counts as one): an abbreviation, never a word in capitals. */
const ABBREVIATION = /^[B-DF-HJ-NP-TV-XZ&]{2,5}$/u;

/** One word in Title Case: "MANAGEMENT'S" -> "Management's", "FORWARD-LOOKING" -> "Forward-Looking", "10-K" and "U.S." kept. */
function titleWord(word: string, first: boolean, last: boolean): string {
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.&]+$/gu, '');
  if (KEPT_CAPITALS.has(bare.replace(/\.$/, ''))) return word;
  // Capitals with no vowel cannot be read as a word: an abbreviation ("NBC", "TRW", "KPMG"), kept as printed;
  // one with a full stop is a contraction written in Title Case ("MR." -> "Mr.").
  if (ABBREVIATION.test(bare)) return word;
  // An enumerator stays as printed: "(b) REPORTS ON FORM 8-K" is item (b), not (B).
  if (/^\(?(?:\p{L}|[ivxlIVXL]{1,4}|\d{1,3})\)\.?$/u.test(word)) return word;
  // Figures and codes ("10-K", "EX-99.01", "13F", "FY94") and initials ("U.S.", "D.C.") stay as printed.
  if (/\d/.test(bare) || /^(?:\p{L}\.){2,}$/u.test(bare)) return word;
  const lower = word.toLowerCase();
  if (!first && !last && MINOR_WORDS.has(lower.replace(/[^\p{L}]/gu, ''))) return lower;
  // Capitalise the first letter and each letter after a hyphen or slash ("Forward-Looking", "And/Or").
  return lower.replace(/(^|[-/(“"'‘])(\p{L})/gu, (_m, before: string, letter: string, offset: number) =>
    before === "'" && offset > 0 ? `${before}${letter}` : `${before}${letter.toUpperCase()}`,
  );
}

/** A word of two or more letters, all capitals ("CHIEF", "OFFICER'S"), that is not a code with figures. */
const SHOUTED_WORD = /^[^\p{L}\d]*\p{Lu}[\p{Lu}'’.&-]*\p{Lu}[^\p{L}\d]*$/u;

/**
 * Titles already made readable. Every page of a filing lists all its sections in its navigation, so the same
 * title is asked for once per page: 0.4 s of a 100-filing library's Astro build went to remaking them.
 */
const readableTitles = new Map<string, string>();

/** `text` in Title Case when it is set in capitals, or the runs of two or more capitalised words in a mixed title ("Article V — CHIEF EXECUTIVE OFFICER"); other titles are the filing's own and kept. */
export function readableTitle(text: string): string {
  let readable = readableTitles.get(text);
  if (readable === undefined) {
    readable = titleInReadableCase(text);
    readableTitles.set(text, readable);
  }
  return readable;
}

function titleInReadableCase(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const words = trimmed.split(' ');
  const whole = isAllCaps(trimmed);
  const shouted = words.map((word) => whole || SHOUTED_WORD.test(word));
  // A word after a colon, dash or full stop starts a new phrase ("Item 7. Management's …").
  return words
    .map((word, i) => {
      const inRun = shouted[i] && (whole || shouted[i - 1] || shouted[i + 1]);
      if (!inRun) return word;
      return titleWord(word, i === 0 || /[:.—–-]$/.test(words[i - 1] ?? '') || /^[—–-]$/.test(words[i - 1] ?? ''), i === words.length - 1);
    })
    .join(' ');
}

/** A company name as people write it: "WIDGETS COM INC" -> "Widgets Com Inc.", "BANK OF BOSTON CORP" -> "Bank of Boston Corp."; a mixed-case name is kept. */
export function readableCompany(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!isAllCaps(trimmed)) return trimmed;
  const words = trimmed.split(' ');
  return words
    .map((word, i) => {
      const legal = i > 0 ? LEGAL_FORMS[word.replace(/[.,]/g, '')] : undefined;
      if (legal) return legal + (word.endsWith(',') ? ',' : '');
      // Short words inside a name stay lower case, as in a title: "SEARS, ROEBUCK AND CO." -> "Sears, Roebuck and Co.".
      return titleWord(word, i === 0, i === words.length - 1);
    })
    .join(' ')
    .replace(/\.\./g, '.');
}
