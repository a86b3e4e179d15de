import { isRuleText, isValueText, mergeValueWords, splitWords, type Token } from './tokens.ts';

/** A value column's horizontal extent over the body lines, [start, end). */
export interface ColumnExtent {
  start: number;
  end: number;
}

/** Where a numeric table's columns are: tokens before `valueStart` are the stub, the rest fall in `columns`. */
export interface NumericLayout {
  valueStart: number;
  columns: ColumnExtent[];
}

/** A line's words with printed values joined ("$  221,401"), and any rule fragments ("------") set apart. */
export function lineTokens(text: string): { tokens: Token[]; rules: Token[] } {
  const words = splitLeaders(splitWords(text));
  const rules = words.filter((w) => isRuleText(w.text) && w.text.length >= 3);
  const kept = words.filter((w) => !(isRuleText(w.text) && w.text.length >= 3));
  return { tokens: mergeValueWords(kept), rules };
}

/** A figure at the end of leaders: "2", "$1,234", "(12.5)%", "F-3". */
const LED_FIGURE = /^(?:\$?\(?\d[\d,.]*\)?%?|[A-Z]{1,2}-\d+)$/;

/**
 * /^(.*\.{2,})(figure)$/ without its backtracking: the longest head ending in two dots whose rest is
 * a figure, as [whole, head, figure]; null when there is none.
 */
function leadersAndFigure(text: string): [string, string, string] | null {
  for (let cut = text.length - 1; cut >= 2; cut--) {
    if (text.charCodeAt(cut - 1) !== DOT || text.charCodeAt(cut - 2) !== DOT) continue;
    const figure = text.slice(cut);
    if (LED_FIGURE.test(figure)) return [text, text.slice(0, cut), figure];
  }
  return null;
}

/** The dot of leaders. */
const DOT = 0x2e;

/**
 * Parts leaders from the figure they lead to: "INFORMATION.........2" becomes "INFORMATION........."
 * and "2"; in spaced leaders (". . . .1") the dot touching the figure goes with the leaders.
 */
function splitLeaders(words: Token[]): Token[] {
  const out: Token[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    const joined = leadersAndFigure(w.text);
    const spaced = prev !== undefined && /^\.+$/.test(prev.text) ? /^(\.+)(\d.*)$/.exec(w.text) : null;
    const m = joined ?? spaced;
    if (m !== null && m[1] !== undefined && m[2] !== undefined) {
      const cut = w.start + m[1].length;
      out.push({ text: m[1], start: w.start, end: cut }, { text: m[2], start: cut, end: w.end });
    } else out.push(w);
  }
  return out;
}

/** Splits a line's tokens into the stub (row label) and the tokens in the value columns. */
export function splitStub(tokens: readonly Token[], valueStart: number): { stub: Token[]; values: Token[] } {
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    // Numbers are right-aligned and overflow leftwards, so a value counts by its right edge.
    if (isValueText(t.text)) {
      if (t.end > valueStart) break;
      continue;
    }
    // A word one space after the label's last word still belongs to it ("Cash dividends of").
    const attached = prev !== undefined && !isValueText(prev.text) && t.start - prev.end <= 1;
    if (t.start >= valueStart && !attached) break;
  }
  return { stub: tokens.slice(0, i), values: tokens.slice(i) };
}

/** Runs of columns occupied by at least one token, with how many lines touch each run. */
function occupiedRuns(lines: readonly Token[][]): { start: number; end: number; support: number }[] {
  let width = 0;
  for (const line of lines) for (const t of line) width = Math.max(width, t.end);
  const occ = new Uint8Array(width + 1);
  for (const line of lines) for (const t of line) occ.fill(1, t.start, t.end);
  const runs: { start: number; end: number; support: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (occ[c] === 0) continue;
    let e = c;
    while (e < width && occ[e] === 1) e++;
    runs.push({ start: c, end: e, support: 0 });
    c = e;
  }
  // Which run each column falls in, so support is counted in one pass over the tokens.
  const runAt = new Int32Array(width + 1).fill(-1);
  runs.forEach((r, i) => runAt.fill(i, r.start, r.end));
  const lastLine = new Int32Array(runs.length).fill(-1);
  lines.forEach((line, n) => {
    for (const t of line) {
      const i = runAt[t.start] as number;
      const run = runs[i];
      if (run !== undefined && lastLine[i] !== n) {
        lastLine[i] = n;
        run.support++;
      }
    }
  });
  return runs;
}

/** The trailing run of value tokens on a line: the first guess at what lies in the value columns. */
function trailingValues(tokens: readonly Token[]): Token[] {
  let i = tokens.length;
  while (i > 0 && isValueText((tokens[i - 1] as Token).text)) {
    const t = tokens[i - 1] as Token;
    const before = tokens[i - 2];
    // A figure one space after a word ends the label: "in June 1996", "at $.001". Not an amount after a
    // capitalised label word: a schedule's "  Short-term Borrowings $ 292,200    5.0%".
    const amountAfterName = /^\$/.test(t.text) && before !== undefined && /^[A-Z][a-z]/.test(before.text);
    if (before !== undefined && !isValueText(before.text) && !/^\.+$/.test(before.text) && t.start - before.end <= 1 && !amountAfterName) break;
    i--;
  }
  return tokens.slice(i);
}

/** Keeps runs that hold real columns: drops thinly supported runs on the left, which are numbers inside row labels. */
function strongRuns(
  runs: { start: number; end: number; support: number }[],
  firstMarker: number | null,
): { start: number; end: number; support: number }[] {
  const max = Math.max(0, ...runs.map((r) => r.support));
  let i = 0;
  while (i < runs.length - 1) {
    const r = runs[i] as { start: number; end: number; support: number };
    // With markers, only numbers well left of the first `<C>` are in labels; without, thin support on the left gives them away.
    const inLabels =
      firstMarker !== null ? r.end <= firstMarker - 2 : r.support < Math.max(max >= 8 ? 2 : 1, max * 0.25);
    if (!inLabels) break;
    i++;
  }
  return runs.slice(i);
}

/** Merges runs that fall in the same `<C>` marker field, judged by their right edge (numbers are right-aligned). */
function fitToMarkers(runs: ColumnExtent[], markers: readonly number[]): ColumnExtent[] {
  if (markers.length === 0 || runs.length <= markers.length) return runs;
  const field = (r: ColumnExtent): number => {
    let j = 0;
    for (let m = 0; m < markers.length; m++) if ((markers[m] as number) <= r.end - 1) j = m;
    return j;
  };
  const merged: ColumnExtent[] = [];
  let lastField = -1;
  for (const r of runs) {
    const f = field(r);
    const prev = merged[merged.length - 1];
    if (prev !== undefined && f === lastField) prev.end = r.end;
    else merged.push({ start: r.start, end: r.end });
    lastField = f;
  }
  return merged;
}

/** Splits runs that hold two marker fields with no blank column between them, where a clean cut exists. */
function splitAtMarkers(runs: ColumnExtent[], markers: readonly number[], lines: readonly Token[][]): ColumnExtent[] {
  const out: ColumnExtent[] = [];
  // Markers come left to right, so each run looks only at those inside it (all of them for every run is quadratic on a wide table).
  const ascending = markers.every((m, i) => i === 0 || markers[i - 1]! < m);
  for (const run of runs) {
    let start = run.start;
    const from = ascending ? firstAbove(markers, run.start + 1) : 0;
    for (let k = from; k < markers.length; k++) {
      const m = markers[k]!;
      if (ascending && m >= run.end - 1) break;
      if (m <= start + 1 || m >= run.end - 1) continue;
      let best: number | null = null;
      for (let c = m - 2; c <= m + 2; c++) {
        const crossing = lines.some((line) => line.some((t) => t.start < c && t.end > c));
        // Both sides must hold values, or the "split" only makes an empty column.
        const left = lines.some((line) => line.some((t) => t.end <= c && t.end > start));
        const right = lines.some((line) => line.some((t) => t.start >= c && t.start < run.end));
        if (!crossing && left && right && (best === null || Math.abs(c - m) < Math.abs(best - m))) best = c;
      }
      if (best !== null) {
        out.push({ start, end: best });
        start = best;
      }
    }
    out.push({ start, end: run.end });
  }
  return out;
}

/** The index of the first of the ascending `values` above `floor` (their length when none is). */
function firstAbove(values: readonly number[], floor: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > floor) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Finds the value columns of a numeric table from its body lines, using the `<C>` markers when present; null when there are none. */
export function findNumericColumns(bodyTokens: readonly Token[][], markers: readonly number[]): NumericLayout | null {
  const firstMarker = markers[0] ?? null;
  const guess = strongRuns(occupiedRuns(bodyTokens.map(trailingValues)), firstMarker);
  const first = guess[0];
  if (first === undefined) return null;
  // Second pass: with the stub edge known, every value token right of it counts, not only trailing ones.
  const values = bodyTokens.map((line) => splitStub(line, first.start).values.filter((t) => isValueText(t.text)));
  const runs = strongRuns(occupiedRuns(values), firstMarker).map((r) => ({ start: r.start, end: r.end }));
  if (runs.length === 0) return null;
  const columns = fitToMarkers(splitAtMarkers(runs, markers, values), markers);
  return { valueStart: (columns[0] as ColumnExtent).start, columns };
}

/** Column starts for a table of text columns: markers snapped to the nearest clean cut, or wide shared gutters. */
export function findTextColumns(bodyTokens: readonly Token[][], markers: readonly number[] | null): number[] | null {
  let width = 0;
  for (const line of bodyTokens) for (const t of line) width = Math.max(width, t.end);
  const crossed = new Uint8Array(width + 2);
  const occ = new Uint8Array(width + 2);
  for (const line of bodyTokens) {
    for (const t of line) {
      crossed.fill(1, t.start + 1, t.end);
      occ.fill(1, t.start, t.end);
    }
  }
  const starts: number[] = [0];
  if (markers !== null && markers.length > 0) {
    for (const m of markers) {
      // Markers are often a few columns off: snap to the nearest start of a column after a blank gutter.
      const after = starts[starts.length - 1] as number;
      const fits = (c: number, gutter: boolean): boolean =>
        c > after && c <= width && crossed[c] === 0 && (!gutter || occ[c - 1] === 0);
      let best: number | null = null;
      for (let d = 0; d <= 8 && best === null; d++) for (const c of [m - d, m + d]) if (best === null && fits(c, true)) best = c;
      for (let d = 0; d <= 2 && best === null; d++) for (const c of [m - d, m + d]) if (best === null && fits(c, false)) best = c;
      if (best !== null) starts.push(best);
    }
  } else {
    // No markers: a gutter is 3+ columns blank on every line, with text on both sides.
    for (let c = 1; c < width; c++) {
      if (occ[c] === 1 || occ[c - 1] === 0) continue;
      let e = c;
      while (e < width && occ[e] === 0) e++;
      if (e - c >= 3 && e < width) starts.push(e);
      c = e;
    }
  }
  return starts.length >= 2 ? starts : null;
}
