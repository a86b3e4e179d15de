import { memoByText } from '../text-memo.ts';
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
 * figures (a plan's text, e.g. "If   for   any   reason,   including  reorganization,   a   Division   or").
 */
function isJustifiedProse(text: string): boolean {
  const trimmed = text.trim();
  // The widest run of spaces first, by a scan: a line with a wider gap is no justified prose, and most lines asked have one.
  if (widestSpaceRun(trimmed) > 3) return false;
  const words = trimmed.split(/\s+/);
  return words.length >= 6 && words.filter((w) => /^[a-z]/.test(w)).length >= 3 && !words.some(isValueText);
}

/** The length of the longest run of spaces in a text. */
function widestSpaceRun(text: string): number {
  let widest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) {
      run++;
      if (run > widest) widest = run;
    } else run = 0;
  }
  return widest;
}

/** Judgements kept per filing: a bound on memory for the largest filings. */
const MAX_ROW_LIKE_LINES = 100_000;

/**
 * True for a line that by itself looks like a table row: two wide gaps, figures after a label, or
 * leaders running into a number. Kept per line: the untagged-table rule looks ahead from every
 * line it is tried on, so a line is asked about up to a dozen times.
 */
const isRowLike: (text: string) => boolean = memoByText(judgeRowLike, MAX_ROW_LIKE_LINES);

/** The judgement isRowLike keeps. */
function judgeRowLike(text: string): boolean {
  if (isJustifiedProse(text)) return false;
  // Leaders are three dots in a row: a line without them skips the expression (which backtracks over every gap).
  return (text.includes('...') && LEADER_VALUE.test(text)) || hasWideGaps(text) || endsInFigures(text);
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

/**
 * True when every run of words on a line starts where a row's word started after a gutter and puts
 * nothing in a gutter: more lines of the cells above, not text of its own.
 */
function continuesColumns(text: string, mask: readonly number[], starts: ReadonlySet<number>): boolean {
  if (text.trim() === '' || isRuleOnly(text)) return false;
  for (let c = 0; c < text.length; c++) if (text[c] !== ' ' && mask[c] === 1) return false;
  return [...text.matchAll(/(?:^|(?<= {2}))\S/g)].every((m) => starts.has(m.index));
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

// A column head may stack a spanner, its rule, the dates, the years and their rules: 8 lines.
const MAX_HEAD_LINES = 8;
// A stub wraps over up to 6 lines with the figures on the last, so up to 5 label lines wait for their row.
const MAX_LABEL_RUN = 5;
// Statements set groups apart with up to two blank lines ("=====" / "" / "" / "Average Common Shares"); three end the table.
const MAX_BLANK_RUN = 2;

/** True for a line made only of rule characters ("----------      ----------", "=========="). */
function isRuleOnly(text: string): boolean {
  return /^[-=_\s]+$/.test(text) && (text.match(/[-=_]/g)?.length ?? 0) >= 3;
}

/**
 * Where a row's last column of figures starts, when the row ends in a figure (a year inside a
 * description, "1990 Stock Option Plan", is no column): a label line stays left of it, prose runs past it.
 */
function lastFigureStart(text: string): number {
  const words = figureWords(text);
  const last = words[words.length - 1];
  return last !== undefined && isValueText(last.text) ? last.start : Infinity;
}

// A line holding an SGML tag ("<TABLE>", "<PAGE>") is structure no untagged table runs across.
const TAG = /^\s*<\/?[A-Za-z][A-Za-z0-9-]*>/;
// A title over a table is a short phrase; a longer line is prose.
const TITLE_MAX = 40;

/** True for a column-head line: set in from the margin, or an underline that shares its line with a spanner ("- -------     Three Months Ended"). */
function isHeadLine(text: string): boolean {
  return text.search(/\S/) >= HEADING_INDENT || /^[-=_ ]*[-=_]{3,} {3,}\S/.test(text);
}

/**
 * The heading zone above an untagged table's first row: indented head lines, their rules, single
 * blank lines, then up to a few label lines ("Current Assets:", "  Earnings before") that stay left
 * of the first row's figures. Returns the first row's index, or -1 when the lines are no heading zone.
 */
function headZoneEnd(text: (i: number) => string, count: number, start: number): number {
  let heads = 0;
  let blanks = 0;
  // Blank lines, rules, a title or labels in the zone: only a table of figures earns that latitude.
  let loose = false;
  const labels: string[] = [];
  let i = start;
  for (; i < count && !isRowLike(text(i)); i++) {
    if (i - start >= MAX_HEAD_LINES + MAX_LABEL_RUN) return -1;
    const t = text(i);
    if (TAG.test(t)) return -1;
    if (t === '') {
      // A blank line may part the heads from the rows, never open the zone or stand two deep.
      if (heads === 0 || ++blanks > 1) return -1;
      loose = true;
      continue;
    }
    blanks = 0;
    if (heads > 0 && labels.length === 0 && isRuleOnly(t)) {
      loose = true;
      continue;
    }
    if (labels.length === 0 && t.search(/\S/) >= HEADING_INDENT && heads < MAX_HEAD_LINES) {
      heads++;
      continue;
    }
    if (labels.length === 0 && isHeadLine(t) && heads < MAX_HEAD_LINES) {
      loose = true;
      heads++;
      continue;
    }
    // A flush-left title standing over the heads ("Industry Segments" over its underline and the spanner).
    if (i === start && t.length <= TITLE_MAX && !/[.:]$/.test(t.trim()) && isHeadLine(text(i + 1))) {
      loose = true;
      heads++;
      continue;
    }
    // A label line before the first row, under heads that were set apart by a blank line.
    if (heads === 0 || labels.length >= MAX_LABEL_RUN || /\.$/.test(t.trim())) return -1;
    labels.push(t);
  }
  if (i >= count) return -1;
  const figures = lastFigureStart(text(i));
  if (figures === Infinity) return loose || labels.length > 0 ? -1 : i;
  return labels.every((l) => l.length < figures) ? i : -1;
}

/**
 * From a line that is no row, the next row of the same table: across rule lines, up to two blank
 * lines and a few label lines that stay left of the figures (a wrapped stub, a section label).
 * Returns its index, or -1 when the table ends here.
 */
function nextRow(text: (i: number) => string, count: number, i: number, isRow: (k: number) => boolean, labelEnd: number): number {
  let blanks = 0;
  let labels = 0;
  // Without figures (an exhibit list) nothing tells a label from the next paragraph: one blank line
  // or up to two label lines, as a wrapped entry prints them.
  const strict = labelEnd === Infinity;
  for (let k = i; k < count; k++) {
    const t = text(k);
    if (strict ? isRowLike(t) : isRow(k)) return k;
    if (TAG.test(t) || (strict && (k - i >= 2 || (t === '' && k > i)))) return -1;
    if (t === '') {
      if (++blanks > MAX_BLANK_RUN) return -1;
      continue;
    }
    blanks = 0;
    if (isRuleOnly(t)) continue;
    // Prose runs on into the figures' columns; a label stays in the stub, a units line is short.
    const unitsLine = t.search(/\S/) >= HEADING_INDENT && t.trim().length <= TITLE_MAX;
    if (++labels > MAX_LABEL_RUN || (t.length >= labelEnd && !unitsLine)) return -1;
  }
  return -1;
}

/** Per list of lines, each line without its trailing spaces, made when first asked for. */
const endTrimmedLines = new WeakMap<readonly { text: string }[], (string | undefined)[]>();

/**
 * Line `i` without trailing spaces ('' past either end), each made once per list: the rule is tried
 * at every line and looks a dozen lines ahead, so each line was trimmed again every time (and, as a
 * new string, hashed again by the row-like memo). The list of a document's lines is never changed.
 */
function endTrimmed(lines: readonly { text: string }[]): (i: number) => string {
  let kept = endTrimmedLines.get(lines);
  if (!kept) {
    kept = new Array<string | undefined>(lines.length);
    endTrimmedLines.set(lines, kept);
  }
  const cache = kept;
  return (i) => {
    const line = lines[i];
    if (line === undefined) return '';
    let t = cache[i];
    if (t === undefined) {
      t = line.text.trimEnd();
      cache[i] = t;
    }
    return t;
  };
}

/** How many lines starting at `start` form an untagged whitespace-aligned table (0 when none). */
export function tableLength(lines: readonly { text: string }[], start: number): number {
  const text = endTrimmed(lines);
  // Headings first ("Balance at", "(in thousands)", their rules), then the first row-like line.
  const first = headZoneEnd(text, lines.length, start);
  if (first < 0) return 0;

  // mask[c] is 1 while column c has been blank on every row-like line so far.
  let mask: number[] = [];
  let rows = 0;
  let leaders = 0;
  let end = first;
  let i = first;
  const headed = isRowLike(text(first)) && isRowLike(text(first + 1)) && text(first + 2) === '';
  // Right edges of the figures on the rows so far: a totals line lines up with them.
  const valueEnds = new Set<number>();
  // Where the rows' words start after a gutter (or the margin): a cell's further lines start there too.
  const columnStarts = new Set<number>();
  // Where the figures start: a label line between rows ends before it.
  let labelEnd = lastFigureStart(text(first));
  // A line of figures alone under the table's figures is its totals line
  // ("                                   $ 307,932 $ 122,839 $ 126,855  $ 58,238").
  const isRow = (k: number): boolean => isRowLike(text(k)) || (rows >= 2 && figuresUnder(text(k), valueEnds));
  while (i < lines.length) {
    const t = text(i);
    if (rows >= 2 && !isRowLike(t) && figuresUnder(t, valueEnds)) {
      i++;
      end = i;
      continue;
    }
    // A record's further lines under one of its columns (a cover: "1-1234   The Acme Company
    // 58-1234567" then "(A Delaware Corporation)", the street, the city, the phone).
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
    // A cell's further lines straight under the rows, in no gutter and starting where a column starts
    // ("(State or other" / "incorporation or" / "organization)" under a cover's values).
    if (!isRowLike(t) && rows >= 2 && text(i - 1) !== '' && continuesColumns(t, mask, columnStarts)) {
      i++;
      end = i;
      continue;
    }
    if (!isRowLike(t)) {
      // Rules, blank lines and labels may sit between rows ("Restructuring costs:"), or a label set
      // off by blank lines above and below ("" / "Year Ended September 30, 1994:" / "").
      const setOff = labelSetOff(text, i);
      const k = setOff > 0 ? i + setOff : nextRow(text, lines.length, i, isRow, labelEnd);
      if (k < 0) break;
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
    for (const m of t.matchAll(/(?:^|(?<= {2}))\S/g)) columnStarts.add(m.index);
    for (const word of figureWords(t)) if (isValueText(word.text)) valueEnds.add(word.end);
    labelEnd = Math.min(labelEnd, lastFigureStart(t));
    rows++;
    if (leader) leaders++;
    i++;
    end = i;
  }
  // The rules under the last row ("==========") close the table.
  while (rows >= 3 && end < lines.length && isRuleOnly(text(end))) end++;
  return rows >= 3 ? end - start : 0;
}
