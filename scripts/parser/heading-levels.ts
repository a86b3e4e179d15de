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
  'section',
  'numbered',
  'flush-caps',
  'underlined',
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
  const present = STYLE_RANK.filter((s) => [...styles.values()].includes(s));
  // The open headings above the current line, weakest last: a heading closes every one it outranks or equals.
  const open: { rank: number; depth: number }[] = [];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const style = styles.get(block);
    // SIGNATURES and the exhibit index close the filing: always top level, after the last ITEM too.
    const rank = style === 'closing' ? -1 : style ? present.indexOf(style) : block.depth - 2;
    while (open.length > 0 && open[open.length - 1]!.rank >= rank) open.pop();
    const depth = Math.min(6, (open[open.length - 1]?.depth ?? 1) + 1) as 2 | 3 | 4 | 5 | 6;
    open.push({ rank, depth });
    return { ...block, depth };
  });
}
