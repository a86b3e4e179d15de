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

/** Puts the columns of a table printed in a second block beside the first, when both list the same rows; null otherwise. */
export function mergeSideBySide(first: TableModel, second: TableModel): TableModel | null {
  const labels = (t: TableModel): string[] => t.rows.map((r) => r.cells[0]?.text ?? '');
  if (first.rows.length !== second.rows.length || labels(first).join('\n') !== labels(second).join('\n')) return null;
  // The added columns continue the last spanner of the first block ("1996 — FAIR VALUE", then "CREDIT RISK AMOUNT").
  const lastText = first.header[first.header.length - 1]?.text ?? '';
  const spanner = lastText.includes(' — ') ? lastText.slice(0, lastText.lastIndexOf(' — ')) : '';
  const added = second.header.slice(1).map((c) => (spanner && !c.text.includes(' — ') ? { ...c, text: `${spanner} — ${c.text}` } : c));
  return {
    ...(first.caption ?? second.caption ? { caption: [first.caption, second.caption].filter(Boolean).join(' — ') } : {}),
    header: [...first.header, ...added],
    rows: first.rows.map((r, i) => ({ ...r, cells: [...r.cells, ...(second.rows[i]?.cells.slice(1) ?? [])] })),
    align: [...first.align, ...second.align.slice(1)],
    notes: [...first.notes, ...second.notes],
  };
}
