import type { SourcePosition, TableModel } from '../types.ts';
import { parseNotes } from './notes.ts';
import { cleanTableText } from './table-lines.ts';
import { isValueText } from './tokens.ts';

// One line of an EX-27 financial data schedule: a tag naming the item, then its value
// ("<CASH>                          1,203,488", "<PERIOD-TYPE>   YEAR", "<ARTICLE> 5").
const ITEM = /^\s*<([A-Z][A-Z0-9&-]*)>\s+(\S(?:.*\S)?)\s*$/;
// Marker lines ("<S>  <C>") carry no text.
const MARKERS = /^\s*(?:<[SC]>\s*)+$/i;
// A value citing a note of the schedule's `<FN>`: "Dec-31-1997<F1>".
const CITED = /^(.*?)((?:<F\d{1,2}>)+)$/;

/**
 * An EX-27 financial data schedule in `<TABLE>` tags: every line a tag and its value. It becomes a
 * two-column table, Tag and Value, the tag's name shown as a word (it is what the reader looks up),
 * not left as something that looks like markup. Null when any line is not a tag with a value.
 */
export function readDataSchedule(lines: readonly { text: string; pos: SourcePosition }[]): TableModel | null {
  const rows: TableModel['rows'] = [];
  // "<FN>" / "<F1>Items reported as "zero" are not applicable...": the schedule's notes.
  const fn = lines.findIndex((l) => /^\s*<FN>/i.test(l.text));
  const noteLines = fn < 0 ? [] : lines.slice(fn).map((l) => ({ text: l.text.replace(/<\/?FN>/gi, '    ').replace(/<\/?TABLE>/gi, ''), pos: l.pos }));
  const notes = noteLines.some((l) => l.text.trim() !== '') ? parseNotes(noteLines) : [];
  if (notes === null) return null;
  for (const line of fn < 0 ? lines : lines.slice(0, fn)) {
    const text = cleanTableText(line.text);
    if (text.trim() === '' || MARKERS.test(text)) continue;
    const m = ITEM.exec(text);
    if (m === null || m[1] === undefined || m[2] === undefined) return null;
    const value = m[2].replace(/\s+/g, ' ');
    const cited = CITED.exec(value);
    const cell = cited ? { text: cited[1] ?? '', notes: [...(cited[2] ?? '').matchAll(/<(F\d{1,2})>/g)].map((n) => n[1] ?? '') } : { text: value, notes: [] };
    rows.push({ cells: [{ text: m[1], notes: [] }, cell], total: false, level: 0, section: false, pos: line.pos });
  }
  // A few tagged lines could be anything; a schedule lists many items, most of them figures.
  if (rows.length < 5 || rows.filter((r) => isValueText(r.cells[1]?.text ?? '')).length * 2 < rows.length) return null;
  return { header: [{ text: 'Tag', notes: [] }, { text: 'Value', notes: [] }], rows, align: ['left', 'right'], notes };
}
