/**
 * What the heading rules read around a line, shared so no rule imports another: whether a line
 * stands alone, what stands under it (an underline, a centred note, running text), the cover and
 * names that title nothing, and the thresholds these tests use. The printed forms themselves are
 * the rules': `label-heading` (PART, ITEM, ARTICLE labels), `schedule-heading` (a label over its
 * title lines) and `heading` (titles known by their typography).
 */
import { ADDRESSEE, COVER_FIELD, DATE_LINE, FIELD_LABEL, FORM_TITLE, isFirmName, PICTURE, SIGNATURE_LINE } from './heading-style.ts';
import { bulletMarker, isAllCaps, isRuleLine, isTagLine, isTitleCase, NOTE_START, opensTag, readsAsSentence, withoutNote } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';

/** Whether a signature line comes within the next four non-blank lines. */
export function signatureFollows(state: BlockState, from: number, end: number): boolean {
  let seen = 0;
  for (let k = from; k < end && seen < SIGNATURE_REACH; k++) {
    if (state.lines[k]?.blank) continue;
    if (SIGNATURE_LINE.test(state.trimmed[k] ?? '')) return true;
    seen++;
  }
  return false;
}

/** Whether running text follows after blank lines: a long line starting with a capital. */
export function proseAfter(state: BlockState, after: number, end: number): boolean {
  if (!state.lines[after]?.blank) return false;
  let k = after;
  while (k < end && state.lines[k]?.blank) k++;
  const t = state.trimmed[k] ?? '';
  return k < end && /^[A-Z]/.test(t) && (state.lines[k]?.indent ?? 0) + t.length >= state.width * FULL_LINE_SHARE;
}

/** Whether the next line with text, past blank lines, reads as a sentence: four lower-case words in a row. */
export function sentenceAfter(state: BlockState, after: number, end: number): boolean {
  const k = nextNonBlank(state, after, end);
  return k < end && readsAsSentence(state.trimmed[k] ?? '');
}

/** A title line wraps on when it runs to the margin or stops on a joining word ("...Accounting  and"). */
export function wrapsOn(state: BlockState, i: number): boolean {
  const line = state.lines[i]!;
  const t = state.trimmed[i] ?? '';
  return line.indent + t.length >= state.width - WRAP_MARGIN || JOINING_END.test(t);
}

/** Whether a run of capital lines is a title and then its date lines, from the second line on. */
export function datedTitle(state: BlockState, start: number, last: number): boolean {
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

/** How many lines below a name a signature may come and still sign it. */
export const SIGNATURE_REACH = 4;
/** How far short of the margin a full first line of text may end. */
export const FULL_LINE_SLACK = 10;
/** Share of the text width a line of running text reaches (shorter lines end paragraphs). */
export const FULL_LINE_SHARE = 0.75;
/** A labelled title's line that ends within this many columns of the margin was cut there and wraps on. */
export const WRAP_MARGIN = 20;
/** Fewest columns of indent for a line to count as centred rather than flush. */
export const CENTRED_MIN_INDENT = 6;
/** An underline covers most of its title; a shorter rule under a line is a separator. */
export const UNDERLINE_SHARE = 0.6;
/** Columns to spare after a head and the next line's first word: a typist's ragged right edge is no sign the head ended. */
export const HEAD_ROOM = 4;
/** The deepest first-line indent of a paragraph a heading runs into. */
export const PARAGRAPH_INDENT_MAX = 5;
/** Most words in the title after an ITEM or PART label ("Item 5. Market for the Registrant's Common Equity and ..."). */
export const LABEL_TITLE_WORDS = 20;

/** A ZIP code closing an address: "CUPERTINO, CA 95014", "Boston, Massachusetts 02110-1726". */
export const ZIP_AT_END = /[A-Za-z.,]\s+\d{5}(?:-\d{4})?$/;

/** A line that stops on a joining word goes on below: "...Offerings and". */
export const JOINING_END = /\s(?:and|of|the|for|on|in|to|or|with)$/i;

/** Most words in a wrapped Title Case title's line: a deck line runs longer than a plain head. */
export const TITLE_WRAP_WORDS = 12;

/** Longest line a title takes: shorter than a full line of running text. */
export const TITLE_LINE_MAX = 72;
/** Longest labelled line ("ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND"): labels run to the edge. */
export const LABEL_LINE_MAX = 82;
/** Longest capitals title line: a full 80-column line, since capitals are never running text here. */
export const FULL_LINE = 80;

/** How far short of the right margin a right-set label may end: a typist's ragged right edge. */
export const RIGHT_SET_SLACK = 8;

/** How far apart two line centres may sit and still be one centred stack: a typist's odd space either way. */
export const CENTRE_TOLERANCE = 3;

/** Whether two lines are set the same way: the same indent, or both centred on about the same column. */
export function sameAlignment(state: BlockState, a: number, b: number): boolean {
  const la = state.lines[a]!;
  const lb = state.lines[b]!;
  if (Math.abs(la.indent - lb.indent) <= 1) return true;
  const centre = (i: number) => state.lines[i]!.indent + (state.trimmed[i] ?? '').length / 2;
  return la.indent > 0 && lb.indent > 0 && Math.abs(centre(a) - centre(b)) <= CENTRE_TOLERANCE;
}

/** The index one past a form's cover page (the document's first page, when it carries "FORM 10-K" or the like), else 0. */
const coverEnds = new WeakMap<BlockState, number>();
export function coverEnd(state: BlockState): number {
  const known = coverEnds.get(state);
  if (known !== undefined) return known;
  let end = 0;
  const firstPage = state.lines.find((l) => !l.blank)?.pos.pageIndex;
  let form = false;
  for (let i = 0; i < state.lines.length && state.lines[i]!.pos.pageIndex === firstPage; i++) {
    form ||= FORM_TITLE.test(state.trimmed[i] ?? '');
    end = i + 1;
  }
  coverEnds.set(state, form ? end : 0);
  return form ? end : 0;
}

/**
 * Cover matter, not titles: anything but the form's title on a form's cover page, the addressee
 * block ("SECURITIES AND EXCHANGE COMMISSION"), a period line standing alone ("FOR THE FISCAL YEAR
 * ENDED DECEMBER 31, 2000"), and a field's value over its bracketed label ("CALIFORNIA" / "(State
 * or Other Jurisdiction of Incorporation)").
 */
export function coverMatter(state: BlockState, start: number, text: string, after: number, end: number): boolean {
  if (start < coverEnd(state)) return true;
  // A country alone is a title ("United States" / "-------------" over the market it discusses) unless the Commission's name follows it.
  const addressee = ADDRESSEE.test(text) && (!/^UNITED STATES$/i.test(text) || ADDRESSEE.test(state.trimmed[nextNonBlank(state, after, end)] ?? ''));
  if (addressee || DATE_LINE.test(text) || COVER_FIELD.test(text)) return true;
  const below = state.trimmed[after] ?? '';
  return after < end && FIELD_LABEL.test(below);
}

/** How many lines away the next name in a list of names may stand: a blank line and a rule between. */
export const NAME_REACH = 4;

/**
 * A picture's place ("[LOGO]") and firms' names standing alone: a stack of names (underwriters
 * on a back cover), and a name with no running text under it (a company line over a statement
 * title, "ACME WIDGETS, INC." / "CONSOLIDATED BALANCE SHEETS", or a registrant's name).
 */
export function pictureOrNames(state: BlockState, start: number, text: string, after: number, end: number): boolean {
  if (PICTURE.test(text)) return true;
  const neighbour = (from: number, step: number): string => {
    for (let k = from; k >= 0 && k < end && Math.abs(k - from) <= NAME_REACH; k += step) {
      const t = state.trimmed[k] ?? '';
      if (t !== '' && !isRuleLine(t) && !PICTURE.test(t)) return t;
    }
    return '';
  };
  const before = neighbour(start - 1, -1);
  const next = neighbour(after, 1);
  const firm = isFirmName(text);
  // A name beside another name, or a capitals line between two ("CS FIRST BOSTON"), is one of a list of names.
  const stacked = firm ? isFirmName(before) || isFirmName(next) : isAllCaps(text) && isFirmName(before) && isFirmName(next);
  return stacked || (firm && !sentenceAfter(state, after, end));
}

/** Whether line `start` may open a heading: it follows a blank line, a page start, a tag line, or (as a heading of another alignment) the heading just read. */
export function standsAlone(state: BlockState, start: number): boolean {
  const first = state.lines[start];
  if (!first || first.blank) return false;
  const prev = state.lines[start - 1];
  // A heading may sit straight under another of a different alignment: "THE COMPANY" (centred) / "OVERVIEW" (flush).
  const underHeading = state.blocks[state.blocks.length - 1]?.kind === 'heading' && state.line === start;
  return !prev || prev.blank || first.pageStart || isTagLine(prev.text) || underHeading;
}

/** The line after a title ending at `last`, past its underline when it has one: a rule that covers most of the title, on the same page. */
export function pastUnderline(state: BlockState, last: number, end: number): { after: number; underlined: boolean } {
  const after = last + 1;
  const underline = state.trimmed[after] ?? '';
  const lastText = state.trimmed[last] ?? '';
  // An underline may run the full width: "Summary of Significant Accounting Policies" / "________...".
  const underlined = after < end && !state.lines[after]?.pageStart && isRuleLine(underline) && underline.length >= lastText.length * UNDERLINE_SHARE;
  return { after: underlined ? after + 1 : after, underlined };
}

/** A note in brackets under a title, centred or giving the units: "(In millions, except per share amounts)". */
export function subtitleAt(state: BlockState, i: number): boolean {
  const line = state.lines[i];
  if (line === undefined || !/^\(.*\)$/.test(line.text.trim())) return false;
  // A units note may stand flush under a flush title: "SUMMARY OF VEHICLE UNIT SALES a/" / "(in thousands)".
  return line.indent >= CENTRED_MIN_INDENT || DATE_LINE.test(line.text.trim());
}

/**
 * Whether a one-line heading runs straight into its text: an ITEM label ("ITEM 2. PROPERTIES" /
 * "    The Company's headquarters...") or a head over the full first line of a paragraph
 * ("Stock Repurchase Programs" / "In November 1992, the Board..."). The head ended early: the
 * paragraph's first word would have fitted after it, so the line did not wrap into the text
 * ("Interest and Other Income (Expense), Net" / "Interest and other income (expense), net, is ...").
 */
export function runsIntoText(state: BlockState, head: number, i: number): boolean {
  const following = state.lines[i];
  if (following === undefined || following.blank || following.indent > PARAGRAPH_INDENT_MAX) return false;
  const text = following.text.trimEnd();
  // Columns, or a list's first item ("NOTES" / "(1) Director of the Company ..."), are not running text.
  if (/\S\s{3,}\S/.test(text.trim()) || NOTE_START.test(text.trim()) || bulletMarker(text) !== null) return false;
  const firstText = state.trimmed[head] ?? '';
  // A one-word Title Case head may sit on a shorter first line: "Reclassifications" / "Certain prior year amounts on the ...,".
  const fullLine = /^[A-Z][a-z]+$/.test(firstText) ? state.width - WRAP_MARGIN : state.width * FULL_LINE_SHARE;
  if (text.length < fullLine) return false;
  const headEnd = (state.lines[head]?.indent ?? 0) + firstText.length;
  const firstWord = text.trim().split(/\s/, 1)[0] ?? '';
  return headEnd + 1 + firstWord.length <= text.length - HEAD_ROOM;
}

/**
 * Whether an indented line stands in a list of entries rather than over text: the block just
 * above or below it, across blank lines on the same page, starts at its indent. "Included in
 * Part II, Item 8:" / "   Consolidated Balance Sheets at December 31, 2000" / "   Notes to
 * Consolidated Financial Statements" / "   Report of Independent Public Accountants" lists
 * documents; a head's text starts at the margin or at a paragraph's indent, not under it.
 */
export function listEntry(state: BlockState, first: number, last: number, end: number): boolean {
  const indent = state.lines[first]?.indent ?? 0;
  if (indent <= PARAGRAPH_INDENT_MAX) return false;
  // A sibling entry: a block whose every line hangs at this indent. A paragraph's first line may
  // be indented as deep, but its next line goes back to the margin.
  const full = (k: number): boolean => (state.lines[k]?.indent ?? 0) + (state.trimmed[k] ?? '').length >= state.width * FULL_LINE_SHARE;
  const sibling = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) {
      const line = state.lines[k];
      if (!line || line.blank || (k > from && line.pageStart) || Math.abs(line.indent - indent) > 1) return false;
      // Two full lines in a row are running text set in from the margin, not an entry.
      if (k > from && full(k - 1) && full(k)) return false;
    }
    return true;
  };
  let below = last + 1;
  while (below < end && state.lines[below]?.blank && !state.lines[below]?.pageStart) below++;
  if (below > last + 1 && below < end && !state.lines[below]?.pageStart) {
    let to = below;
    while (to + 1 < end && !state.lines[to + 1]?.blank && !state.lines[to + 1]?.pageStart) to++;
    if (sibling(below, to)) return true;
  }
  // A heading just above is a title, not an entry: "ARTICLE IV ..." / "Representations and Warranties".
  if (state.lines[first]?.pageStart || state.blocks[state.blocks.length - 1]?.kind === 'heading') return false;
  let to = first - 1;
  while (to >= 0 && state.lines[to]?.blank && !state.lines[to + 1]?.pageStart) to--;
  if (to === first - 1 || to < 0 || state.lines.slice(to + 1, first + 1).some((l) => l.pageStart)) return false;
  let from = to;
  while (from > 0 && !state.lines[from - 1]?.blank && !state.lines[from]?.pageStart) from--;
  return sibling(from, to);
}

/** A press release's dateline opening its first paragraph: "CUPERTINO, Calif. July 9, 1997 ...", "NEW YORK, NY--Oct. 16, 1996--". */
const DATELINE = /^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*, +[A-Z][A-Za-z.]*\b/;

/** Whether line `i` opens a paragraph with a dateline: the line above it is then a release's headline. */
export function datelineAt(state: BlockState, i: number): boolean {
  const line = state.lines[i];
  return line !== undefined && !line.blank && DATELINE.test(line.text.trim()) && (state.trimmed[i] ?? '').length + line.indent >= state.width * FULL_LINE_SHARE;
}

/** Whether line `i` ends what stands above it: nothing, a blank line, a page start or a tag. */
export function endsRun(state: BlockState, i: number): boolean {
  const line = state.lines[i];
  return !line || line.blank || line.pageStart || opensTag(line.text);
}

/** An enumerated item opening a line, its marker and its title: "(27) Financial Data Schedule", "b) DIRECTORS", "4. Leases". */
const ITEM_LINE = /^(\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])[.)])\s+(\S.*)$/i;

/** How many lines apart two items of one list may stand: an item's wrapped line, blank lines and a short answer ("Not Applicable."). */
export const SIBLING_REACH = 6;

/** The form of an item's marker, digits and letters apart: "(27)" and "(4)" are one list, "(b)" and "4." others. */
function itemKind(marker: string): string {
  return marker.replace(/\d+/, '9').replace(/[ivx]+|[a-z]/i, 'a');
}

/**
 * Whether an item of the same list as line `start` (same marker form and indent, above or below,
 * with only blank lines, wrapped lines and deeper answers between) has a plain sentence for its
 * title: then the items are entries of a list ("(1) Underwriting agreement" / "Not Applicable."
 * ... "(27) Financial Data Schedule"), and none is a heading.
 */
export function plainSibling(state: BlockState, start: number, end: number): boolean {
  const own = ITEM_LINE.exec(state.trimmed[start] ?? '');
  if (!own) return false;
  const indent = state.lines[start]!.indent;
  const kind = itemKind(own[1]!);
  for (const step of [-1, 1]) {
    let gap = 0;
    for (let k = start + step; k >= 0 && k < end && gap < SIBLING_REACH; k += step) {
      const line = state.lines[k]!;
      const m = line.blank ? null : ITEM_LINE.exec(state.trimmed[k] ?? '');
      if (m && Math.abs(line.indent - indent) <= 1 && itemKind(m[1]!) === kind) {
        const title = withoutNote(m[2] ?? '').replace(/[.:\s]+$/, '').trim();
        if (title !== '' && !isAllCaps(title) && !isTitleCase(title)) return true;
        gap = 0;
        continue;
      }
      // Blank lines, a wrapped title line and an answer set deeper than the items lie between two items.
      if (line.blank || line.indent > indent + 1 || !state.lines[k - step]?.blank) {
        gap++;
        continue;
      }
      break;
    }
  }
  return false;
}
