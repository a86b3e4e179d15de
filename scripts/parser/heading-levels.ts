import type { Block } from './types.ts';
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
  'underlined',
  // A risk factor's title in capitals sits under the section's subheads.
  'caps-paragraph',
  'numbered-title',
  'centred-title',
  'title',
  'indented-title',
  'sentence',
];

/**
 * Gives each heading its depth from the styles this document actually uses, ranked strongest
 * first: a heading sits one level below the nearest stronger heading before it, so the strongest
 * style present is depth 2 and a section never skips a level.
 */
export function assignHeadingLevels(blocks: readonly Block[], styles: ReadonlyMap<Block, HeadingStyle>): Block[] {
  const resolved = resolveStyles(blocks, styles);
  const present = documentRank(blocks, resolved);
  // The open headings above the current line, weakest last: a heading closes every one it outranks or equals.
  const open: { rank: number; depth: number }[] = [];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const style = resolved.get(block);
    // SIGNATURES and the exhibit index close the filing: always top level, after the last ITEM too.
    const rank = style === 'closing' ? -1 : style ? present.indexOf(style) : block.depth - 2;
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
    const depth = Math.min(6, (open[open.length - 1]?.depth ?? 1) + 1) as 2 | 3 | 4 | 5 | 6;
    open.push({ rank, depth });
    return { ...block, depth };
  });
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
