import type { SourcePosition, TableModel } from '../types.ts';
import { cleanTableText } from './table-lines.ts';
import { isValueText } from './tokens.ts';

// One line of an EX-27 financial data schedule: a tag naming the item, then its value
// ("<CASH>                          1,203,488", "<PERIOD-TYPE>   YEAR", "<ARTICLE> 5").
const ITEM = /^\s*<([A-Z][A-Z0-9&-]*)>\s+(\S(?:.*\S)?)\s*$/;
// Marker lines ("<S>  <C>") carry no text.
const MARKERS = /^\s*(?:<[SC]>\s*)+$/i;

/**
 * An EX-27 financial data schedule in `<TABLE>` tags: every line a tag and its value. It becomes a
 * two-column table, Tag and Value, the tag's name shown as a word (it is what the reader looks up),
 * not left as something that looks like markup. Null when any line is not a tag with a value.
 */
export function readDataSchedule(lines: readonly { text: string; pos: SourcePosition }[]): TableModel | null {
  const rows: TableModel['rows'] = [];
  for (const line of lines) {
    const text = cleanTableText(line.text);
    if (text.trim() === '' || MARKERS.test(text)) continue;
    const m = ITEM.exec(text);
    if (m === null || m[1] === undefined || m[2] === undefined) return null;
    rows.push({ cells: [{ text: m[1], notes: [] }, { text: m[2].replace(/\s+/g, ' '), notes: [] }], total: false, level: 0, section: false, pos: line.pos });
  }
  // A few tagged lines could be anything; a schedule lists many items, most of them figures.
  if (rows.length < 5 || rows.filter((r) => isValueText(r.cells[1]?.text ?? '')).length * 2 < rows.length) return null;
  return { header: [{ text: 'Tag', notes: [] }, { text: 'Value', notes: [] }], rows, align: ['left', 'right'], notes: [] };
}
