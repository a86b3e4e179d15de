import type { SourcePosition } from '../types.ts';
import { joinLines, type WrappedLine } from './join-lines.ts';
import { nextNonBlank, opensTag, type BlockState } from './state.ts';

/** An enumeration marker at the start of a line: "1.", "(1)", "2)", "(a)", "b.", "(iv)". */
export function enumMarker(text: string): { label: string; indent: number; textColumn: number } | null {
  const m = /^(\s*)(?:\((\d{1,2}|[a-z]|[ivx]{1,4})\)|(\d{1,2}|[a-z])[.)])\s+(?=\S)/.exec(text);
  if (!m) return null;
  return { label: m[2] ?? m[3] ?? '', indent: (m[1] ?? '').length, textColumn: m[0].length };
}

/** Items of a list are short; an enumerated run with a longer item is a sequence of numbered paragraphs. */
const MAX_ITEM_LINES = 5;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Whether `label` follows `prev` in its own counting: 1 then 2, a then b, i then ii. */
function follows(prev: string, label: string): boolean {
  if (/^\d+$/.test(prev)) return Number(label) === Number(prev) + 1;
  const r = ROMAN.indexOf(prev);
  if (r >= 0 && ROMAN[r + 1] === label) return true;
  return prev.length === 1 && label.length === 1 && label.charCodeAt(0) === prev.charCodeAt(0) + 1;
}

/**
 * An enumerated list: two or more items "(a)", "(1)", "1." at one indent, counting up. Numbered
 * from 1 it becomes an ordered list; lettered ones keep their printed labels in an unordered list.
 * Enumerations inside a sentence ("(1) the risks ... (2) any risks") are left to the paragraph.
 */
export function orderedList(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const head = enumMarker(state.lines[start]?.text ?? '');
  if (!head) return false;
  const raw: { label: string; parts: WrappedLine[]; textColumn: number; pos: SourcePosition }[] = [];
  let i = start;
  let next = start;
  let label = head.label;
  while (i < end) {
    const first = state.lines[i]!;
    const m = enumMarker(first.text);
    if (!m || Math.abs(m.indent - head.indent) > 1 || (raw.length > 0 && !follows(label, m.label))) break;
    label = m.label;
    const parts: WrappedLine[] = [{ text: first.text, pos: first.pos, pageBreak: first.pageStart && i !== start }];
    let j = i + 1;
    while (j < end) {
      const line = state.lines[j]!;
      if (line.blank || line.pageStart || opensTag(line.text)) break;
      const e = enumMarker(line.text);
      if (e && Math.abs(e.indent - head.indent) <= 1 && follows(label, e.label)) break;
      parts.push({ text: line.text, pos: line.pos, pageBreak: false });
      j++;
    }
    raw.push({ label: m.label, parts, textColumn: m.textColumn, pos: first.pos });
    next = j;
    const k = nextNonBlank(state, j, end);
    const e = enumMarker(state.lines[k]?.text ?? '');
    if (k >= end || !e || Math.abs(e.indent - head.indent) > 1 || !follows(label, e.label)) break;
    i = k;
  }
  // Long numbered clauses ("1.   RESIGNATION.  By signing this Resignation Agreement...") read better as paragraphs.
  if (raw.length < 2 || raw.some((r) => r.parts.length > MAX_ITEM_LINES)) return false;
  if (silent) return true;
  const ordered = raw[0]?.label === '1';
  const items = raw.map((r) => {
    const parts = ordered ? [{ ...r.parts[0]!, text: r.parts[0]!.text.slice(r.textColumn) }, ...r.parts.slice(1)] : r.parts;
    const { text, pageBreaks } = joinLines(parts, state.vocabulary);
    return pageBreaks.length > 0 ? { text, pos: r.pos, pageBreaks } : { text, pos: r.pos };
  });
  state.blocks.push({ kind: 'list', ordered, items, pos: state.lines[start]!.pos });
  state.line = next;
  return true;
}
