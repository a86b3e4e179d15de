/** The sentences a reader sees under a table about its checked sums. */
import type { TableSum } from '../../scripts/section-schema.ts';
import { readFigure } from '../../scripts/parser/table/figure.ts';

/** A column's name for a sentence: its header in straight quotes (the article keeps the filing's plain characters), or "column N" when the header is blank. */
function columnName(sum: TableSum): string {
  return sum.label === '' ? `column ${sum.column + 1}` : `"${sum.label}"`;
}

/** "a and b", "a, b and c". */
function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The sum printed minus the figures' sum, signed: "+90", "-9". */
export function difference(sum: TableSum): string {
  const total = readFigure(sum.total)?.value ?? 0;
  const added = readFigure(sum.sum)?.value ?? 0;
  const d = added - total;
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${Math.abs(d).toLocaleString('en-US')}`;
}

/**
 * One sentence for the sums that add up (stated totals name their figure and where the text states it; totals
 * printed in the table are counted), and one per sum that does not, with the difference.
 */
export function sumNotes(sums: readonly TableSum[]): { ok: string | null; failed: string[] } {
  const good = sums.filter((s) => s.ok);
  const stated = good.filter((s) => s.stated !== undefined);
  const parts: string[] = [];
  for (const total of [...new Set(stated.map((s) => s.total))]) {
    const columns = stated.filter((s) => s.total === total);
    parts.push(`${listed(columns.map(columnName))} ${columns.length === 1 ? 'adds' : 'each add'} up to ${total}, the total stated in "${columns[0]?.stated ?? ''}"`);
  }
  const printed = good.length - stated.length;
  if (printed > 0) parts.push(`${printed === 1 ? 'the total printed adds up' : `all ${printed} totals printed add up`}`);
  const ok = parts.length === 0 ? null : `Adds up: ${parts.join('; ')}.`;
  const failed = sums
    .filter((s) => !s.ok)
    .map((s) => `Does not add up: the figures of ${columnName(s)} above its total sum to ${s.sum}, but the total printed is ${s.total} (a difference of ${difference(s)}).`);
  return { ok, failed };
}
