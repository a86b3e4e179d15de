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
  /** Its lines, top to bottom: one phrase, or a head stacked over lines of its own ("THREE MONTHS" / "ENDED"). */
  stack: HeadPhrase[];
  columns: number[];
}

// A line of a stacked head sits centred under the line above it, within a couple of columns.
const STACK_CENTRE_SLACK = 2;
// The heads under a stacked group head reach to within a couple of columns of its widest line.
const STACK_UNDER_REACH = 2;

const overlap = (a: ColumnExtent, b: ColumnExtent): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const gap = (a: ColumnExtent, b: ColumnExtent): number => Math.max(0, b.start - a.end, a.start - b.end);

/**
 * Group headings printed without a rule under them. Two ways a typist set them:
 * centred over a run of columns ("Common Stock" over "Shares" and "Amount" in an equity statement), or
 * as a top line of labels each over the first of equal groups ("1994" and "1993(A)" over three
 * columns each, in a derivatives table). Every column of a group needs its own heading below it, and
 * the phrase's line must hold fewer phrases than there are value columns.
 */
export function findGroupHeads(
  phrases: readonly HeadPhrase[],
  extents: readonly ColumnExtent[],
  home: ReadonlyMap<HeadPhrase, number> = new Map(),
): GroupHead[] {
  const n = extents.length - 1;
  if (n < 2) return [];
  const valueStart = extents[1]?.start ?? Infinity;
  const nearest = (p: HeadPhrase): number => {
    const placed = home.get(p);
    if (placed !== undefined) return placed;
    let best = 1;
    for (let i = 2; i <= n; i++) if (gap(p, extents[i]!) < gap(p, extents[best]!)) best = i;
    return best;
  };
  // Each column's reach: its figures widened by the one-column headings printed over it.
  // A head wider than its figures may start over the stub's longest labels ("March 27, 1998" over "$1,230"): its middle is over the values.
  const single = (p: HeadPhrase): boolean =>
    extents.filter((e, i) => i > 0 && overlap(p, e) > 0).length <= 1 && (p.start >= valueStart - 2 || (p.start + p.end) / 2 >= valueStart - 2);
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
    // A line with a head for every value column holds no group head; the stub's own head beside them
    // ("Interest and Other Income (Expense)      Six Months Ended") does not count.
    if (on.filter((p) => p.start >= valueStart - 2).length >= n) continue;
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
      on.forEach((p, k) => heads.push({ stack: [p], columns: Array.from({ length: size }, (_, j) => firsts[k]! + j) }));
      continue;
    }
    // A phrase centred over a run of two or more columns, over two or more headings on the next line
    // (a word stacked over one heading, "Accu-" over "mulated", is that heading's first line).
    for (const p of on) {
      // A head may overhang the stub when its middle is over the values and no stub head is beside it
      // ("For the Three Months Ended" over "3/27/99   3/27/98", begun left of the first figures).
      const besideLeft = on.reduce((m, q) => (q.end <= p.start ? Math.max(m, q.end) : m), 0);
      const overhangs = p.start < valueStart - 2 && (p.start + p.end) / 2 >= valueStart && besideLeft === 0;
      if (p.start < valueStart - 2 && !overhangs) continue;
      const centre = (p.start + p.end) / 2;
      // The heads under it: on the first line below with a phrase under it, past lines that only go on
      // with it, centred under it ("THREE MONTHS" / "ENDED" over "March 27,   March 28,").
      const stack: HeadPhrase[] = [p];
      let under: HeadPhrase[] = [];
      let underLine = Infinity;
      for (const l of lines) {
        if (l <= line) continue;
        const here = phrases.filter((q) => q.line === l && overlap(q, { start: p.start - 1, end: p.end + 1 }) > 0);
        if (here.length === 0) continue;
        const last = stack[stack.length - 1] as HeadPhrase;
        const one = here[0] as HeadPhrase;
        if (here.length === 1 && l === last.line + 1 && Math.abs((one.start + one.end) / 2 - centre) <= STACK_CENTRE_SLACK) {
          stack.push(one);
          continue;
        }
        under = here;
        underLine = l;
        break;
      }
      // Or standing apart, a blank line under it: "Fiscal Year Ended" over three dates (a schedule's head).
      const top = stack[stack.length - 1] as HeadPhrase;
      // A head stacked over lines of its own stands over two heads or more that reach to just beside it
      // (a short one, "YEAR" / "ENDED", over "Dec. 31,   Dec. 31,"); one column's own stack ("Accu-" /
      // "mulated", "Column 4" / "Value") has one head under it, or none.
      const wide = { start: Math.min(...stack.map((q) => q.start)) - STACK_UNDER_REACH, end: Math.max(...stack.map((q) => q.end)) + STACK_UNDER_REACH };
      const stacked = stack.length > 1 && phrases.filter((q) => q.line === underLine && overlap(q, wide) > 0).length >= 2;
      if (!stacked && under.length < 2 && (underLine === top.line + 1 || next === line + 1)) continue;
      const atLine = top.line;
      // A head beside others on its line that fits inside one column's reach is that column's own,
      // however its centre lines up with a run of columns ("Column 4   Column 5" over "Market   Shares or",
      // a blank line between them). Alone on its line it may still head them all ("Fiscal Years Ended").
      const inOne = (q: HeadPhrase): boolean =>
        Array.from({ length: n }, (_, j) => reach(atLine, j + 1)).some((r) => q.start >= r.start && q.end <= r.end);
      if (on.length >= 2 && stack.every(inOne)) continue;
      // Of the runs of columns it may head, the one it is best centred over ("For the Year Ended" over
      // its two dates, not over those and the date before them).
      let found: number[] | null = null;
      let offBy = Infinity;
      for (let a = 1; a < n; a++) {
        for (let b = n; b > a; b--) {
          const from = reach(atLine, a);
          const to = reach(atLine, b);
          const width = to.end - from.start;
          // Within its columns, or overhanging into the gutters but reaching no column outside them
          // ("For the Three Months Ended" a little wider than "March 27,   March 28,").
          const left = a > 1 ? reach(atLine, a - 1).end : overhangs ? 0 : valueStart - 2;
          const right = b < n ? reach(atLine, b + 1).start : Infinity;
          const within = p.start >= from.start - 2 && p.end <= to.end + 2 && p.end - p.start <= width;
          // Overhanging, it still reaches over its first and its last column, not only the gutters beside them.
          if (!within && (p.start < left || p.end > right || p.start >= from.end || p.end <= to.start)) continue;
          const off = Math.abs(centre - (from.start + to.end) / 2);
          if (off > Math.max(2, width * 0.15) || off >= offBy) continue;
          const columns = Array.from({ length: b - a + 1 }, (_, j) => a + j);
          // It tops its columns: a phrase printed higher over them ("Notes" over "Receivable Total") makes it a middle line.
          const higher = phrases.some((q) => q.line < line && overlap(q, { start: from.start, end: to.end }) > 0);
          if (!higher && columns.every((c) => below(atLine, c))) {
            found = columns;
            offBy = off;
          }
        }
      }
      if (found !== null) heads.push({ stack, columns: found });
    }
  }
  return heads;
}
