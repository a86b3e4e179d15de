/** Turns a paragraph holding only a page mark into a block-level page break, so it is styled as a divider and not counted as a paragraph. */
import type { Element, Root } from 'hast';
import { isElement, isPageMark } from './hast-helpers.ts';

/** `<p><a class="page-mark">Page 4</a></p>` (how a mark on its own line parses as Markdown) -> `<div class="page-break"><a …></div>`. */
export function rehypePageBreaks() {
  return (tree: Root): void => {
    tree.children = tree.children.map((node) => {
      if (!isElement(node, 'p')) return node;
      const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const mark = visible[0];
      if (visible.length !== 1 || !isPageMark(mark)) return node;
      const block: Element = { type: 'element', tagName: 'div', properties: { className: ['page-break'] }, children: [mark] };
      return block;
    });
    // A mark written as a block of raw HTML parses to a bare top-level <a>: give it the same wrapper.
    tree.children = tree.children.map((node) =>
      isPageMark(node) ? { type: 'element', tagName: 'div', properties: { className: ['page-break'] }, children: [node] } : node,
    );
  };
}
