import { parseMessage } from '../messages.ts';
import { CONTENTS_LIST, readTable, untaggedTableLength } from '../tables.ts';
import type { BlockState } from './state.ts';

/** A table laid out in spaces without `<TABLE>` tags; kept preformatted when the tables stage cannot read it. */
export function untaggedTable(state: BlockState, start: number, end: number, silent: boolean): boolean {
  let length = untaggedTableLength(state.lines, start);
  if (length <= 0) return false;
  // A block without page breaks of its own stops where the next page starts.
  for (let i = start + 1; i < start + length; i++) {
    if (state.lines[i]?.pageStart) {
      length = i - start;
      break;
    }
  }
  length = Math.min(length, end - start);
  if (silent) return true;
  const lines = state.lines.slice(start, start + length);
  const pos = lines[0]!.pos;
  const { table, reason } = readTable({ lines: lines.map((l) => ({ text: l.text, pos: l.pos })), tagged: false });
  // A list of entries with page numbers is a contents list, no table: the lines stay text.
  if (table === null && reason === CONTENTS_LIST) return false;
  if (table) state.blocks.push({ kind: 'table', table, pos, pageBreaks: [] });
  else {
    const text = lines.map((l) => l.text.trimEnd()).join('\n').replace(/^\n+|\n+$/g, '');
    state.messages.push(parseMessage('untagged-table', `untagged table kept preformatted: ${reason || 'not understood'}`, pos));
    state.blocks.push({ kind: 'preformatted', text, reason: 'table not understood', pos });
  }
  state.line = start + length;
  return true;
}
