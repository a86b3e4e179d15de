import type { Block, Line } from './types.ts';
import { listedLevels } from './contents-headings.ts';
import type { HeadingStyle } from './rules/state.ts';

/**
 * Heading styles from strongest to weakest; PART and ITEM share the top so each ITEM is its own
 * section. Numbered headings outrank plain capitals: "6. STOCKHOLDERS' EQUITY" holds "COMMON STOCK".
 */
export const STYLE_RANK: readonly HeadingStyle[] = [
  'part-item',
  'article',
  'centred-caps',
  // A financial statement's dated title holds its notes: "NOTES TO FINANCIAL STATEMENTS" / "YEAR ENDED ..." over "1. ORGANIZATION".
  'statement',
  'section',
  'numbered',
  // "(b) Reports on Form 8-K." stands under its ITEM, above the plain titles inside it.
  'sub-item',
  'flush-caps',
  // A centred title stands over the flush side heads under it, underlined or not: "Automotive Sector" over "United States" / "-------------".
  'centred-title',
  'underlined',
  // A risk factor's title in capitals sits under the section's subheads.
  'caps-paragraph',
  'numbered-title',
  'title',
  'indented-title',
  'sentence',
  // A plain line the printed contents names: its level comes from the contents, this place only when there is none.
  'contents',
];

/**
 * Gives each heading its depth from the styles this document actually uses, ranked strongest
 * first: a heading sits one level below the nearest stronger heading before it, so the strongest
 * style present is depth 2 and a section never skips a level. This is the one place depths are
 * decided; `lines` gives each heading's indent (by its source line).
 */
export function assignHeadingLevels(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>, lines: readonly Line[] = []): Block[] {
  const resolved = resolveStyles(blocks, styles);
  const rankOf = byIndent(blocks, resolved, headingRanks(blocks, resolved), lines);
  const heads = seriesHeads(blocks, resolved, rankOf);
  // The open headings above the current line, weakest last: a heading closes every one it outranks or equals.
  const open: { rank: number; depth: number }[] = [];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const rank = rankOf(block) - (heads.has(block) ? SERIES_HEAD_STEP : 0);
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
    const depth = Math.min(6, (open[open.length - 1]?.depth ?? 1) + 1) as 2 | 3 | 4 | 5 | 6;
    open.push({ rank, depth });
    return { ...block, depth };
  });
}

/** How far a series' head moves up: above its own style, below the next stronger one. */
const SERIES_HEAD_STEP = 0.5;

/** The first of a numbered series: "Note 1 - Basis of Presentation", "NOTE 1.", "1.", "(a)", "A.", "I.". */
const FIRST_OF_SERIES = /^(?:(?:NOTE|Note)\s+1\b|1\.|\(1\)|\(a\)|A\.|I\.)\s*/;

/** Labels that open a series of their own ("Note 3"), so a heading carrying one heads nothing. */
const NUMBER_LABEL = /^(?:(?:NOTE|Note)\s+\d|\d{1,2}\.|\([a-z0-9]{1,3}\)|[A-Z]\.\s|[IVX]+\.\s)/;

/**
 * Headings printed like the numbered series straight under them, which they title: "Notes to
 * Condensed Consolidated Financial Statements" over "Note 1 - Basis of Presentation", "Note 2 - ...",
 * all flush Title Case. Such a heading holds the series instead of standing beside its first note.
 * PART, ITEM and ARTICLE labels keep their shared top level.
 */
function seriesHeads(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>, rankOf: (block: Extract<Block, { kind: 'heading' }>) => number): Set<Block> {
  const heads = new Set<Block>();
  const content = blocks.filter((b) => b.kind !== 'pageBreak');
  content.forEach((block, i) => {
    const next = content[i + 1];
    if (block.kind !== 'heading' || next?.kind !== 'heading') return;
    const style = styles.get(block);
    if (style === 'part-item' || style === 'article' || style === 'closing') return;
    if (NUMBER_LABEL.test(block.text) || !FIRST_OF_SERIES.test(next.text) || rankOf(next) !== rankOf(block)) return;
    heads.add(block);
  });
  return heads;
}

/**
 * Each heading's rank (lower is stronger). Without a printed contents, the rank of its style among
 * the styles present. With one, the contents decides: a listed heading ranks at its entry's level;
 * a style takes the level most of its listed headings have, so the headings of that style the
 * contents leaves out sit beside them; a style the contents never lists keeps its place among the
 * others, just under the nearest stronger listed style, and never above the contents' top level. PART, ITEM and ARTICLE labels stay on top,
 * and SIGNATURES or the exhibit index always stand at the top level, after the last ITEM too.
 */
export function headingRanks(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): (block: Extract<Block, { kind: 'heading' }>) => number {
  const present = documentRank(blocks, styles);
  const listed = listedLevels(blocks, styles);
  const plain = (block: Extract<Block, { kind: 'heading' }>): number => {
    const style = styles.get(block);
    return style === 'closing' ? -1 : style ? present.indexOf(style) : block.depth - 2;
  };
  if (listed.size === 0) return plain;
  // The level most of a style's listed headings have (the shallower on a tie).
  const styleLevel = new Map<HeadingStyle, number>();
  for (const style of present) {
    // Tallied once per style: counting each level again for every comparison was quadratic in the listed headings.
    const tally = new Map<number, number>();
    for (const [block, level] of listed) if (styles.get(block) === style) tally.set(level, (tally.get(level) ?? 0) + 1);
    if (tally.size === 0) continue;
    const [most] = [...tally].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a));
    styleLevel.set(style, most);
  }
  // Sort keys: labels first, then levels at even steps, each unlisted style on the odd step under the listed style before it
  // (under the top level when none is before it: "TABLE OF CONTENTS" in capitals holds none of the sections it lists).
  const labels: readonly HeadingStyle[] = ['part-item', 'article'];
  const key = new Map<HeadingStyle, [number, number]>();
  let above = -1;
  present.forEach((style, i) => {
    if (labels.includes(style)) key.set(style, [-1, i]);
    else if (styleLevel.has(style)) key.set(style, [2 * styleLevel.get(style)!, 0]);
    else key.set(style, [Math.max(above, 0) + 1, i]);
    if (styleLevel.has(style)) above = Math.max(above, 2 * styleLevel.get(style)!);
  });
  const keyOf = (block: Extract<Block, { kind: 'heading' }>): [number, number] | null => {
    const style = styles.get(block);
    if (!style || style === 'closing') return null;
    const level = listed.get(block);
    return level === undefined ? key.get(style)! : [2 * level, 0];
  };
  // Each distinct key's rank among those the headings use, looked up by the key's text.
  const used = new Map<string, [number, number]>();
  for (const b of blocks) {
    const k = b.kind === 'heading' ? keyOf(b) : null;
    if (k) used.set(k.join(','), k);
  }
  const rank = new Map([...used].sort(([, a], [, b]) => a[0] - b[0] || a[1] - b[1]).map(([text], i) => [text, i]));
  return (block) => {
    const k = keyOf(block);
    return k ? rank.get(k.join(','))! : plain(block);
  };
}

/**
 * The styles present, strongest first. The fixed order holds except for sentence case: a document
 * whose first sentence-case heading comes before its first Title Case one uses it as the higher
 * level ("Principal products" over "Personal Computing Products", "Power Macintosh").
 */
export function documentRank(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): HeadingStyle[] {
  const present = STYLE_RANK.filter((s) => [...styles.values()].includes(s));
  if (!sentenceOverTitle(blocks, styles)) return present;
  const withoutSentence = present.filter((s) => s !== 'sentence');
  const at = withoutSentence.indexOf('title');
  return [...withoutSentence.slice(0, at), 'sentence', ...withoutSentence.slice(at)];
}

/** Whether the first sentence-case heading precedes the first Title Case heading of more than one word. */
function sentenceOverTitle(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): boolean {
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const style = styles.get(block);
    if (style === 'sentence') return true;
    if (style === 'title' && !oneWord(block.text)) return false;
  }
  return false;
}

/** A one-word heading ("General", "Backlog") is Title Case and sentence case at once. */
function oneWord(text: string): boolean {
  return !/\s/.test(text.trim());
}

/**
 * Where sentence case outranks Title Case, a one-word Title Case heading takes the style of its
 * neighbours: "Warranty" after "Seasonal business" is sentence case, "Litigation" after "Lease
 * Commitments" is Title Case. It looks back to the previous heading, else forward to the next,
 * never past a stronger heading (an ITEM, a capitals title).
 */
function resolveStyles(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): Map<Block, HeadingStyle> {
  const resolved = new Map(styles);
  if (!sentenceOverTitle(blocks, styles)) return resolved;
  const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const weak = (s: HeadingStyle | undefined): boolean => s === 'sentence' || s === 'title';
  headings.forEach((block, i) => {
    if (styles.get(block) !== 'title' || !oneWord(block.text)) return;
    const before = headings[i - 1] ? resolved.get(headings[i - 1]!) : undefined;
    if (weak(before)) {
      resolved.set(block, before!);
      return;
    }
    for (const next of headings.slice(i + 1)) {
      const style = styles.get(next);
      if (!weak(style)) return;
      if (style === 'sentence' || !oneWord(next.text)) {
        resolved.set(block, style!);
        return;
      }
    }
  });
  return resolved;
}

/** Styles a document may print at several indents, each indent its own level: capitals flush left, indented 2, indented 4. */
const INDENTED_STYLES: ReadonlySet<HeadingStyle> = new Set(['flush-caps']);

/** Indents closer than this are one indent typed a little unevenly. */
const INDENT_STEP = 2;

/**
 * Splits a style the document prints at several indents into one rank per indent, the shallower
 * indent the stronger ("PRODUCTS AND BUSINESSES" flush left holds "  PERSONAL COMPUTING PRODUCTS"
 * indented 2, which holds "    RESULTS OF OPERATIONS" indented 4); other ranks keep their order.
 */
export function byIndent(
  blocks: readonly Block[],
  styles: ReadonlyMap<Block, HeadingStyle>,
  rankOf: (block: Extract<Block, { kind: 'heading' }>) => number,
  lines: readonly Line[],
): (block: Extract<Block, { kind: 'heading' }>) => number {
  if (lines.length === 0) return rankOf;
  const indentAt = new Map(lines.map((l) => [l.pos.line, l.indent]));
  const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
  const indented = headings.filter((b) => INDENTED_STYLES.has(styles.get(b) as HeadingStyle));
  const indents = [...new Set(indented.map((b) => indentAt.get(b.pos.line) ?? 0))].sort((a, b) => a - b);
  if (indents.length < 2) return rankOf;
  // Each indent's class: a new class where the indent steps at least INDENT_STEP past the class's first.
  const classOf = new Map<number, number>();
  let base = indents[0]!;
  let cls = 0;
  for (const i of indents) {
    if (i - base >= INDENT_STEP) {
      cls++;
      base = i;
    }
    classOf.set(i, cls);
  }
  if (cls === 0) return rankOf;
  const sub = (b: Extract<Block, { kind: 'heading' }>): number => (INDENTED_STYLES.has(styles.get(b) as HeadingStyle) ? (classOf.get(indentAt.get(b.pos.line) ?? 0) ?? 0) : 0);
  const keys = [...new Set(headings.map((b) => `${rankOf(b)},${sub(b)}`))]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((k) => k.join(','));
  const closing = (b: Extract<Block, { kind: 'heading' }>) => rankOf(b) < 0;
  return (b) => (closing(b) ? -1 : keys.filter((k) => Number(k.split(',')[0]) >= 0).indexOf(`${rankOf(b)},${sub(b)}`));
}

