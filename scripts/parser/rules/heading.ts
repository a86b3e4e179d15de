import type { Block } from '../types.ts';
import { ARTICLE, candidateText, endsLikeHeading, FIRM, FIRM_CAPS, FORM_LINE, FORM_TITLE, headingStyle, isFirmName, joinTitle, PART_ITEM, SCHEDULE_LABEL, NOT_HEADINGS } from './heading-style.ts';
import {
  coverMatter,
  datedTitle,
  datelineAt,
  endsRun,
  FULL_LINE,
  JOINING_END,
  listEntry,
  pastUnderline,
  pictureOrNames,
  plainSibling,
  proseAfter,
  runsIntoText,
  sentenceAfter,
  sameAlignment,
  signatureFollows,
  standsAlone,
  subtitleAt,
  TITLE_LINE_MAX,
  TITLE_WRAP_WORDS,
  wrapsOn,
  ZIP_AT_END,
} from './heading-lines.ts';
import { isAllCaps, isRuleLine, isTitleCase, withoutMarker, withoutNote } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';

/** Most lines a capitals title runs to below its first: "MANAGEMENT'S DISCUSSION AND ANALYSIS OF" / "FINANCIAL CONDITION ...". */
const MAX_STACKED_LINES = 2;

/**
 * A title known by its typography: a short line standing alone between blank lines, with no
 * sentence-ending period, printed in capitals, centred, underlined or in Title Case. Consecutive
 * capital lines set the same way join ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF" / "FINANCIAL
 * CONDITION..."), a Title Case title stopping on a joining word wraps onto one more line, and an
 * underline under it is consumed with it. Labelled titles are other rules' (`label-heading`,
 * `schedule-heading`).
 */
export function heading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  if (!standsAlone(state, start)) return false;
  const first = state.lines[start]!;
  const firstText = state.trimmed[start] ?? '';
  if (PART_ITEM.test(firstText) || ARTICLE.test(firstText) || SCHEDULE_LABEL.test(firstText)) return false;
  const caps = isAllCaps(withoutMarker(firstText));
  // A capitals title may run a full line ("DISCUSSION OF CONSOLIDATED RESULTS OF OPERATIONS -- 2000 COMPARED TO 1999").
  // A capitals title may wrap after a comma: "ACME POSTS $25 MILLION PROFIT; REVENUES, MARGINS," / "AND CASH FLOW IMPROVE".
  const wrapsAtComma = caps && firstText.endsWith(',');
  if (!candidateText(wrapsAtComma ? firstText.slice(0, -1) : firstText, caps ? FULL_LINE : TITLE_LINE_MAX)) return false;

  let last = start;
  // "FORM 8-K" / "CURRENT REPORT": the form's title is its own line; the description stacked under it is cover matter.
  const formLine = FORM_LINE.test(firstText);
  // A Title Case title may wrap where it stops on a joining word: "Company Recaps Extensive New Product Offerings and" / "Restructuring Progress.".
  const titleWrap = !caps && isTitleCase(firstText.replace(/\s+\S+$/, ''), TITLE_WRAP_WORDS) && JOINING_END.test(firstText);
  while ((caps || titleWrap) && !formLine && last - start < MAX_STACKED_LINES && last + 1 < end) {
    const next = state.lines[last + 1]!;
    const t = state.trimmed[last + 1] ?? '';
    // A title's line may end in a comma where it wraps: "AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,".
    if (next.blank || next.pageStart || isRuleLine(t) || !candidateText(t.replace(/,$/, ''), TITLE_LINE_MAX)) break;
    if (titleWrap && (!isTitleCase(t.replace(/\.$/, ''), TITLE_WRAP_WORDS) || last > start)) break;
    if (!titleWrap && !isAllCaps(withoutNote(t))) break;
    // Stacked title lines share their alignment; a centred title over a flush one is two headings.
    if (!sameAlignment(state, last, last + 1)) break;
    last++;
  }
  if (wrapsAtComma && last === start) return false;
  const { after, underlined } = pastUnderline(state, last, end);
  const following = state.lines[after];
  // A capitals title may stand straight over another of a different alignment ("THE COMPANY" / "OVERVIEW"); a line
  // that runs to the margin wraps on instead ("     PURSUANT TO THE REQUIREMENTS ... OF 1934, THIS" / "REPORT HAS BEEN SIGNED ...").
  const overHeading = following !== undefined && caps && !following.blank && last + 1 === after && !wrapsOn(state, last) && isAllCaps(following.text) && candidateText(following.text.trim(), TITLE_LINE_MAX) && !sameAlignment(state, last, after);
  // A centred note may sit under a title: "(In millions, except per share amounts)"; a short head may run into its text.
  const alone = endsRun(state, after) || formLine || subtitleAt(state, after) || (last === start && runsIntoText(state, start, after)) || overHeading;
  if (after < end && !alone) return false;

  // A company line stacked over a statement title is not part of it: "JUNGLEE CORP." / "CONDENSED BALANCE SHEET" / "JUNE 30, 1998".
  const companyLine = last > start && isFirmName(firstText) && !isFirmName(joinTitle(state.trimmed.slice(start, last + 1)));
  const from = companyLine ? start + 1 : start;
  const text = joinTitle(state.trimmed.slice(from, last + 1).filter((t) => t !== ''));
  if (text === '') return false;
  const wrappedTitle = titleWrap && last > start;
  if (!wrappedTitle && !endsLikeHeading(text) && !periodTitle(state, text, after, end)) return false;
  if (!FORM_TITLE.test(text) && (coverMatter(state, start, text, after, end) || pictureOrNames(state, from, text, after, end))) return false;
  // "ACME WIDGETS, INC." / "1 MAIN STREET" / "SPRINGFIELD, IL 62701": an address ends in its ZIP code.
  if (ZIP_AT_END.test(text)) return false;
  // "NM: Not Meaningful", "AREA CODE: (408) 996-1010": a colon inside makes a label and its value.
  if (/:\s/.test(text)) return false;
  // "ACME WIDGETS, INC." / "Dated: ...  By: /s/ John Q. Smith": the registrant's name over a signature signs; it titles nothing.
  if (isAllCaps(text) && FIRM_CAPS.test(text) && signatureFollows(state, last + 1, end)) return false;
  // A release's headline over its dateline may run longer than a section's title: "Acme Board Announces the Resignation of Its Chairman and CEO".
  const headline = !caps && last === start && after < end && state.lines[after]!.blank && datelineAt(state, nextNonBlank(state, after, end));
  const printed = headingStyle(wrappedTitle ? (state.trimmed[from] ?? '').replace(JOINING_END, '') : text.replace(/ — /g, ' '), state.lines[from]!.indent, (state.trimmed[from] ?? '').length, state.width, underlined, proseAfter(state, after, end), headline);
  if (!printed) return false;
  if (printed === 'indented-title' && listEntry(state, from, last, end)) return false;
  if ((printed === 'numbered' || printed === 'numbered-title') && plainSibling(state, from, end)) return false;
  // A dated statement title ranks as one title whatever its layout:
  // "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996" / "- -------" (a page rule, no underline).
  const dated = last > from && datedTitle(state, from, last);
  const below = nextNonBlank(state, after, end);
  const statement = isAllCaps(withoutNote(text)) && (dated || (last === from && datedTitle(state, below, below + 1)));
  const style = statement && (printed === 'flush-caps' || printed === 'centred-caps' || printed === 'underlined') ? 'statement' : printed;
  // A multi-line run only joins when it is centred: flush capital lines are separate items,
  // unless the lines under the first give its date or period: "BALANCE SHEETS" / "DECEMBER 31, 1997 AND 1996".
  if (last > from && style !== 'centred-caps' && !dated && !wrappedTitle) return false;
  if (silent) return true;

  if (companyLine) state.blocks.push({ kind: 'paragraph', text: firstText, pos: first.pos, pageBreaks: [] });
  const block: Block = { kind: 'heading', depth: 2, text, pos: state.lines[from]!.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, style);
  state.line = after;
  return true;
}

/** Fewest and most words of a Title Case head closed by a period: "Contingency Plans.", not "See Note 5." nor a sentence in capitals. */
const PERIOD_TITLE_WORDS = { min: 2, max: 6 };

/**
 * A short Title Case head may close with a period where it stands over its text: "Contingency
 * Plans." / "Under the guidance of ...". Capitals closed by a period are a sentence or an answer
 * ("ITEMS 1 THROUGH 4 NOT APPLICABLE."), and so are "Not Applicable." and a figure ("See Note 5.").
 */
function periodTitle(state: BlockState, text: string, after: number, end: number): boolean {
  const m = /^(.*[A-Za-z])\.$/.exec(text);
  const words = m?.[1]?.split(/\s+/) ?? [];
  if (!m || words.length < PERIOD_TITLE_WORDS.min || words.length > PERIOD_TITLE_WORDS.max) return false;
  if (isAllCaps(text) || NOT_HEADINGS.test(m[1]!) || FIRM.test(text) || /\d/.test(text) || !isTitleCase(m[1]!)) return false;
  return sentenceAfter(state, after, end);
}
