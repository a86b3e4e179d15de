import type { Block } from '../types.ts';
import { ARTICLE, BARE_ARTICLE, candidateText, joinTitle, PART_ITEM } from './heading-style.ts';
import { LABEL_LINE_MAX, LABEL_TITLE_WORDS, pastUnderline, standsAlone, wrapsOn } from './heading-lines.ts';
import { isAllCaps, isRuleLine, isTitleCase } from './line-tests.ts';
import type { BlockState } from './state.ts';

/** Longest line a label's wrapped title goes on to: shorter than a full line of running text. */
const TITLE_LINE_MAX = 72;

/** Most lines a label's title wraps to below its first: "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND" / "RESULTS OF OPERATIONS". */
const MAX_WRAPPED_LINES = 2;

/**
 * A PART, ITEM or ARTICLE label opening a line, with its title after it: "PART II", "ITEM 1.
 * BUSINESS", "Item 5. Market for the Registrant's Common Equity and Related Stockholder" /
 * "Matters" (a title cut at the margin wraps on), "ARTICLE IV  COVENANTS". It may run straight
 * into its text, and may end in a period ("ITEM 2.  ACQUISITION OR DISPOSITION OF ASSETS."). A
 * bare ARTICLE label takes its title from below (`schedule-heading`).
 */
export function labelHeading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  if (!standsAlone(state, start)) return false;
  const firstText = state.trimmed[start] ?? '';
  if (!(PART_ITEM.test(firstText) || ARTICLE.test(firstText)) || BARE_ARTICLE.test(firstText)) return false;
  if (!candidateText(firstText, LABEL_LINE_MAX)) return false;
  let last = start;
  while (last - start < MAX_WRAPPED_LINES && last + 1 < end) {
    const next = state.lines[last + 1]!;
    const t = state.trimmed[last + 1] ?? '';
    // A title's line may end in a comma where it wraps: "AMOUNTS RECEIVABLE FROM RELATED PARTIES AND UNDERWRITERS,".
    if (next.blank || next.pageStart || isRuleLine(t) || !candidateText(t.replace(/,$/, ''), TITLE_LINE_MAX)) break;
    if (!wrapsOn(state, last)) break;
    last++;
  }
  const titleTo = (k: number) => joinTitle(state.trimmed.slice(start, k + 1).filter((t) => t !== ''));
  // A line that would end the title as running text is the text the label runs into, not a wrap:
  // "Item 3. Quantitative and Qualitative Disclosures about Market Risk" / "The information presented below ...".
  while (last > start && !readsAsTitle(titleTo(last))) last--;
  const { after } = pastUnderline(state, last, end);
  const text = titleTo(last);
  if (text === '') return false;
  if (!readsAsTitle(text)) return false;
  if (silent) return true;
  const block: Block = { kind: 'heading', depth: 2, text, pos: state.lines[start]!.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, PART_ITEM.test(text) ? 'part-item' : 'article');
  state.line = after;
  return true;
}

/** A label opens a title, not a sentence: "Item 7 of Form 10-K under the subheading..." is running text. */
function readsAsTitle(text: string): boolean {
  const titleAfterLabel = text.replace(/^(?:PART|ITEM|ARTICLE)\s+\S+\s*[.:\-]?\s*/i, '').replace(/\.$/, '');
  return titleAfterLabel === '' || isAllCaps(titleAfterLabel) || isTitleCase(titleAfterLabel, LABEL_TITLE_WORDS);
}
