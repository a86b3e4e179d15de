import type { Block } from '../types.ts';
import { isRuleLine, isTagLine, nextNonBlank, opensTag, type BlockState, type HeadingStyle } from './state.ts';

/** "PART II", "ITEM 7.", "Item 1A." at the start of a line. */
const PART_ITEM = /^(?:PART|ITEM)\s+(?:[IVX]+|\d{1,2}(?:\.\d{2})?[A-Z]?)\b(?:\s*[.:\-]|\s|$)/i;
const ARTICLE = /^ARTICLE\s+(?:[IVXL]+|\d+)[A-Z]?\b/i;
const SECTION = /^SECTION\s+\d+(?:\.\d+)*\b/i;
/** Parts that close a filing and belong to no ITEM: they stand at the top level whatever else the document uses. */
const CLOSING = /^(?:SIGNATURES?|EXHIBIT INDEX|INDEX TO EXHIBITS)$/i;
/** "1. FINANCIAL STATEMENTS", "A. General", "(b) REPORTS ON FORM 8-K". */
const NUMBERED = /^(?:(?:\d{1,2}|[A-Z])\.|\([a-z0-9]{1,3}\))\s+(?=\S)/;
/**
 * The date, period or units line under a statement title: "DECEMBER 31, 1997 AND 1996",
 * "YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM", "SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)".
 */
const DATE_LINE = /^(?:(?:AS OF|AS AT|FOR THE|YEARS?|PERIODS?|QUARTERS?|FISCAL|(?:THREE|SIX|NINE|TWELVE|\d{1,2})[- ]MONTHS?)\b.*\b(?:ENDED|ENDING|FROM)\b|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}\b|\(?(?:DOLLARS\s+)?IN\s+(?:THOUSANDS|MILLIONS)\b)/i;
/** A schedule's or exhibit's label over its title: "SCHEDULE II" / "APPLE COMPUTER, INC." / "AMOUNTS RECEIVABLE FROM ...". */
const SCHEDULE_LABEL = /^(?:SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\s+(?:[IVXL]+|\d+(?:\.\d+)*[A-Z]?|[A-Z](?:-\d+)?)$/i;
/** Words a Title Case line leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'under', 'upon', 'per', 'vs', 'via']);
/** Standalone words that are answers, not headings ("None", "Not applicable" end items of 10-Ks). */
const NOT_HEADINGS = /^(?:none|yes|no|n\/a|not applicable|between|and|among|by and between|by and among)$/i;
/** A short sentence-case title: a capital, then two to six lower-case words. */
const SENTENCE_CASE = /^[A-Z][a-z]+,?(?: [a-z]+,?){1,5}$/;
/** A firm's name standing alone signs a report or letter ("Deloitte & Touche LLP", "Apple Computer, Inc."); it titles nothing. */
const FIRM = /(?:\bLLP|\bL\.L\.P\.|,? Inc\.|\bCo\.|\bCorp\.|\bCorporation|\bLtd\.|\bN\.A\.)$/;
/** The same in capitals: "APPLE COMPUTER, INC.", "CISCO SYSTEMS, INC.", "THE SOUTHERN COMPANY". */
const FIRM_CAPS = /(?:\bLLP|\bL\.L\.P\.|,? INC\.?|\bCO\.|\bCORP\.?|\bCORPORATION|\bCOMPANY|\bLTD\.|\bN\.A\.)$/;
/** A signature line: "By: /s/ MICHAEL H. SPINDLER", "Dated:  November 28, 1995      By: /s/ Larry R. Carter". */
const SIGNATURE_LINE = /(?:^|\s)(?:By:|\/s\/)/;
/** A date line at the head of a letter or release: "September 22, 1997", "Jan. 25, 2005". */
const DATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/i;

/** The text without a bracketed note in words, "(unaudited)", "(in thousands)", for judging its capitals; "15(d)" stays. */
function withoutNote(text: string): string {
  return text.replace(/\([^)]*[A-Za-z]{4}[^)]*\)/g, '');
}

/** True when the letters of `text` are all capitals (and there are at least two). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** True when every significant word starts with a capital or digit: "Anti-Takeover Provisions", "Growth Strategies". */
export function isTitleCase(text: string, maxWords = 10): boolean {
  if (!/^[A-Z]/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length > maxWords) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^[("'\[]+|[)"',:;\]]+$/g, '');
    if (bare === '' || /^[A-Z0-9$&]/.test(bare)) return true;
    return i > 0 && SMALL_WORDS.has(bare.toLowerCase());
  });
}

/** A line that could be (part of) a heading: short, no table gaps, not a sentence, not a tag or rule. */
function candidateText(text: string, max: number): boolean {
  if (text === '' || text.length > max || opensTag(text) || isRuleLine(text)) return false;
  if (!/[A-Za-z]{2}/.test(text) || /^<[^>]*>$/.test(text)) return false;
  if (/[,;:]$/.test(text)) return false;
  // "1516 SECOND AVENUE, SEATTLE, WASHINGTON 98101": a street address ending in a ZIP code is a cover line, not a title.
  if (/^\d+\s.*\b\d{5}(?:-\d{4})?$/.test(text)) return false;
  // "REGISTRATION RIGHTS AGREEMENT" / "BETWEEN" / "APPLE COMPUTER, INC.": a joining word on a title page, and an answer ("NONE"), title nothing.
  if (NOT_HEADINGS.test(text)) return false;
  // "COMMISSION FILE NUMBER 0-10030": a cover label with its value.
  if (/\bNUMBERS?:?\s+[\d-]{3,}$/i.test(text)) return false;
  // "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)": a check-box line is kept as a line, not a title.
  if (/^(?:\[[ xX]?\]|\/[ xX]?\/|_X_)/.test(text)) return false;
  // "(MARK ONE)", "(DOLLARS IN MILLIONS)": notes under a title, not titles.
  if (/^\(.*\)$/.test(text)) return false;
  // A gap of three spaces means columns, except right after a label: "ITEM 1.    BUSINESS", "6.    STOCKHOLDERS'  EQUITY".
  const unlabelled = text.replace(/^(PART|ITEM|ARTICLE|SECTION)\s+(\S+)\s+/i, '$1 $2 ').replace(/^(\d{1,2}\.|[A-Z]\.|\([a-z0-9]{1,3}\))\s+/, '$1 ');
  if (/\S\s{3,}\S/.test(unlabelled)) return false;
  if (/^[a-z]/.test(text)) return false;
  return true;
}

/** A heading never ends on a joining word, and may end in "." only when the whole line is a label ("ITEM 1.") or the period closes an abbreviation ("INC."). */
function endsLikeHeading(text: string): boolean {
  // "Shares of" is a column header or a cut line, never a whole title.
  if (/\b(?:of|and|the|to|for|in|on|or|with|by|a|an)$/i.test(text)) return false;
  if (!/[.?!]["')]*$/.test(text)) return true;
  if (/^(?:PART|ITEM|ARTICLE|SECTION)\s+\S+\.$/i.test(text)) return true;
  if (/^(?:\d{1,2}|[A-Z])\.$/.test(text)) return true;
  return /\b(?:INC|CO|CORP|LTD|L\.P|N\.A|U\.S)\.$/i.test(text);
}

/** Whether a signature line comes within the next four non-blank lines. */
function signatureFollows(state: BlockState, from: number, end: number): boolean {
  let seen = 0;
  for (let k = from; k < end && seen < 4; k++) {
    if (state.lines[k]?.blank) continue;
    if (SIGNATURE_LINE.test(state.trimmed[k] ?? '')) return true;
    seen++;
  }
  return false;
}

/** Whether running text follows after blank lines: a long line starting with a capital. */
function proseAfter(state: BlockState, after: number, end: number): boolean {
  if (!state.lines[after]?.blank) return false;
  let k = after;
  while (k < end && state.lines[k]?.blank) k++;
  const t = state.trimmed[k] ?? '';
  return k < end && /^[A-Z]/.test(t) && (state.lines[k]?.indent ?? 0) + t.length >= state.width * 0.75;
}

/** A title line wraps on when it runs to the margin or stops on a joining word ("...Accounting  and"). */
function wrapsOn(state: BlockState, i: number): boolean {
  const line = state.lines[i]!;
  const t = state.trimmed[i] ?? '';
  return line.indent + t.length >= state.width - 20 || /\b(?:and|of|the|for|on|in|to|or)$/i.test(t);
}

/** Whether a run of capital lines is a title and then its date lines, from the second line on. */
function datedTitle(state: BlockState, start: number, last: number): boolean {
  // The company's name may head the run: "JUNGLEE CORP." / "CONDENSED BALANCE SHEET" / "JUNE 30, 1998 AND DECEMBER 31, 1997".
  const title = state.trimmed[start] ?? '';
  if (last <= start || !isAllCaps(title) || DATE_LINE.test(title)) return false;
  for (let k = start + 1; k <= last; k++) {
    const t = state.trimmed[k] ?? '';
    if (state.lines[k]?.blank !== false || state.lines[k]?.pageStart || !isAllCaps(withoutNote(t))) return false;
    if (DATE_LINE.test(t)) return true;
  }
  return false;
}

/** Joins a heading's lines with single spaces, setting a date or period line (or the title after a schedule label) off with a dash: "BALANCE SHEETS — DECEMBER 31, 1997 AND 1996". */
export function joinTitle(lines: readonly string[], labelled = false): string {
  const at = labelled && lines.length > 1 ? 1 : lines.findIndex((t, k) => k > 0 && DATE_LINE.test(t));
  const parts = at > 0 ? [lines.slice(0, at).join(' '), '— ' + lines.slice(at).join(' ')] : [lines.join(' ')];
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Sorts a heading's text into the style it was printed in, or null when it is not a heading. */
export function headingStyle(text: string, indent: number, lineLength: number, width: number, underlined: boolean, proseFollows = false): HeadingStyle | null {
  if (PART_ITEM.test(text)) return 'part-item';
  if (CLOSING.test(text)) return 'closing';
  if (ARTICLE.test(text)) return 'article';
  // "SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)": a note in brackets does not make capitals lower case.
  const caps = isAllCaps(withoutNote(text));
  const numbered = NUMBERED.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  const title = !caps && isTitleCase(rest) && !NOT_HEADINGS.test(text) && !DATE.test(text) && !FIRM.test(text) && rest.length <= 60;
  // "Principal products", "Raw materials": a sentence-case line counts only standing over running text.
  if (!caps && !title) return SENTENCE_CASE.test(text) && (underlined || proseFollows) ? (underlined ? 'underlined' : 'sentence') : null;
  if (underlined) return 'underlined';
  if (SECTION.test(text)) return 'section';
  if (numbered) return caps ? 'numbered' : 'numbered-title';
  const slack = width - indent - lineLength;
  const centred = indent >= 6 && slack >= 0 && Math.abs(indent - slack) <= Math.max(4, (indent + slack) * 0.25);
  if (caps) return centred ? 'centred-caps' : 'flush-caps';
  if (centred) return 'centred-title';
  return indent <= 4 ? 'title' : 'indented-title';
}

/**
 * A heading: a short line standing alone between blank lines, with no sentence-ending period,
 * printed in capitals, centred, underlined, numbered ("PART I", "ITEM 1.") or in Title Case.
 * Consecutive capital lines join ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF" / "FINANCIAL
 * CONDITION..."), and an underline of dashes under it is consumed with it.
 */
export function heading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const first = state.lines[start];
  if (!first || first.blank) return false;
  const prev = state.lines[start - 1];
  if (prev && !prev.blank && !first.pageStart && !isTagLine(prev.text)) return false;
  const firstText = state.trimmed[start] ?? '';
  const label = PART_ITEM.test(firstText) || ARTICLE.test(firstText);
  if (!candidateText(firstText, label ? 82 : 72)) return false;

  // Capital lines may continue on up to two more lines; so may an ITEM label's wrapped title
  // ("Item   5. Market for the Registrant's Common Equity and Related Stockholder" / "Matters").
  let last = start;
  const caps = isAllCaps(firstText);
  // "Article VA" / "" / "PRESIDENT": a bare article label takes its title from below, as a schedule label does.
  const bareArticle = /^ARTICLE\s+(?:[IVXL]+|\d+)[A-Z]?\.?$/i.test(firstText);
  const schedule = SCHEDULE_LABEL.test(firstText) || bareArticle;
  while ((caps || label) && !schedule && last - start < 2 && last + 1 < end) {
    const next = state.lines[last + 1]!;
    const t = state.trimmed[last + 1] ?? '';
    // A title's line may end in a comma where it wraps: "AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,".
    if (next.blank || next.pageStart || isRuleLine(t) || !candidateText(t.replace(/,$/, ''), 72)) break;
    if (!label && !isAllCaps(withoutNote(t))) break;
    if (label && !wrapsOn(state, last)) break;
    last++;
  }
  // A schedule or exhibit label stands over its centred title lines, blank lines between or not:
  // "SCHEDULE VIII" / "" / "APPLE COMPUTER, INC." / "" / "VALUATION AND QUALIFYING ACCOUNTS AND RESERVES",
  // "Exhibit 99.02" / "Southern Company" / "Financial Highlights" / "(In Millions of Dollars ...)".
  if (schedule) {
    for (let taken = 0; taken < 3; taken++) {
      const j = nextNonBlank(state, last + 1, end);
      const t = state.trimmed[j] ?? '';
      if (j >= end || j - last > 3 || state.lines.slice(last + 1, j + 1).some((l) => l.pageStart)) break;
      // Across a blank line only a centred line goes on the title; "SCHEDULE II" / "OTHER ACCOUNTS RECEIVABLE" may be flush.
      if (!(isAllCaps(withoutNote(t)) || isTitleCase(t)) || !candidateText(t.replace(/,$/, ''), 72) || (j > last + 1 && (state.lines[j]?.indent ?? 0) < 6)) break;
      last = j;
    }
  }
  let after = last + 1;
  const underline = state.trimmed[after] ?? '';
  const lastText = state.trimmed[last] ?? '';
  // An underline may run the full width: "Summary of Significant Accounting Policies" / "________...".
  const underlined = after < end && !state.lines[after]?.pageStart && isRuleLine(underline) && underline.length >= lastText.length * 0.6;
  if (underlined) after++;
  const following = state.lines[after];
  // A heading stands alone, though a centred note may sit under it: "(In millions, except per share amounts)".
  const subtitle = following && /^\(.*\)$/.test(following.text.trim()) && following.indent >= 6;
  // An ITEM label may run straight into its text: "ITEM 2. PROPERTIES" / "    The Company's headquarters...".
  // Some filers run a short heading straight into a full line of text: "Stock Repurchase Programs" / "In November 1992, the Board...".
  const intoText =
    following !== undefined &&
    last === start &&
    firstText.length < state.width * 0.5 &&
    following.indent <= 5 &&
    // A one-word Title Case head may sit on a shorter first line: "Reclassifications" / "Certain prior year amounts on the ...,".
    following.text.trimEnd().length >= state.width - (/^[A-Z][a-z]+$/.test(firstText) ? 20 : 10) &&
    !/\S\s{3,}\S/.test(following.text.trim());
  const alone = !following || following.blank || following.pageStart || opensTag(following.text) || subtitle || label || intoText;
  if (after < end && !alone) return false;

  const text = joinTitle(state.trimmed.slice(start, last + 1).filter((t) => t !== ''), schedule);
  // A label opens a title, not a sentence: "Item 7 of Form 10-K under the subheading..." is running text.
  const titleAfterLabel = text.replace(/^(?:PART|ITEM|ARTICLE)\s+\S+\s*[.:\-]?\s*/i, '').replace(/\.$/, '');
  if (label && titleAfterLabel !== '' && !isAllCaps(titleAfterLabel) && !isTitleCase(titleAfterLabel, 20)) return false;
  // "ITEM  2.         ACQUISITION OR DISPOSITION OF ASSETS." may end in a period; other headings may not.
  if (!label && !endsLikeHeading(text)) return false;
  // "NM: Not Meaningful", "AREA CODE: (408) 996-1010": a colon inside makes a label and its value.
  if (!label && /:\s/.test(text)) return false;
  // "CISCO SYSTEMS, INC." / "Dated: ...  By: /s/ Larry R. Carter": the registrant's name over a signature signs; it titles nothing.
  if (!label && isAllCaps(text) && FIRM_CAPS.test(text) && signatureFollows(state, last + 1, end)) return false;
  // A labelled schedule or exhibit title is a title however long its lines run together.
  const printed = schedule && last > start ? (bareArticle ? 'article' : 'statement') : headingStyle(text.replace(/ — /g, ' '), first.indent, firstText.length, state.width, underlined, proseAfter(state, after, end));
  if (!printed) return false;
  // A dated statement title, and the company line over it, rank as one title whatever their layout:
  // "JUNGLEE CORP." / "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996" / "- -------" (a page rule, no underline).
  const dated = last > start && (datedTitle(state, start, last) || schedule);
  const statement = schedule || isAllCaps(withoutNote(text)) && (dated || (last === start && datedTitle(state, nextNonBlank(state, after, end), nextNonBlank(state, after, end) + 1)));
  const style = statement && !label && !bareArticle && (schedule || printed === 'flush-caps' || printed === 'centred-caps' || printed === 'underlined') ? 'statement' : printed;
  // A multi-line run only joins when it is centred or a label: flush capital lines are separate items,
  // unless the lines under the first give its date or period: "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996".
  if (last > start && !label && style !== 'centred-caps' && !dated) return false;
  if (silent) return true;

  const block: Block = { kind: 'heading', depth: 2, text, pos: first.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, style);
  state.line = after;
  return true;
}
