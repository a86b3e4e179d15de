import { endsSentence } from './rules/line-tests.ts';
import type { Block } from './types.ts';

type Paragraph = Extract<Block, { kind: 'paragraph' }>;

/**
 * The `paragraph-across-notes` post-pass: a sentence cut at the foot of a page by that page's notes
 * goes on in the first paragraph of the next page ("... for a period ending on the date" / notes /
 * page 2 / "the registration statement ceases to be effective."). The two paragraphs become one,
 * holding the page start where it falls in the text, as a paragraph cut by a bare page break does;
 * the notes follow the joined paragraph. Only when the text above the notes ends mid-sentence and
 * the new page opens in lower case, the signs `paragraph` itself reads across a page break. One pass.
 */
export function joinParagraphsAcrossNotes(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph' || endsSentence(block.text)) {
      out.push(block);
      continue;
    }
    let j = i + 1;
    while (blocks[j]?.kind === 'footnoteDefinition') j++;
    const pageBreak = blocks[j];
    const next = blocks[j + 1];
    if (j === i + 1 || pageBreak?.kind !== 'pageBreak' || next?.kind !== 'paragraph' || next.leadIn !== undefined || !/^[a-z]/.test(next.text)) {
      out.push(block);
      continue;
    }
    out.push(joined(block, next), ...blocks.slice(i + 1, j));
    i = j + 1;
  }
  return out;
}

/** One paragraph of `first` and `next`, the page `next` starts on held at the offset where its text begins. */
function joined(first: Paragraph, next: Paragraph): Paragraph {
  const offset = first.text.length + 1;
  return {
    ...first,
    text: `${first.text} ${next.text}`,
    pageBreaks: [...first.pageBreaks, { offset, pos: next.pos }, ...next.pageBreaks.map((b) => ({ ...b, offset: b.offset + offset }))],
  };
}
