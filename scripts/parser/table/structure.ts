import type { TableStructure } from '../../section-schema.ts';
import type { RowKind, TableModel, TableRow } from '../types.ts';

/** A row's kind as recorded, or as its flags say for a row read before kinds were recorded (a text table, a schedule). */
export function kindOf(row: TableRow): RowKind {
  return row.kind ?? (row.section ? 'section' : row.total ? 'total' : 'data');
}

/** The rows of a table that the site marks (sections, subtotals, totals, indented stubs, rules), by body row index. */
export function tableStructure(table: Pick<TableModel, 'rows'>): TableStructure {
  const rows: TableStructure['rows'] = [];
  table.rows.forEach((r, row) => {
    const kind = kindOf(r);
    const entry: TableStructure['rows'][number] = { row };
    if (kind !== 'data') entry.kind = kind;
    if (r.level > 0) entry.indent = r.level;
    if (r.rule) entry.rule = r.rule;
    if (Object.keys(entry).length > 1) rows.push(entry);
  });
  return { rows };
}
