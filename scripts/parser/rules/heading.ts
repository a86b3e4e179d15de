import type { Block } from '../types.ts';
import { ADDRESSEE, ARTICLE, candidateText, DATE_LINE, endsLikeHeading, FIELD_LABEL, FIRM_CAPS, FORM_TITLE, headingStyle, isFirmName, joinTitle, PART_ITEM, PICTURE, SCHEDULE_LABEL, SIGNATURE_LINE } from './heading-style.ts';
import { isAllCaps, isRuleLine, isTagLine, isTitleCase, opensTag, readsAsSentence, withoutNote } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';

/** Whether a signature line comes within the next four non-blank lines. */
function signatureFollows(state: BlockState, from: number, end: number): boolean {
  let seen = 0;
  for (let k = from; k < end && seen < SIGNATURE_REACH; k++) {
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
  return k < end && /^[A-Z]/.test(t) && (state.lines[k]?.indent ?? 0) + t.length >= state.width * FULL_LINE_SHARE;
}

/** Whether the next line with text, past blank lines, reads as a sentence: four lower-case words in a row. */
function sentenceAfter(state: BlockState, after: number, end: number): boolean {
  const k = nextNonBlank(state, after, end);
  return k < end && readsAsSentence(state.trimmed[k] ?? '');
}

/** A title line wraps on when it runs to the margin or stops on a joining word ("...Accounting  and"). */
function wrapsOn(state: BlockState, i: number): boolean {
  const line = state.lines[i]!;
  const t = state.trimmed[i] ?? '';
  return line.indent + t.length >= state.width - WRAP_MARGIN || JOINING_END.test(t);
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

/** How many lines below a name a signature may come and still sign it. */
const SIGNATURE_REACH = 4;
/** How far short of the margin a full first line of text may end. */
const FULL_LINE_SLACK = 10;
/** Share of the text width a line of running text reaches (shorter lines end paragraphs). */
const FULL_LINE_SHARE = 0.75;
/** A labelled title's line that ends within this many columns of the margin was cut there and wraps on. */
const WRAP_MARGIN = 20;
/** Fewest columns of indent for a line to count as centred rather than flush. */
const CENTRED_MIN_INDENT = 6;
/** An underline covers most of its title; a shorter rule under a line is a separator. */
const UNDERLINE_SHARE = 0.6;
/** A heading that runs straight into its text is short: under half a line. */
const RUN_INTO_TEXT_SHARE = 0.5;
/** The deepest first-line indent of a paragraph a heading runs into. */
const PARAGRAPH_INDENT_MAX = 5;
/** Most words in the title after an ITEM or PART label ("Item 5. Market for the Registrant's Common Equity and ..."). */
const LABEL_TITLE_WORDS = 20;

/** A ZIP code closing an address: "CUPERTINO, CA 95014", "Boston, Massachusetts 02110-1726". */
const ZIP_AT_END = /[A-Za-z.,]\s+\d{5}(?:-\d{4})?$/;

/** A line that stops on a joining word goes on below: "...Offerings and". */
const JOINING_END = /\s(?:and|of|the|for|on|in|to|or|with)$/i;

/** Most words in a wrapped Title Case title's line: a deck line runs longer than a plain head. */
const TITLE_WRAP_WORDS = 12;

/** Longest line a title takes: shorter than a full line of running text. */
const TITLE_LINE_MAX = 72;
/** Longest labelled line ("ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND"): labels run to the edge. */
const LABEL_LINE_MAX = 82;
/** Longest capitals title line: a full 80-column line, since capitals are never running text here. */
const FULL_LINE = 80;

/** How far short of the right margin a right-set label may end: a typist's ragged right edge. */
const RIGHT_SET_SLACK = 8;

/** How far apart two line centres may sit and still be one centred stack: a typist's odd space either way. */
const CENTRE_TOLERANCE = 3;

/** Whether two lines are set the same way: the same indent, or both centred on about the same column. */
function sameAlignment(state: BlockState, a: number, b: number): boolean {
  const la = state.lines[a]!;
  const lb = state.lines[b]!;
  if (Math.abs(la.indent - lb.indent) <= 1) return true;
  const centre = (i: number) => state.lines[i]!.indent + (state.trimmed[i] ?? '').length / 2;
  return la.indent > 0 && lb.indent > 0 && Math.abs(centre(a) - centre(b)) <= CENTRE_TOLERANCE;
}

/** The index one past a form's cover page (the document's first page, when it carries "FORM 10-K" or the like), else 0. */
const coverEnds = new WeakMap<BlockState, number>();
function coverEnd(state: BlockState): number {
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

/** The form's own title: on a cover, the only line that is a heading. */
function formTitle(text: string): boolean {
  return FORM_TITLE.test(text);
}

/**
 * Cover matter, not titles: anything but the form's title on a form's cover page, the addressee
 * block ("SECURITIES AND EXCHANGE COMMISSION"), a period line standing alone ("FOR THE FISCAL YEAR
 * ENDED DECEMBER 31, 2000"), and a field's value over its bracketed label ("CALIFORNIA" / "(State
 * or Other Jurisdiction of Incorporation)").
 */
function coverMatter(state: BlockState, start: number, text: string, after: number, end: number): boolean {
  if (start < coverEnd(state)) return true;
  if (ADDRESSEE.test(text) || DATE_LINE.test(text)) return true;
  const below = state.trimmed[after] ?? '';
  return after < end && FIELD_LABEL.test(below);
}

/** How many lines away the next name in a list of names may stand: a blank line and a rule between. */
const NAME_REACH = 4;

/**
 * A picture's place ("[LOGO]") and firms' names standing alone: a stack of names (underwriters
 * on a back cover), and a name with no running text under it (a company line over a statement
 * title, "APPLE COMPUTER, INC." / "CONSOLIDATED BALANCE SHEETS", or a registrant's name).
 */
function pictureOrNames(state: BlockState, start: number, text: string, after: number, end: number): boolean {
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
  // A heading may sit straight under another of a different alignment: "THE COMPANY" (centred) / "OVERVIEW" (flush).
  const underHeading = state.blocks[state.blocks.length - 1]?.kind === 'heading' && state.line === start;
  if (prev && !prev.blank && !first.pageStart && !isTagLine(prev.text) && !underHeading) return false;
  const firstText = state.trimmed[start] ?? '';
  const label = PART_ITEM.test(firstText) || ARTICLE.test(firstText);
  // A capitals title may run a full line ("DISCUSSION OF CONSOLIDATED RESULTS OF OPERATIONS -- 2000 COMPARED TO 1999").
  if (!candidateText(firstText, label ? LABEL_LINE_MAX : isAllCaps(firstText) ? FULL_LINE : TITLE_LINE_MAX)) return false;

  // Capital lines may continue on up to two more lines; so may an ITEM label's wrapped title
  // ("Item   5. Market for the Registrant's Common Equity and Related Stockholder" / "Matters").
  let last = start;
  const caps = isAllCaps(firstText);
  // "Article VA" / "" / "PRESIDENT": a bare article label takes its title from below, as a schedule label does.
  const bareArticle = /^ARTICLE\s+(?:[IVXL]+|\d+)[A-Z]?\.?$/i.test(firstText);
  // "                                   EXHIBIT 12": a label set right is the exhibit's tag, not part of its title (it stays as text).
  const rightSet = SCHEDULE_LABEL.test(firstText) && first.indent >= state.width / 2 && first.indent + firstText.length >= state.width - RIGHT_SET_SLACK;
  const schedule = SCHEDULE_LABEL.test(firstText) || bareArticle;
  // A Title Case title may wrap where it stops on a joining word: "Company Recaps Extensive New Product Offerings and" / "Restructuring Progress.".
  const titleWrap = !caps && !label && isTitleCase(firstText.replace(/\s+\S+$/, ''), TITLE_WRAP_WORDS) && JOINING_END.test(firstText);
  while ((caps || label || titleWrap) && !schedule && last - start < 2 && last + 1 < end) {
    const next = state.lines[last + 1]!;
    const t = state.trimmed[last + 1] ?? '';
    // A title's line may end in a comma where it wraps: "AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,".
    if (next.blank || next.pageStart || isRuleLine(t) || !candidateText(t.replace(/,$/, ''), 72)) break;
    if (titleWrap && (!isTitleCase(t.replace(/\.$/, ''), TITLE_WRAP_WORDS) || last > start)) break;
    if (!label && !titleWrap && !isAllCaps(withoutNote(t))) break;
    // Stacked title lines share their alignment; a centred title over a flush one is two headings.
    if (!label && !sameAlignment(state, last, last + 1)) break;
    if (label && !wrapsOn(state, last)) break;
    last++;
  }
  // A schedule or exhibit label stands over its centred title lines, blank lines between or not:
  // "SCHEDULE VIII" / "" / "APPLE COMPUTER, INC." / "" / "VALUATION AND QUALIFYING ACCOUNTS AND RESERVES",
  // "Exhibit 99.02" / "Southern Company" / "Financial Highlights" / "(In Millions of Dollars ...)".
  // The company line under a schedule label is not part of its title: "SCHEDULE II" / "ACME CORP. AND SUBSIDIARIES" / "VALUATION ...".
  const companyLines: number[] = rightSet ? [start] : [];
  if (schedule) {
    for (let taken = 0; taken < 3; taken++) {
      const j = nextNonBlank(state, last + 1, end);
      const t = state.trimmed[j] ?? '';
      if (j >= end || j - last > 3 || state.lines.slice(last + 1, j + 1).some((l) => l.pageStart)) break;
      // Across a blank line only a centred line goes on the title; "SCHEDULE II" / "OTHER ACCOUNTS RECEIVABLE" may be flush.
      if (!(isAllCaps(withoutNote(t)) || isTitleCase(t)) || !candidateText(t.replace(/,$/, ''), TITLE_LINE_MAX) || (j > last + 1 && (state.lines[j]?.indent ?? 0) < CENTRED_MIN_INDENT)) break;
      // The period line under the title is not part of it: "FOR THE THREE YEARS ENDED DECEMBER 31, 2000".
      if (taken > 0 && DATE_LINE.test(t)) break;
      if (isFirmName(t) && companyLines.every((k) => k === start) && taken < 2) companyLines.push(j);
      last = j;
    }
  }
  let after = last + 1;
  const underline = state.trimmed[after] ?? '';
  const lastText = state.trimmed[last] ?? '';
  // An underline may run the full width: "Summary of Significant Accounting Policies" / "________...".
  const underlined = after < end && !state.lines[after]?.pageStart && isRuleLine(underline) && underline.length >= lastText.length * UNDERLINE_SHARE;
  if (underlined) after++;
  const following = state.lines[after];
  // A heading stands alone, though a centred note may sit under it: "(In millions, except per share amounts)".
  const subtitle = following && /^\(.*\)$/.test(following.text.trim()) && following.indent >= CENTRED_MIN_INDENT;
  // An ITEM label may run straight into its text: "ITEM 2. PROPERTIES" / "    The Company's headquarters...".
  // Some filers run a short heading straight into a full line of text: "Stock Repurchase Programs" / "In November 1992, the Board...".
  const intoText =
    following !== undefined &&
    last === start &&
    firstText.length < state.width * RUN_INTO_TEXT_SHARE &&
    following.indent <= PARAGRAPH_INDENT_MAX &&
    // A one-word Title Case head may sit on a shorter first line: "Reclassifications" / "Certain prior year amounts on the ...,".
    following.text.trimEnd().length >= state.width - (/^[A-Z][a-z]+$/.test(firstText) ? WRAP_MARGIN : FULL_LINE_SLACK) &&
    !/\S\s{3,}\S/.test(following.text.trim());
  // A capitals title may stand straight over another of a different alignment ("THE COMPANY" / "OVERVIEW").
  const overHeading = following !== undefined && caps && !following.blank && last + 1 === after && isAllCaps(following.text) && candidateText(following.text.trim(), 72) && !sameAlignment(state, last, after);
  const alone = !following || following.blank || following.pageStart || opensTag(following.text) || subtitle || label || intoText || overHeading;
  if (after < end && !alone) return false;

  // A company line stacked over a statement title is not part of it: "JUNGLEE CORP." / "CONDENSED BALANCE SHEET" / "JUNE 30, 1998".
  const companyLine = last > start && !label && !schedule && isFirmName(firstText) && !isFirmName(joinTitle(state.trimmed.slice(start, last + 1)));
  const from = companyLine ? start + 1 : start;
  const text = joinTitle(state.trimmed.slice(from, last + 1).filter((t, k) => t !== '' && !companyLines.includes(from + k)), schedule && !rightSet);
  if (text === '') return false;
  // A label opens a title, not a sentence: "Item 7 of Form 10-K under the subheading..." is running text.
  const titleAfterLabel = text.replace(/^(?:PART|ITEM|ARTICLE)\s+\S+\s*[.:\-]?\s*/i, '').replace(/\.$/, '');
  if (label && titleAfterLabel !== '' && !isAllCaps(titleAfterLabel) && !isTitleCase(titleAfterLabel, LABEL_TITLE_WORDS)) return false;
  // "ITEM  2.         ACQUISITION OR DISPOSITION OF ASSETS." may end in a period; other headings may not.
  const wrappedTitle = titleWrap && last > start;
  if (!label && !wrappedTitle && !endsLikeHeading(text)) return false;
  if (!label && !formTitle(text) && (coverMatter(state, start, text, after, end) || pictureOrNames(state, from, text, after, end))) return false;
  // "APPLE COMPUTER, INC." / "1 INFINITE LOOP" / "CUPERTINO, CA 95014": an address ends in its ZIP code.
  if (!label && ZIP_AT_END.test(text)) return false;
  // "NM: Not Meaningful", "AREA CODE: (408) 996-1010": a colon inside makes a label and its value.
  if (!label && /:\s/.test(text)) return false;
  // "CISCO SYSTEMS, INC." / "Dated: ...  By: /s/ Larry R. Carter": the registrant's name over a signature signs; it titles nothing.
  if (!label && isAllCaps(text) && FIRM_CAPS.test(text) && signatureFollows(state, last + 1, end)) return false;
  // A labelled schedule or exhibit title is a title however long its lines run together.
  const printed = schedule && last > start ? (bareArticle ? 'article' : 'statement') : headingStyle(wrappedTitle ? (state.trimmed[from] ?? '').replace(JOINING_END, '') : text.replace(/ — /g, ' '), state.lines[from]!.indent, (state.trimmed[from] ?? '').length, state.width, underlined, proseAfter(state, after, end));
  if (!printed) return false;
  // A dated statement title ranks as one title whatever its layout:
  // "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996" / "- -------" (a page rule, no underline).
  const dated = last > from && (datedTitle(state, from, last) || schedule);
  const statement = schedule || isAllCaps(withoutNote(text)) && (dated || (last === from && datedTitle(state, nextNonBlank(state, after, end), nextNonBlank(state, after, end) + 1)));
  const style = statement && !label && !bareArticle && (schedule || printed === 'flush-caps' || printed === 'centred-caps' || printed === 'underlined') ? 'statement' : printed;
  // A multi-line run only joins when it is centred or a label: flush capital lines are separate items,
  // unless the lines under the first give its date or period: "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996".
  if (last > from && !label && style !== 'centred-caps' && !dated && !wrappedTitle) return false;
  if (silent) return true;

  if (companyLine) state.blocks.push({ kind: 'paragraph', text: firstText, pos: first.pos, pageBreaks: [] });
  const block: Block = { kind: 'heading', depth: 2, text, pos: state.lines[rightSet ? nextNonBlank(state, start + 1, end) : from]!.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, style);
  // Lines kept out of the title stay as text, in their order: a right-set label first, the company line after the title.
  if (rightSet) state.blocks.splice(state.blocks.length - 1, 0, { kind: 'paragraph', text: firstText, pos: first.pos, pageBreaks: [] });
  for (const k of companyLines) if (k !== start) state.blocks.push({ kind: 'paragraph', text: state.trimmed[k] ?? '', pos: state.lines[k]!.pos, pageBreaks: [] });
  state.line = after;
  return true;
}
