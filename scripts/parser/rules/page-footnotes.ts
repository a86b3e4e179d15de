import type { Block } from '../types.ts';
import { joinLines } from './join-lines.ts';
import { isRuleLine, nextNonBlank, type BlockState } from './state.ts';
import { NOTE_START } from './line-tests.ts';

/** The marker of a footnote line, as its label: "(1)" gives "1", "*" stays "*", "[a]" gives "a". */
export function noteLabel(text: string): { label: string; length: number } | null {
  const m = /^\s*(\(\s?([0-9a-z]{1,2})\s?\)|\[([0-9a-z]{1,2})\]|(\*{1,3})|([0-9]{1,2})\))\s*/.exec(text);
  if (!m || !NOTE_START.test(text.trim())) return null;
  return { label: m[2] ?? m[3] ?? m[4] ?? m[5] ?? '', length: m[0].length };
}

/**
 * Footnotes typed by hand at the bottom of a page: a short rule ("-----") and then lines starting
 * "(1)" or "*" running to the end of the page, or standing under a table kept as lines. Anything
 * less certain stays in the running text.
 */
export function pageFootnotes(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const rule = state.trimmed[start] ?? '';
  if (!isRuleLine(rule) || rule.length > 30 || !rule.startsWith('-') && !rule.startsWith('_')) return false;
  let i = nextNonBlank(state, start + 1, end);
  if (i >= end || state.lines[i]?.pageStart || !noteLabel(state.lines[i]!.text)) return false;
  // Under a table kept as lines ("- ----------" / "(1)  Information is as of March 31, 1998."), the notes
  // are the table's even when text follows them on the same page.
  const previous = [...state.blocks].reverse().find((b) => b.kind !== 'pageBreak');
  const underTable = previous?.kind === 'table' || previous?.kind === 'lineBlock' || previous?.kind === 'preformatted';
  const notes: { label: string; lines: number[] }[] = [];
  let endsPage = true;
  while (i < end) {
    const line = state.lines[i]!;
    if (line.pageStart) break;
    if (line.blank) {
      const k = nextNonBlank(state, i, end);
      if (k >= end || state.lines[k]?.pageStart) {
        i = k;
        break;
      }
      if (!noteLabel(state.lines[k]!.text)) {
        if (!underTable) return false;
        endsPage = false;
        break;
      }
      i = k;
      continue;
    }
    const label = noteLabel(line.text);
    if (label) notes.push({ label: label.label, lines: [i] });
    else notes[notes.length - 1]?.lines.push(i);
    i++;
  }
  // Otherwise only notes that run to the foot of the page are page footnotes.
  if (endsPage && i < end && !state.lines[i]?.pageStart) return false;
  if (notes.length === 0) return false;
  if (silent) return true;
  const definitions = notes.map((note): Extract<Block, { kind: 'footnoteDefinition' }> => {
    const parts = note.lines.map((n, k) => {
      const line = state.lines[n]!;
      return { text: k === 0 ? line.text.slice(noteLabel(line.text)?.length ?? 0) : line.text, pos: line.pos, pageBreak: false };
    });
    return { kind: 'footnoteDefinition', label: note.label, text: joinLines(parts, state.words).text, pos: parts[0]!.pos };
  });
  // Notes typed straight under a table are that table's, even when the tables stage did not read them as notes.
  const last = state.blocks[state.blocks.length - 1];
  if (last?.kind === 'table') {
    const known = new Set(last.table.notes.map((n) => `${n.marker}\u0000${n.text}`));
    for (const d of definitions) if (!known.has(`${d.label}\u0000${d.text}`)) last.table.notes.push({ marker: d.label, text: d.text, pos: d.pos });
  } else state.blocks.push(...definitions);
  state.line = i;
  return true;
}
