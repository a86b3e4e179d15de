import type { SourcePosition, TableModel } from '../types.ts';
import { cleanTableText } from './table-lines.ts';
import { isValueText } from './tokens.ts';

// One line of an EX-27 financial data schedule: a tag naming the item, then its value
// ("<CASH>                          1,203,488", "<PERIOD-TYPE>   YEAR", "<ARTICLE>5").
const ITEM = /^\s*<([A-Z][A-Z0-9&-]*)>\s*(\S(?:.*\S)?)?\s*$/;
// Marker lines ("<S>  <C>") carry no text.
const MARKERS = /^\s*(?:<[SC]>\s*)+$/i;
// A value's note marker glued to it: "Dec-31-1997<F1>".
const VALUE_NOTE = /^(.*?)\s*<F(\d{1,2})>$/i;
// A note of the schedule: "<F1>Items reported as "zero" are not applicable...".
const NOTE = /^\s*<F(\d{1,2})>\s*(.*)$/i;

/** The schedule's `<FN>` notes: each `<Fn>` line and the lines under it, joined. */
function scheduleNotes(lines: readonly { text: string; pos: SourcePosition }[]): TableModel['notes'] {
  const notes: TableModel['notes'] = [];
  for (const line of lines) {
    const text = line.text.replace(/<\/?FN>/gi, '').trim();
    const m = NOTE.exec(text);
    const last = notes[notes.length - 1];
    if (m !== null) notes.push({ marker: m[1] ?? '', text: (m[2] ?? '').trim(), pos: line.pos });
    else if (text !== '' && last !== undefined) last.text = `${last.text} ${text}`.trim();
  }
  return notes;
}

/**
 * An EX-27 financial data schedule in `<TABLE>` tags: every line a tag and its value. It becomes a
 * two-column table, Tag and Value, the tag's name shown as a word (it is what the reader looks up),
 * not left as something that looks like markup. The `<LEGEND>` block is one row however many lines
 * it runs to; `<F1>` markers on values cite the `<FN>` notes under the schedule. Null when any other
 * line is not a tag with a value.
 */
export function readDataSchedule(lines: readonly { text: string; pos: SourcePosition }[]): TableModel | null {
  const rows: TableModel['rows'] = [];
  const row = (tag: string, value: string, notes: string[], pos: SourcePosition): void => {
    rows.push({ cells: [{ text: tag, notes: [] }, { text: value, notes }], total: false, level: 0, section: false, kind: 'data', rule: null, pos });
  };
  let legend: { text: string[]; pos: SourcePosition } | null = null;
  for (const [i, line] of lines.entries()) {
    const text = cleanTableText(line.text);
    if (/^\s*<FN>/i.test(text)) return withNotes(rows, scheduleNotes(lines.slice(i)));
    if (legend !== null) {
      const end = /<\/LEGEND>/i.test(text);
      const part = text.replace(/<\/LEGEND>/i, '').trim();
      if (part !== '') legend.text.push(part);
      if (end) {
        row('LEGEND', legend.text.join(' '), [], legend.pos);
        legend = null;
      }
      continue;
    }
    if (text.trim() === '' || MARKERS.test(text)) continue;
    if (/^\s*<LEGEND>/i.test(text)) {
      legend = { text: [], pos: line.pos };
      const rest = text.replace(/^\s*<LEGEND>/i, '').trim();
      if (/<\/LEGEND>/i.test(rest)) {
        row('LEGEND', rest.replace(/<\/LEGEND>/i, '').trim(), [], line.pos);
        legend = null;
      } else if (rest !== '') legend.text.push(rest);
      continue;
    }
    const m = ITEM.exec(text);
    if (m === null || m[1] === undefined || m[2] === undefined) return null;
    const value = m[2].replace(/\s+/g, ' ');
    const note = VALUE_NOTE.exec(value);
    row(m[1], note?.[1] ?? value, note?.[2] !== undefined ? [note[2]] : [], line.pos);
  }
  return legend === null ? withNotes(rows, []) : null;
}

/** The schedule as a table, when it is one: a few tagged lines could be anything; a schedule lists many items, most of them figures. */
function withNotes(rows: TableModel['rows'], notes: TableModel['notes']): TableModel | null {
  if (rows.length < 5 || rows.filter((r) => isValueText(r.cells[1]?.text ?? '')).length * 2 < rows.length) return null;
  return { header: [{ text: 'Tag', notes: [] }, { text: 'Value', notes: [] }], rows, align: ['left', 'right'], notes };
}
