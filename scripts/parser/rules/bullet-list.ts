import type { PageBreakInText, SourcePosition } from '../types.ts';
import { joinLines, type WrappedLine } from './join-lines.ts';
import { bulletMarker } from './line-tests.ts';
import { endsSentence, nextNonBlank, opensTag, type BlockState } from './state.ts';

/** Whether a line continues the same list: same marker, about the same indent. */
function sameList(text: string, marker: string, indent: number): boolean {
  const b = bulletMarker(text);
  return b !== null && b.marker === marker && Math.abs(b.indent - indent) <= 1;
}

/**
 * A bulleted list: markers "o", "-", "*", "•" with a hanging indent; continuation lines align with
 * the text; blank lines may separate items; an item may run across a page break.
 */
export function bulletList(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const head = bulletMarker(state.lines[start]?.text ?? '');
  if (!head) return false;
  const { marker, indent } = head;
  const items: { text: string; pos: SourcePosition; pageBreaks?: PageBreakInText[] }[] = [];
  let i = start;
  let next = start;
  while (i < end && sameList(state.lines[i]!.text, marker, indent)) {
    const first = state.lines[i]!;
    const col = bulletMarker(first.text)!.textColumn;
    const parts: WrappedLine[] = [{ text: first.text.slice(col), pos: first.pos, pageBreak: first.pageStart && i !== start }];
    let prevText = first.text;
    let j = i + 1;
    let following = -1;
    while (j < end) {
      const line = state.lines[j]!;
      if (line.blank || line.pageStart) {
        const k = nextNonBlank(state, j, end);
        const after = state.lines[k];
        if (!after || k >= end) break;
        if (sameList(after.text, marker, indent)) {
          following = k;
          break;
        }
        // An item cut by a page break carries on when its text stops mid-sentence.
        if (after.pageStart && !endsSentence(prevText) && /^[a-z]/.test(after.text.trim())) {
          parts.push({ text: after.text, pos: after.pos, pageBreak: true });
          prevText = after.text;
          j = k + 1;
          continue;
        }
        break;
      }
      if (opensTag(line.text)) break;
      if (sameList(line.text, marker, indent)) {
        following = j;
        break;
      }
      // Continuation lines hang under the text; a line back at the margin only continues an unfinished sentence.
      if (line.indent <= indent && endsSentence(prevText)) break;
      if (bulletMarker(line.text)) break;
      parts.push({ text: line.text, pos: line.pos, pageBreak: false });
      prevText = line.text;
      j++;
    }
    const { text, pageBreaks } = joinLines(parts, state.vocabulary);
    items.push(pageBreaks.length > 0 ? { text, pos: first.pos, pageBreaks } : { text, pos: first.pos });
    next = j;
    if (following < 0) break;
    i = following;
    next = following;
  }
  // A lone "-" or "*" line is more likely a dash or a footnote than a list.
  if (items.length === 0 || (items.length < 2 && marker !== 'o' && marker !== '•' && marker !== '·')) return false;
  if (silent) return true;
  state.blocks.push({ kind: 'list', ordered: false, items, pos: state.lines[start]!.pos });
  state.line = next;
  return true;
}
