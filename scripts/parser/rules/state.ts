import type { ParseMessage } from '../messages.ts';
import type { Block, Line, SourcePosition } from '../types.ts';

/** The heading styles a filing can use, from strongest to weakest (levels are ranked per document from these). */
export type HeadingStyle =
  | 'part-item'
  | 'closing'
  | 'article'
  | 'centred-caps'
  | 'statement'
  | 'flush-caps'
  | 'underlined'
  | 'section'
  | 'numbered'
  | 'numbered-title'
  | 'centred-title'
  | 'title'
  | 'indented-title'
  | 'sentence';

/** Everything the block rules share: the measured lines, the blocks found so far and the cursor. */
export interface BlockState {
  readonly lines: readonly Line[];
  /** Each line's text without leading or trailing spaces, measured once. */
  readonly trimmed: readonly string[];
  /** The right edge of the document's running text (about 72-80 columns), for telling centred lines. */
  readonly width: number;
  /** Lower-cased word counts over the whole document, for de-hyphenation decisions. */
  readonly words: ReadonlyMap<string, number>;
  readonly blocks: Block[];
  /** The style each heading block was printed in; heading-levels turns styles into depths. */
  readonly headingStyles: Map<Block, HeadingStyle>;
  /** Positioned messages about calls the rules made (text kept as it was, and why). */
  readonly messages: ParseMessage[];
  /** The next line to read; a rule that matches moves it past the lines it consumed. */
  line: number;
}

/** A block rule in the markdown-it shape: false fast when the line does not fit; in silent mode it only looks. */
export type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/** Tags that carry table structure and are not text: `<TABLE>`, `<S>`, `<C>`, `<CAPTION>`, `<FN>` and their closers. */
const TAG_ONLY = /^(?:<\/?(?:TABLE|CAPTION|S|C|FN)>\s*)+$/i;

/** True when a line holds only table tags (they are structure, never text). */
export function isTagLine(text: string): boolean {
  return TAG_ONLY.test(text.trim());
}

/** True when a line starts with a table tag, maybe with text after it ("<TABLE>      (in millions)"): running text stops there. */
export function opensTag(text: string): boolean {
  return /^\s*<\/?(?:TABLE|CAPTION|S|C|FN)>/i.test(text);
}

/** A line made only of `-`, `=` or `_` (at least three), the typewriter's rules and underlines. */
export function isRuleLine(text: string): boolean {
  return /^[-=_\s]+$/.test(text) && (text.match(/[-=_]/g)?.length ?? 0) >= 3;
}

/** True when running text ends a sentence here: `.` `:` `;` `?` `!`, maybe followed by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.:;?!]["')\]]*\s*$/.test(text);
}

/** Builds the shared state: trims lines, measures the text width and counts words once. */
export function createState(lines: readonly Line[]): BlockState {
  const trimmed = lines.map((l) => l.text.trim());
  return {
    lines,
    trimmed,
    width: measureWidth(lines, trimmed),
    words: countWords(trimmed),
    blocks: [],
    headingStyles: new Map(),
    messages: [],
    line: 0,
  };
}

/** The right edge most running-text lines reach: the 90th percentile of line ends outside tables, within 60-80. */
function measureWidth(lines: readonly Line[], trimmed: readonly string[]): number {
  const ends: number[] = [];
  let inTable = false;
  lines.forEach((line, i) => {
    const t = trimmed[i] ?? '';
    if (/^<TABLE>/i.test(t)) inTable = true;
    else if (/^<\/TABLE>/i.test(t)) inTable = false;
    else if (!inTable && !line.blank && t.length > 20) ends.push(line.indent + t.length);
  });
  if (ends.length === 0) return 80;
  ends.sort((a, b) => a - b);
  const p90 = ends[Math.floor(ends.length * 0.9)] ?? 80;
  return Math.max(60, Math.min(80, p90));
}

/** Counts every word (hyphenated compounds kept whole) so joins can be checked against the document's own usage. */
function countWords(trimmed: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of trimmed) {
    for (const m of t.matchAll(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/** The position of line `i`, or of the last line when `i` runs past the end. */
export function posAt(state: BlockState, i: number): SourcePosition {
  const line = state.lines[Math.min(i, state.lines.length - 1)];
  if (!line) return { line: 1, pageIndex: 0, printedPage: null };
  return line.pos;
}

/** The index of the next non-blank line at or after `i` (or `end`). */
export function nextNonBlank(state: BlockState, i: number, end: number): number {
  let j = i;
  while (j < end && state.lines[j]?.blank) j++;
  return j;
}
