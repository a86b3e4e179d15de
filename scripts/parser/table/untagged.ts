import { isValueText } from './tokens.ts';

// Lines that end in dotted leaders and a number: "Net sales..............  $ 9,188".
const LEADER_VALUE = /\S\s*\.{3,}\s*\$?\s*\(?[\d,.]+\)?%?\s*$/;
// Heading lines above an untagged table sit over the columns, well right of the prose margin.
const HEADING_INDENT = 10;

/** True when a line has two or more inner gaps of three or more spaces. */
function hasWideGaps(text: string): boolean {
  return (text.trim().match(/\S {3,}(?=\S)/g) ?? []).length >= 2;
}

/** True when a line ends in two or more figures after a wide gap: "payments(C)   $  84,062 $  42,376". */
function endsInFigures(text: string): boolean {
  if (!/\S {3,}\S/.test(text.trim())) return false;
  const words = text.trim().replace(/\$\s+(?=[\d(])/g, '$').split(/\s+/);
  let figures = 0;
  for (let i = words.length - 1; i >= 0 && isValueText(words[i] as string); i--) figures++;
  return figures >= 2 && figures < words.length;
}

/**
 * Justified prose: words spread by gaps of no more than three spaces, many of them lowercase, no
 * figures (Apple 1994 bonus plan: "If   for   any   reason,   including  reorganization,   a   Division   or").
 */
function isJustifiedProse(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const widest = Math.max(0, ...(text.trim().match(/ +/g) ?? []).map((g) => g.length));
  return widest <= 3 && words.length >= 6 && words.filter((w) => /^[a-z]/.test(w)).length >= 3 && !words.some(isValueText);
}

/** True for a line that by itself looks like a table row: two wide gaps, figures after a label, or leaders running into a number. */
function isRowLike(text: string): boolean {
  if (isJustifiedProse(text)) return false;
  return LEADER_VALUE.test(text) || hasWideGaps(text) || endsInFigures(text);
}

/** Gutters (columns blank on every row so far) that `text` has words on both sides of. */
function sharedGutters(mask: readonly number[], text: string): number {
  let count = 0;
  const first = text.search(/\S/);
  for (let c = 0; c < mask.length; c++) {
    if (mask[c] === 0) continue;
    let e = c;
    while (e < mask.length && mask[e] === 1) e++;
    if (c > first && e < text.length) count++;
    c = e;
  }
  return count;
}

/** The words of a line with where they start and end, a lone "$" left out (it is set apart from its figure). */
function figureWords(text: string): { text: string; start: number; end: number }[] {
  // Plain words only: the table tokenizer's leader split backtracks on a 100,000-dot line.
  return [...text.matchAll(/\S+/g)].filter((m) => m[0] !== '$').map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** True when a line starts right after a gutter (not at the left margin) and puts no text in any gutter. */
function withinColumn(text: string, mask: readonly number[]): boolean {
  const first = text.search(/\S/);
  if (first <= 0 || mask[first - 1] !== 1 || mask[first] === 1) return false;
  for (let c = first; c < text.length; c++) if (text[c] !== ' ' && mask[c] === 1) return false;
  return true;
}

/** Lines from `i` to the next row when they are blank lines (one or two), one label line, blank lines again; else 0. */
function labelSetOff(text: (i: number) => string, i: number): number {
  let k = i;
  const blanks = (): boolean => {
    const from = k;
    while (text(k) === '' && k - from < 2) k++;
    return k > from;
  };
  if (!blanks() || text(k) === '' || isRowLike(text(k))) return 0;
  k++;
  if (!blanks() || !isRowLike(text(k))) return 0;
  return k - i;
}

/** True when a line is two or more figures and nothing else, each ending where a figure above ended. */
function figuresUnder(text: string, valueEnds: ReadonlySet<number>): boolean {
  const tokens = figureWords(text);
  const near = (end: number): boolean => valueEnds.has(end) || valueEnds.has(end - 1) || valueEnds.has(end + 1);
  // It stands right of the labels: figures from the left margin on are rows of their own ("110%   150%").
  return tokens.length >= 2 && (tokens[0]?.start ?? 0) >= 10 && tokens.every((t) => isValueText(t.text) && near(t.end));
}

/** How many lines starting at `start` form an untagged whitespace-aligned table (0 when none). */
export function tableLength(lines: readonly { text: string }[], start: number): number {
  const text = (i: number): string => (lines[i]?.text ?? '').trimEnd();
  // Headings first ("Balance at", "(in thousands)"): indented lines, then the first row-like line.
  let first = start;
  while (first < lines.length && first - start < 6 && !isRowLike(text(first))) {
    const t = text(first);
    if (t === '' || t.search(/\S/) < HEADING_INDENT) return 0;
    first++;
  }
  if (first >= lines.length || !isRowLike(text(first))) return 0;

  // mask[c] is 1 while column c has been blank on every row-like line so far.
  let mask: number[] = [];
  let rows = 0;
  let leaders = 0;
  let end = first;
  let i = first;
  const headed = isRowLike(text(first)) && isRowLike(text(first + 1)) && text(first + 2) === '';
  // Right edges of the figures on the rows so far: a totals line lines up with them.
  const valueEnds = new Set<number>();
  while (i < lines.length) {
    const t = text(i);
    // A line of figures alone, maybe after one blank line, under the table's figures is its totals
    // line (Apple 1994: "                                   $ 307,932 $ 122,839 $ 126,855  $ 58,238").
    const gap = t === '' ? 1 : 0;
    if (rows >= 2 && figuresUnder(text(i + gap), valueEnds)) {
      i += gap + 1;
      end = i;
      continue;
    }
    // A record's further lines under one of its columns (the Southern 2005 8-K cover: "1-3526   The
    // Southern Company   58-0690070" then "(A Delaware Corporation)", the street, the city, the phone).
    // Only under a heading group of two lines set off by a blank line, as a cover prints it: a
    // wrapped description under an exhibit number is no record of its own.
    if (headed && rows >= 3 && !isRowLike(t)) {
      let k = i;
      while (k < lines.length && k - i < 8 && withinColumn(text(k), mask)) k++;
      if (k > i) {
        i = k;
        end = k;
        continue;
      }
    }
    if (!isRowLike(t)) {
      // Up to two label lines or one blank line may sit between rows ("Restructuring costs:"), or a
      // label set off by blank lines above and below (Apple 1994 schedule IX: "" / "Year Ended
      // September 30, 1994:" / "" / "  Short-term Borrowings $ 292,200 ...").
      let k = i;
      while (k < lines.length && k - i < 2 && !isRowLike(text(k)) && (text(k) !== '' || k === i)) k++;
      const setOff = labelSetOff(text, i);
      if (setOff > 0) k = i + setOff;
      else if (k === i || !isRowLike(text(k)) || (text(i) === '' && text(i + 1) === '')) break;
      i = k;
      continue;
    }
    const leader = LEADER_VALUE.test(t);
    const next = mask.slice();
    while (next.length < t.length) next.push(1);
    for (let c = 0; c < t.length; c++) if (t[c] !== ' ') next[c] = 0;
    const aligned = sharedGutters(next, t) >= 2 || (leader && leaders === rows);
    if (rows >= 1 && !aligned) break;
    mask = next;
    for (const word of figureWords(t)) if (isValueText(word.text)) valueEnds.add(word.end);
    rows++;
    if (leader) leaders++;
    i++;
    end = i;
  }
  return rows >= 3 ? end - start : 0;
}
