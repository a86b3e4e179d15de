import type { ColumnExtent } from './columns.ts';

/** A header phrase as the header reader keeps it: its text, columns and header line. */
export interface HeadPhrase {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** A heading over several value columns found without a dash rule under it. */
export interface GroupHead {
  phrase: HeadPhrase;
  columns: number[];
}

const overlap = (a: ColumnExtent, b: ColumnExtent): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const gap = (a: ColumnExtent, b: ColumnExtent): number => Math.max(0, b.start - a.end, a.start - b.end);

/**
 * Group headings printed without a rule under them. Two ways a typist set them:
 * centred over a run of columns ("Common Stock" over "Shares" and "Amount" in an equity statement), or
 * as a top line of labels each over the first of equal groups ("1994" and "1993(A)" over three
 * columns each, in a derivatives table). Every column of a group needs its own heading below it, and
 * the phrase's line must hold fewer phrases than there are value columns.
 */
export function findGroupHeads(phrases: readonly HeadPhrase[], extents: readonly ColumnExtent[]): GroupHead[] {
  const n = extents.length - 1;
  if (n < 2) return [];
  const valueStart = extents[1]?.start ?? Infinity;
  const nearest = (p: ColumnExtent): number => {
    let best = 1;
    for (let i = 2; i <= n; i++) if (gap(p, extents[i]!) < gap(p, extents[best]!)) best = i;
    return best;
  };
  // Each column's reach: its figures widened by the one-column headings printed over it.
  const single = (p: HeadPhrase): boolean => extents.filter((e, i) => i > 0 && overlap(p, e) > 0).length <= 1 && p.start >= valueStart - 2;
  const below = (line: number, column: number): boolean =>
    phrases.some((q) => q.line > line && single(q) && nearest(q) === column);
  const reach = (line: number, column: number): ColumnExtent => {
    const e = extents[column]!;
    const own = phrases.filter((q) => q.line > line && single(q) && nearest(q) === column);
    return { start: Math.min(e.start, ...own.map((q) => q.start)), end: Math.max(e.end, ...own.map((q) => q.end)) };
  };
  const heads: GroupHead[] = [];
  const lines = [...new Set(phrases.map((p) => p.line))].sort((a, b) => a - b);
  for (const line of lines) {
    const on = phrases.filter((p) => p.line === line);
    if (on.length >= n) continue;
    // A phrase reaching over the stub is a title or a label, no group heading ("FAS 109 Method" beside "APB 11 Method").
    const overStub = on.some((p) => p.start < valueStart - 2);
    // Labels over the first of equal groups: "1994" over columns 1-3, "1993(A)" over 4-6.
    const firsts = on.map(nearest);
    const size = n / on.length;
    // Set apart by a blank line, or years: "Total" over one column and "Average" over another, stacked
    // straight over "Revenue", are those columns' own first lines.
    const next = phrases.filter((q) => q.line > line).reduce((m, q) => Math.min(m, q.line), Infinity);
    const setApart = next > line + 1 || on.every((p) => /\b(?:19|20)\d\d\b/.test(p.text));
    const equalGroups = !overStub && setApart && on.length >= 2 && Number.isInteger(size) && size >= 2 && firsts.every((c, k) => c === 1 + k * size);
    if (equalGroups && firsts.every((c) => Array.from({ length: size }, (_, j) => c + j).every((col) => below(line, col)))) {
      on.forEach((p, k) => heads.push({ phrase: p, columns: Array.from({ length: size }, (_, j) => firsts[k]! + j) }));
      continue;
    }
    // A phrase centred over a run of two or more columns, over two or more headings on the next line
    // (a word stacked over one heading, "Accu-" over "mulated", is that heading's first line).
    for (const p of on) {
      if (p.start < valueStart - 2) continue;
      // Or standing apart, a blank line under it: "Fiscal Year Ended" over three dates (a schedule's head).
      const under = phrases.filter((q) => q.line === next && overlap(q, { start: p.start - 1, end: p.end + 1 }) > 0);
      if (under.length < 2 && next === line + 1) continue;
      const centre = (p.start + p.end) / 2;
      let found: number[] | null = null;
      for (let a = 1; a < n && found === null; a++) {
        for (let b = n; b > a; b--) {
          const from = reach(line, a);
          const to = reach(line, b);
          const width = to.end - from.start;
          if (p.start < from.start - 2 || p.end > to.end + 2 || p.end - p.start > width) continue;
          if (Math.abs(centre - (from.start + to.end) / 2) > Math.max(2, width * 0.15)) continue;
          const columns = Array.from({ length: b - a + 1 }, (_, j) => a + j);
          // It tops its columns: a phrase printed higher over them ("Notes" over "Receivable Total") makes it a middle line.
          const higher = phrases.some((q) => q.line < line && overlap(q, { start: from.start, end: to.end }) > 0);
          if (!higher && columns.every((c) => below(line, c))) {
            found = columns;
            break;
          }
        }
      }
      if (found !== null) heads.push({ phrase: p, columns: found });
    }
  }
  return heads;
}
