/** Makes a table's printed title or units line, which the Markdown can only hold as the paragraph before the table, its `<caption>`. */
import type { Element, Root } from 'hast';
import { isElement } from './hast-helpers.ts';
import { tableStructuresOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** Pagefind's weight for a caption's words: a table's title says what the table is about. */
const CAPTION_WEIGHT = '2';

/** The element right before `index` among `children`, skipping whitespace text; its index, or -1. */
export function previousElementIndex(children: Root['children'], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const node = children[i];
    if (node?.type === 'text' && node.value.trim() === '') continue;
    return isElement(node) ? i : -1;
  }
  return -1;
}

/**
 * For each top-level `<table>` whose front matter says it is captioned, the `<p>` right before it becomes its first
 * child `<caption>`, with the paragraph's id and content (links and note references kept). Runs while tables are
 * still direct children of the root, before the scroll wrapper.
 */
export function rehypeTableCaption() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const tables = tableStructuresOf(file);
    let n = 0;
    for (let index = 0; index < tree.children.length; index++) {
      const node = tree.children[index];
      if (!isElement(node, 'table')) continue;
      const structure = tables[n++];
      if (structure?.caption !== true) continue;
      const at = previousElementIndex(tree.children, index);
      const paragraph = tree.children[at];
      if (at < 0 || !isElement(paragraph, 'p')) continue;
      // Pagefind weighs a caption's words like a minor heading's, above running text (weight 1).
      const caption: Element = { type: 'element', tagName: 'caption', properties: { ...paragraph.properties, dataPagefindWeight: CAPTION_WEIGHT }, children: paragraph.children };
      node.children.unshift(caption);
      tree.children.splice(at, index - at);
      index = at;
    }
  };
}
