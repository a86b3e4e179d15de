import type { Block } from '../types.ts';
import { BARE_ARTICLE, candidateText, DATE_LINE, endsLikeHeading, FIRM_CAPS, FORM_TITLE, headingStyle, isFirmName, joinTitle, SCHEDULE_LABEL } from './heading-style.ts';
import {
  CENTRED_MIN_INDENT,
  coverMatter,
  endsRun,
  FULL_LINE,
  LABEL_LINE_MAX,
  LABEL_TITLE_WORDS,
  pastUnderline,
  pictureOrNames,
  proseAfter,
  RIGHT_SET_SLACK,
  runsIntoText,
  sameAlignment,
  signatureFollows,
  standsAlone,
  subtitleAt,
  TITLE_LINE_MAX,
  ZIP_AT_END,
} from './heading-lines.ts';
import { isAllCaps, isRuleLine, isTitleCase, withoutNote } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';

/** Most title lines a label stands over: a company line, the title, a second title line. */
const MAX_TITLE_LINES = 3;

/** A title line that goes on from the line above: "FROM ACME & CO., LLP", "OF ACME WIDGETS, INC.". */
const OPENS_ON_PREPOSITION = /^(?:FROM|BY|OF|TO|FOR|WITH|BETWEEN|AMONG)\s/i;

/** Farthest a title line may stand below the line above it: two blank lines between. */
const TITLE_REACH = 3;

/**
 * Whether line `start` stands straight under a rule set off above it: "- -------" / "EXHIBIT 16.1"
 * opening a page, an exhibit typed into the document between two rules.
 */
function underRule(state: BlockState, start: number): boolean {
  const rule = state.lines[start - 1];
  if (rule === undefined || rule.blank || !isRuleLine(rule.text.trim())) return false;
  return rule.pageStart || start < 2 || state.lines[start - 2]!.blank;
}

/**
 * A schedule's or exhibit's label over its centred title lines, blank lines between or not:
 * "SCHEDULE VIII" / "" / "ACME WIDGETS, INC." / "" / "VALUATION AND QUALIFYING ACCOUNTS AND
 * RESERVES", "Exhibit 99.02" / "Acme Company" / "Financial Highlights", and a bare ARTICLE
 * label over its title ("Article VA" / "" / "PRESIDENT"). The company line under the label is
 * text, not title; a label set right ("                      EXHIBIT 12") is the exhibit's tag
 * and stays text before the title.
 */
export function scheduleHeading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  if (!standsAlone(state, start) && !underRule(state, start)) return false;
  const first = state.lines[start]!;
  const firstText = state.trimmed[start] ?? '';
  const article = BARE_ARTICLE.test(firstText);
  if (!SCHEDULE_LABEL.test(firstText) && !article) return false;
  if (!candidateText(firstText, article ? LABEL_LINE_MAX : isAllCaps(firstText) ? FULL_LINE : TITLE_LINE_MAX)) return false;
  const rightSet = !article && first.indent >= state.width / 2 && first.indent + firstText.length >= state.width - RIGHT_SET_SLACK;
  let last = start;
  const companyLines: number[] = rightSet ? [start] : [];
  for (let taken = 0; taken < MAX_TITLE_LINES; taken++) {
    const j = nextNonBlank(state, last + 1, end);
    const t = state.trimmed[j] ?? '';
    if (j >= end || j - last > TITLE_REACH || state.lines.slice(last + 1, j + 1).some((l) => l.pageStart)) break;
    // Across a blank line only a centred line goes on the title; "SCHEDULE II" / "OTHER ACCOUNTS RECEIVABLE" may be flush.
    if (!(isAllCaps(withoutNote(t)) || isTitleCase(t)) || !candidateText(t.replace(/,$/, ''), TITLE_LINE_MAX) || (j > last + 1 && (state.lines[j]?.indent ?? 0) < CENTRED_MIN_INDENT)) break;
    // The period line under the title is not part of it: "FOR THE THREE YEARS ENDED DECEMBER 31, 2000".
    if (taken > 0 && DATE_LINE.test(t)) break;
    // "LETTER ON CHANGE IN CERTIFYING ACCOUNTANT" / "FROM ACME & CO., LLP": a name after a preposition goes on the title.
    if (isFirmName(t) && !OPENS_ON_PREPOSITION.test(t) && companyLines.every((k) => k === start) && taken < 2) companyLines.push(j);
    last = j;
  }
  const { after, underlined } = pastUnderline(state, last, end);
  const caps = isAllCaps(firstText);
  const following = state.lines[after];
  // A capitals title may stand straight over a heading of another alignment.
  const overHeading = following !== undefined && caps && !following.blank && last + 1 === after && isAllCaps(following.text) && candidateText(following.text.trim(), TITLE_LINE_MAX) && !sameAlignment(state, last, after);
  // The period line straight under the title stays out of it, as it does across a blank line: "VALUATION AND QUALIFYING ACCOUNTS" / "FOR THE THREE YEARS ENDED ...".
  const periodUnder = last > start && last + 1 === after && DATE_LINE.test(state.trimmed[after] ?? '');
  const alone = endsRun(state, after) || subtitleAt(state, after) || article || (last === start && runsIntoText(state, start, after)) || overHeading || periodUnder;
  if (after < end && !alone) return false;

  const text = joinTitle(state.trimmed.slice(start, last + 1).filter((t, k) => t !== '' && !companyLines.includes(start + k)), !rightSet);
  if (text === '') return false;
  if (article) {
    const titleAfterLabel = text.replace(/^ARTICLE\s+\S+\s*[.:\-]?\s*/i, '').replace(/\.$/, '');
    if (titleAfterLabel !== '' && !isAllCaps(titleAfterLabel) && !isTitleCase(titleAfterLabel, LABEL_TITLE_WORDS)) return false;
  } else {
    if (!endsLikeHeading(text)) return false;
    if (!FORM_TITLE.test(text) && (coverMatter(state, start, text, after, end) || pictureOrNames(state, start, text, after, end))) return false;
    // "... 95014": an address ends in its ZIP code; "NM: Not Meaningful" is a label and its value.
    if (ZIP_AT_END.test(text) || /:\s/.test(text)) return false;
    if (isAllCaps(text) && FIRM_CAPS.test(text) && signatureFollows(state, last + 1, end)) return false;
  }
  // A label with its title is a statement's or article's title however its lines run; a label alone is judged by its print.
  const printed = last > start ? (article ? 'article' : 'statement') : headingStyle(text.replace(/ — /g, ' '), first.indent, firstText.length, state.width, underlined, proseAfter(state, after, end));
  if (!printed) return false;
  if (silent) return true;

  const block: Block = { kind: 'heading', depth: 2, text, pos: state.lines[rightSet ? nextNonBlank(state, start + 1, end) : start]!.pos };
  // Lines kept out of the title stay as text, in their order: a right-set label first, the company line after the title.
  if (rightSet) state.blocks.push({ kind: 'paragraph', text: firstText, pos: first.pos, pageBreaks: [] });
  state.blocks.push(block);
  state.headingStyles.set(block, article ? printed : 'statement');
  for (const k of companyLines) if (k !== start) state.blocks.push({ kind: 'paragraph', text: state.trimmed[k] ?? '', pos: state.lines[k]!.pos, pageBreaks: [] });
  state.line = after;
  return true;
}
