import type { ParseMessage } from '../messages.ts';
import type { Block, Line, RemovedLine, SourcePosition } from '../types.ts';
import { measureVocabulary, type Vocabulary } from './join-lines.ts';

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
  | 'sub-item'
  | 'caps-paragraph'
  | 'numbered-title'
  | 'centred-title'
  | 'title'
  | 'indented-title'
  | 'sentence'
  /** A plain line standing alone that the printed contents lists: the contents gives its level. */
  | 'contents';

/** Everything the block rules share: the measured lines, the blocks found so far and the cursor. */
export interface BlockState {
  readonly lines: readonly Line[];
  /** Each line's text without leading or trailing spaces, measured once. */
  readonly trimmed: readonly string[];
  /** The right edge of the document's running text (about 72-80 columns), for telling centred lines. */
  readonly width: number;
  /** Lower-cased word counts over the whole document and its wrapping habits, for joining wrapped lines. */
  readonly vocabulary: Vocabulary;
  readonly blocks: Block[];
  /** The style each heading block was printed in; heading-levels turns styles into depths. */
  readonly headingStyles: Map<Block, HeadingStyle>;
  /** Positioned messages about calls the rules made (text kept as it was, and why). */
  readonly messages: ParseMessage[];
  /** Page furniture a rule left out: a table's head printed again over its continuation on the next page. */
  readonly furniture: RemovedLine[];
  /** The rules that may end running text where their form begins (the interrupt column of BLOCK_RULES). */
  readonly interrupters: readonly BlockRule[];
  /** The next line to read; a rule that matches moves it past the lines it consumed. */
  line: number;
}

/** A block rule in the markdown-it shape: false fast when the line does not fit; in silent mode it only looks. */
export type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/** The line tests live in one module; they are re-exported here for the code that always found them here. */
export { endsSentence, isRuleLine, isTagLine, opensTag } from './line-tests.ts';

/** Builds the shared state: trims lines, measures the text width and counts words once. */
export function createState(lines: readonly Line[], interrupters: readonly BlockRule[] = []): BlockState {
  const trimmed = lines.map((l) => l.text.trim());
  return {
    lines,
    trimmed,
    width: measureWidth(lines, trimmed),
    vocabulary: measureVocabulary(trimmed, countWords(trimmed)),
    blocks: [],
    headingStyles: new Map(),
    messages: [],
    interrupters,
    furniture: [],
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
  // One pass over the whole text (a line break is no word character, so no word spans two lines),
  // lower-cased once: where lower-casing keeps every character in place, a word's key is cut from it.
  const text = trimmed.join('\n');
  const lower = text.toLowerCase();
  const inPlace = lower.length === text.length;
  const word = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(text)) !== null) {
    const w = inPlace ? lower.slice(m.index, word.lastIndex) : m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
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

/** Whether a rule that may interrupt running text starts its form at line `i` (each asked in silent mode). */
export function interrupts(state: BlockState, i: number, end: number): boolean {
  return state.interrupters.some((rule) => rule(state, i, end, true));
}
