import { isRuleLine, type BlockState } from './state.ts';

/** A rule of dashes, equals signs or underscores standing on its own (the cover's "=====" separators); a run of them is one break. */
export function thematicBreak(state: BlockState, start: number, end: number, silent: boolean): boolean {
  if (!isRuleLine(state.trimmed[start] ?? '')) return false;
  if (silent) return true;
  let last = start;
  while (last + 1 < end && !state.lines[last + 1]!.pageStart && isRuleLine(state.trimmed[last + 1] ?? '')) last++;
  state.blocks.push({ kind: 'thematicBreak', pos: state.lines[start]!.pos });
  state.line = last + 1;
  return true;
}
