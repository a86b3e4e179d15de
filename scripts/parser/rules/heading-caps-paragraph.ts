import type { Block } from '../types.ts';
import { isAllCaps, opensTag, readsAsSentence } from './line-tests.ts';
import { nextNonBlank, type BlockState } from './state.ts';

/** Fewest and most lines of a title set as a paragraph in capitals: a one-line one is an ordinary title, five lines make a legend. */
const MIN_LINES = 2;
const MAX_LINES = 4;

/** Fewest such titles a document must print before they count as its style: one capitals paragraph may be a legend. */
const MIN_RECURRENCE = 2;

/** Where each run of capital lines ending in a period stands, found once per document. */
const found = new WeakMap<BlockState, Set<number>>();

/**
 * A title set as a short paragraph in capitals, ending in a period, over running text: the risk
 * factor "OUR OPERATING RESULTS COULD BE HARMED IF THE INDUSTRIES INTO WHICH WE SELL" / "OUR
 * PRODUCTS ARE IN DOWNWARD CYCLES." It counts only where the document prints at least two of them
 * at the same indent, so a lone legend in capitals stays text.
 */
export function capsParagraphHeading(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const last = runEnd(state, start, end);
  if (last === null || !titlesOf(state).has(start)) return false;
  if (silent) return true;
  const text = state.trimmed.slice(start, last + 1).join(' ').replace(/\s+/g, ' ');
  const block: Block = { kind: 'heading', depth: 3, text, pos: state.lines[start]!.pos };
  state.blocks.push(block);
  state.headingStyles.set(block, 'caps-paragraph');
  state.line = last + 1;
  return true;
}

/** The last line of a run of capital lines at `start` that stands alone, ends in a period and has prose under it; else null. */
function runEnd(state: BlockState, start: number, end: number): number | null {
  const first = state.lines[start];
  if (!first || first.blank || (start > 0 && !state.lines[start - 1]!.blank && !first.pageStart)) return null;
  let last = start;
  while (last + 1 < end && !state.lines[last + 1]!.blank && !state.lines[last + 1]!.pageStart) last++;
  const count = last - start + 1;
  if (count < MIN_LINES || count > MAX_LINES) return null;
  const lines = state.trimmed.slice(start, last + 1);
  if (!lines.every((t) => isAllCaps(t) && !opensTag(t) && !/\s{3,}/.test(t)) || !/[.?]$/.test(lines[count - 1] ?? '')) return null;
  // Lines of one paragraph: the same indent throughout.
  if (state.lines.slice(start, last + 1).some((l) => l.indent !== first.indent)) return null;
  const next = nextNonBlank(state, last + 1, end);
  if (next >= end || !readsAsSentence(state.trimmed[next] ?? '')) return null;
  return last;
}

/** The starts of every qualifying run, kept only when runs at one indent recur. */
function titlesOf(state: BlockState): Set<number> {
  const known = found.get(state);
  if (known) return known;
  const byIndent = new Map<number, number[]>();
  for (let i = 0; i < state.lines.length; i++) {
    const last = runEnd(state, i, state.lines.length);
    if (last === null) continue;
    const indent = state.lines[i]!.indent;
    byIndent.set(indent, [...(byIndent.get(indent) ?? []), i]);
    i = last;
  }
  const starts = new Set([...byIndent.values()].filter((list) => list.length >= MIN_RECURRENCE).flat());
  found.set(state, starts);
  return starts;
}
