import type { Block } from '../types.ts';
import { isAllCaps, isRuleLine, isTitleCase, opensTag, withoutNote } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';
import { plainSibling } from './heading-lines.ts';

/** "(a) Exhibits.", "(b) REPORTS ON FORM 8-K", "a) DIRECTORS", "(iv) Other Matters": an enumerator, then a title. */
const SUB_ITEM = /^(?:\(([a-z]|\d{1,2}|[ivx]{1,4})\)|([a-z])\))\s+(\S.*)$/;

/** Any enumerator opening a line: the next line being one makes a list, not a head over text. */
const ENUMERATOR = /^(?:\((?:[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)|[a-zA-Z0-9]{1,2}[.)])\s/;

/** Most lines a sub-item's title wraps to: "(a) Exhibits (listed by number corresponding to ..." / "in Regulation S-K)." */
const MAX_LINES = 2;

/** Longest sub-item title, without its bracketed note: a title, not a clause. */
const MAX_TITLE = 60;

/**
 * An enumerated sub-item standing alone over its text: "(c) Exhibits." / "" / "99.1  Text of press
 * release", "(b) REPORTS ON FORM 8-K" / "" / "None.". It may end in a period, never in a colon (a
 * lead-in to a list, "(a) DOCUMENTS FILED AS PART OF THIS REPORT:"), and the next line must not
 * open another item (then the items are a list).
 */
export function subItemHeading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const first = state.lines[start];
  if (!first || first.blank) return false;
  const prev = state.lines[start - 1];
  if (prev && !prev.blank && !first.pageStart && !opensTag(prev.text)) return false;
  const m = SUB_ITEM.exec(state.trimmed[start] ?? '');
  if (!m) return false;
  let last = start;
  while (last + 1 < end && last - start + 1 < MAX_LINES && !state.lines[last + 1]!.blank && !state.lines[last + 1]!.pageStart) last++;
  if (last + 1 < end && !state.lines[last + 1]!.blank && !state.lines[last + 1]!.pageStart) return false;
  const text = state.trimmed.slice(start, last + 1).join(' ').replace(/\s+/g, ' ');
  const title = withoutNote((m[3] ?? '') + (last > start ? ' ' + state.trimmed.slice(start + 1, last + 1).join(' ') : '')).replace(/[.\s]+$/, '').trim();
  if (title === '' || title.length > MAX_TITLE || /[:;,]$/.test(text) || /[:;]/.test(title)) return false;
  if (!(isAllCaps(title) || isTitleCase(title))) return false;
  // One item of a list read as a title makes every item one: "(1) Underwriting agreement" ... "(27) Financial Data Schedule".
  if (plainSibling(state, start, end)) return false;
  // Text follows: a line that opens no other item, no table and no rule.
  const next = nextNonBlank(state, last + 1, end);
  const t = state.trimmed[next] ?? '';
  if (next >= end || ENUMERATOR.test(t) || opensTag(t) || isRuleLine(t)) return false;
  if (silent) return true;
  const block: Block = { kind: 'heading', depth: 3, text, pos: first.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, 'sub-item');
  state.line = last + 1;
  return true;
}

