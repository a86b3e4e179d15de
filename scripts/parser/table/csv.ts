/** A parsed table as CSV (RFC 4180): the header, then every body row; figures as numbers, the notes' markers kept. */
import type { TableCell, TableModel } from '../types.ts';
import { isNil, readFigure } from './figure.ts';

/** A marker as printed in running text: "1" -> "(1)", "*" stays "*". */
function printed(marker: string): string {
  const bare = marker.replace(/^\((.*)\)$/, '$1');
  return /^[A-Za-z0-9]+$/.test(bare) ? `(${bare})` : bare;
}

/** Text with its markers after it, as printed: "Offering (1)(2)". */
function withMarkers(cell: TableCell | undefined): string {
  if (cell === undefined) return '';
  const text = cell.text.replace(/\s+/g, ' ').trim();
  const markers = cell.notes.map(printed).join('');
  return markers === '' ? text : `${text}${text === '' ? '' : ' '}${markers}`;
}

/** One field: a figure as a plain number ("(1,234)" -> -1234, "$ 3.28" -> 3.28, "12.5%" -> 12.5%), a nil dash as empty, else the text. */
export function csvValue(text: string): string {
  if (isNil(text)) return '';
  const figure = readFigure(text);
  if (figure === null) return text;
  return `${figure.value}${figure.percent ? '%' : ''}`;
}

/** Quotes a field when it holds a comma, quote or line break; a text starting like a formula ("=", "+", "@") is prefixed with "'" so a spreadsheet shows it as text. */
export function csvField(value: string): string {
  const safe = /^[=+@]/.test(value) || (/^-/.test(value) && readFigure(value) === null) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV with CRLF line ends: the header (with its markers), then each body row, the first column as text
 * and the others read as figures. A figure's markers cannot share its field, so when any figure carries one, a
 * last "Notes" column lists the markers of the row's figures.
 */
export function tableCsv(table: Pick<TableModel, 'header' | 'rows'>): string {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.cells.length), 1);
  const columns = Array.from({ length: width }, (_, i) => i);
  const figureNotes = (cells: (TableCell | undefined)[]): string => cells.slice(1).flatMap((c) => (c && c.text.trim() !== '' ? c.notes.map(printed) : [])).join('');
  const needsNotes = table.rows.some((r) => figureNotes(r.cells) !== '');
  const lines = [[...columns.map((i) => withMarkers(table.header[i])), ...(needsNotes ? ['Notes'] : [])]];
  for (const row of table.rows) {
    const fields = columns.map((i) => {
      const cell = row.cells[i];
      if (i === 0) return withMarkers(cell);
      const text = (cell?.text ?? '').replace(/\s+/g, ' ').trim();
      const value = csvValue(text);
      // A word cell keeps its markers in place; a figure's go to the Notes column.
      return readFigure(text) === null && !isNil(text) && cell !== undefined ? withMarkers(cell) : value;
    });
    lines.push(needsNotes ? [...fields, figureNotes(row.cells)] : fields);
  }
  return lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
