/**
 * What a heading looks like in print, as text: the label patterns, which lines can be titles, how
 * stacked title lines join and which style a title was printed in. Shared by the heading rules and
 * the table rule (a caption heading); it reads no lines itself.
 */
import { isAllCaps, isRuleLine, isTitleCase, opensTag, withoutMarker, withoutNote } from './line-tests.ts';
import type { HeadingStyle } from './state.ts';

/** "PART II", "ITEM 7.", "Item 1A." at the start of a line. */
export const PART_ITEM = /^(?:PART|ITEM)\s+(?:[IVX]+|\d{1,2}(?:\.\d{2})?[A-Z]?)\b(?:\s*[.:\-]|\s|$)/i;
export const ARTICLE = /^ARTICLE\s+(?:[IVXL]+|\d+)[A-Z]?\b/i;
/** An ARTICLE label alone on its line, its title below it: "Article VA" / "" / "PRESIDENT". */
export const BARE_ARTICLE = /^ARTICLE\s+(?:[IVXL]+|\d+)[A-Z]?\.?$/i;
export const SECTION = /^SECTION\s+\d+(?:\.\d+)*\b/i;
/** Parts that close a filing and belong to no ITEM: they stand at the top level whatever else the document uses. */
export const CLOSING = /^(?:SIGNATURES?|EXHIBIT INDEX|INDEX TO EXHIBITS)$/i;
/** "1. FINANCIAL STATEMENTS", "A. General", "(b) REPORTS ON FORM 8-K". */
export const NUMBERED = /^(?:(?:\d{1,2}|[A-Z])\.|\([a-z0-9]{1,3}\))\s+(?=\S)/;
/**
 * The date, period or units line under a statement title: "DECEMBER 31, 1997 AND 1996",
 * "YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM", "SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)".
 */
export const DATE_LINE = /^(?:(?:AS OF|AS AT|FOR THE|YEARS?|PERIODS?|QUARTERS?|FISCAL|(?:THREE|SIX|NINE|TWELVE|\d{1,2})[- ]MONTHS?)\b.*\b(?:ENDED|ENDING|FROM)\b|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}\b|\(?(?:DOLLARS\s+)?IN\s+(?:THOUSANDS|MILLIONS)\b)/i;
/** A schedule's or exhibit's label over its title: "SCHEDULE II" / "ACME WIDGETS, INC." / "AMOUNTS RECEIVABLE FROM ...". */
export const SCHEDULE_LABEL = /^(?:SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\s+(?:[IVXL]+|\d+(?:\.\d+)*[A-Z]?|[A-Z](?:-\d+)?)$/i;
/** Standalone words that are answers, not headings ("None", "Not applicable" end items of 10-Ks). */
export const NOT_HEADINGS = /^(?:none|yes|no|n\/a|not applicable|between|and|among|by and between|by and among)$/i;
/** A short sentence-case title: a capital, then two to six lower-case words. */
export const SENTENCE_CASE = /^[A-Z][a-z]+,?(?: [a-z]+,?){1,5}$/;
/** A firm's name standing alone signs a report or letter ("Deloitte & Touche LLP", "Acme Widgets, Inc."); it titles nothing. */
export const FIRM = /(?:\bLLP|\bL\.L\.P\.|,? Inc\.|\bCo\.|\bCorp\.|\bCorporation|\bLtd\.|\bN\.A\.)$/;
/** The same in capitals: "ACME WIDGETS, INC.", "GLOBEX SYSTEMS, INC.", "THE ACME COMPANY". */
export const FIRM_CAPS = /(?:\bLLP|\bL\.L\.P\.|,? INC\.?|\bCO\.|\bCORP\.?|\bCORPORATION|\bCOMPANY|\bLTD\.|\bN\.A\.|\bINCORPORATED|\bAND SUBSIDIARIES)$/;
/** A signature line: "By: /s/ MICHAEL H. SPINDLER", "Dated:  November 28, 1995      By: /s/ Larry R. Carter". */
export const SIGNATURE_LINE = /(?:^|\s)(?:By:|\/s\/)/;
/** A date line at the head of a letter or release: "September 22, 1997", "Jan. 25, 2005". */
export const DATE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}$/i;

/** A line that could be (part of) a heading: short, no table gaps, not a sentence, not a tag or rule. */
export function candidateText(text: string, max: number): boolean {
  if (text === '' || text.length > max || opensTag(text) || isRuleLine(text)) return false;
  if (!/[A-Za-z]{2}/.test(text) || /^<[^>]*>$/.test(text)) return false;
  if (/[,;:]$/.test(text)) return false;
  // "1516 SECOND AVENUE, SEATTLE, WASHINGTON 98101": a street address ending in a ZIP code is a cover line, not a title.
  if (/^\d+\s.*\b\d{5}(?:-\d{4})?$/.test(text)) return false;
  // "REGISTRATION RIGHTS AGREEMENT" / "BETWEEN" / "ACME WIDGETS, INC.": a joining word on a title page, and an answer ("NONE"), title nothing.
  if (NOT_HEADINGS.test(text)) return false;
  // "COMMISSION FILE NUMBER 0-10030": a cover label with its value.
  if (/\bNUMBERS?:?\s+[\d-]{3,}$/i.test(text)) return false;
  // "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)": a check-box line is kept as a line, not a title.
  if (/^(?:\[[ xX]?\]|\/[ xX]?\/|_X_)/.test(text)) return false;
  // "FOR IMMEDIATE RELEASE", "FOR RELEASE 4:00 P.M. EST": a press release's instruction to editors, not its title.
  if (/^FOR (?:IMMEDIATE )?RELEASE\b/i.test(text)) return false;
  // "(MARK ONE)", "(DOLLARS IN MILLIONS)": notes under a title, not titles.
  if (/^\(.*\)$/.test(text)) return false;
  // A gap of three spaces means columns, except right after a label: "ITEM 1.    BUSINESS", "6.    STOCKHOLDERS'  EQUITY".
  const unlabelled = text.replace(/^(PART|ITEM|ARTICLE|SECTION)\s+(\S+)\s+/i, '$1 $2 ').replace(/^(\d{1,2}\.|[A-Z]\.|\([a-z0-9]{1,3}\))\s+/, '$1 ');
  if (/\S\s{3,}\S/.test(unlabelled)) return false;
  if (/^[a-z]/.test(text)) return false;
  return true;
}

/** A heading never ends on a joining word, and may end in "." only when the whole line is a label ("ITEM 1.") or the period closes an abbreviation ("INC."). */
export function endsLikeHeading(text: string): boolean {
  // "Shares of" is a column header or a cut line, never a whole title.
  if (/\b(?:of|and|the|to|for|in|on|or|with|by|a|an)$/i.test(text)) return false;
  if (!/[.?!]["')]*$/.test(text)) return true;
  if (/^(?:PART|ITEM|ARTICLE|SECTION)\s+\S+\.$/i.test(text)) return true;
  if (/^(?:\d{1,2}|[A-Z])\.$/.test(text)) return true;
  return /\b(?:INC|CO|CORP|LTD|L\.P|N\.A|U\.S)\.$/i.test(text);
}

/** Joins a heading's lines with single spaces, setting a date or period line (or the title after a schedule label) off with a dash: "BALANCE SHEETS — DECEMBER 31, 1997 AND 1996". */
export function joinTitle(lines: readonly string[], labelled = false): string {
  const at = labelled && lines.length > 1 ? 1 : lines.findIndex((t, k) => k > 0 && DATE_LINE.test(t));
  const parts = at > 0 ? [lines.slice(0, at).join(' '), '— ' + lines.slice(at).join(' ')] : [lines.join(' ')];
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Longest Title Case title, a bracketed note aside: "Factors That May Affect Future Results and Financial Condition" runs 62; a longer line is a name or a list. */
const TITLE_CASE_MAX = 64;

/** Longest release headline over its dateline, in characters and words: a headline says what happened in one line of up to 14 words. */
const HEADLINE_MAX = { chars: 76, words: 14 };

/** Sorts a heading's text into the style it was printed in, or null when it is not a heading. */
export function headingStyle(text: string, indent: number, lineLength: number, width: number, underlined: boolean, proseFollows = false, headline = false): HeadingStyle | null {
  if (PART_ITEM.test(text)) return 'part-item';
  if (CLOSING.test(text)) return 'closing';
  if (ARTICLE.test(text)) return 'article';
  // "SIX MONTH PERIODS ENDED JUNE 30, 1998 AND 1997 (unaudited)": a note in brackets does not make capitals lower case.
  const caps = isAllCaps(withoutNote(withoutMarker(text)));
  const numbered = NUMBERED.exec(text);
  const rest = numbered ? text.slice(numbered[0].length) : text;
  const limit = headline ? HEADLINE_MAX : { chars: TITLE_CASE_MAX, words: undefined };
  const title = !caps && isTitleCase(withoutNote(rest).trim(), limit.words) && !NOT_HEADINGS.test(text) && !DATE.test(text) && (underlined || !FIRM.test(text)) && withoutNote(rest).trim().length <= limit.chars;
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


/** The cover's addressee block: "UNITED STATES" / "SECURITIES AND EXCHANGE COMMISSION" / "Washington, D.C. 20549". */
export const ADDRESSEE = /^(?:UNITED STATES|(?:UNITED STATES )?SECURITIES AND EXCHANGE COMMISSION(?: WASHINGTON,? D\.? ?C\.?(?: \d{5})?)?|WASHINGTON,? D\.? ?C\.?(?: \d{5})?)$/i;

/** A field of a form's cover, wherever the cover's pages end: "DOCUMENTS INCORPORATED BY REFERENCE" (a 10-K's second cover page). */
export const COVER_FIELD = /^DOCUMENTS? INCORPORATED BY REFERENCE\b/i;

/** A form field's label printed in brackets under its value: "(Exact name of registrant as specified in its charter)". */
export const FIELD_LABEL = /^\((?:exact|state|commission|i\.? ?r\.? ?s\.?|address|registrant|name|former|zip|telephone|title of|date of|check|mark)\b/i;

/** The form's own title line on a cover: "FORM 10-K", "FORM 8-K", "FORM 13F COVER PAGE", "AMENDMENT NO. 2 TO FORM S-3". */
export const FORM_TITLE = /^(?:AMENDMENT\s+NO\.?\s*\d+\s+TO\s+)?FORM\s+\d{1,2}-?[A-Z0-9-]*\b/i;

/** A line that is the form's title and nothing else: "FORM 8-K", "FORM 10-K405", "Form 10-Q/A". The cover lines under it describe the form; they are not its title. */
export const FORM_LINE = new RegExp(`${FORM_TITLE.source}(?:/A)?$`, 'i');

/**
 * A picture left out of the text: "[LOGO]", "(LOGO)", "[GRAPHIC OMITTED]", and any whole line in
 * square brackets, the typist's note of what stood there: "[LETTERHEAD OF ACME & CO., LLP]",
 * "[Alternate page for the international prospectus]".
 */
export const PICTURE = /^(?:\([A-Z][A-Z .-]*\)|\[[^\[\]]*[A-Za-z][^\[\]]*\])$/;

/** Most words in a firm's name: "MORGAN STANLEY & CO. INCORPORATED" has five. */
const MAX_NAME_WORDS = 6;

/** A firm's name in capitals standing alone: "GOLDMAN, SACHS & CO.", "ACME CORP. AND SUBSIDIARIES". */
export function isFirmName(text: string): boolean {
  const t = text.trim();
  // "THE COMPANY" is the filing's defined term for its registrant, a title, not a name; so is "COVENANTS OF THE COMPANY".
  const name = t.replace(FIRM_CAPS, '').replace(/^THE\b/, '').trim();
  if (/\b(?:OF|TO|BY|FOR|WITH|AND|IN|ON) THE COMPANY$/.test(t)) return false;
  // "GLOBEX SYSTEMS TO ACQUIRE INITECH INC.": a headline that ends on a name is a sentence about it.
  if (/ TO [A-Z]+ /.test(t) || t.split(/\s+/).length > MAX_NAME_WORDS) return false;
  return isAllCaps(t) && FIRM_CAPS.test(t) && /[A-Z]{2}/.test(name);
}
