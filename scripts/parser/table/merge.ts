import type { TableModel } from '../types.ts';

/** A header reduced to what must match across a page break: lower case, no "(continued)", single spaces. */
function headerKey(table: TableModel): string[] {
  return table.header.map((c) =>
    c.text
      .toLowerCase()
      .replace(/\(?\bcontinued\b\)?/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Joins a table continued after a page break onto the previous one when their headers match; null when they do not. */
export function mergeTables(first: TableModel, next: TableModel): TableModel | null {
  if (first.header.length !== next.header.length) return null;
  const a = headerKey(first);
  const b = headerKey(next);
  const continued = /\bcontinued\b/i.test(`${next.caption ?? ''} ${next.header.map((c) => c.text).join(' ')}`);
  const same = a.every((t, i) => t === b[i]);
  const none = b.every((t) => t === '');
  if (!same && !none && !continued) return null;
  return {
    ...first,
    rows: [...first.rows, ...next.rows],
    notes: [...first.notes, ...next.notes],
  };
}
