/**
 * Page marks as a reader sees them: a paragraph holding only a mark becomes a block-level page break (a divider,
 * not a paragraph), and every mark reads as a quiet "p. 4" (its accessible name stays "Page 4"), which site.css
 * sets in the margin on wide screens.
 */
import type { Element, ElementContent, Root } from 'hast';
import { forEachElement, isElement, isPageMark } from './hast-helpers.ts';

const pageBreak = (mark: Element): Element => ({ type: 'element', tagName: 'div', properties: { className: ['page-break'] }, children: [mark] });

/** "Page 4" -> `<span class="sr-only">Page </span><span aria-hidden="true">p. </span>4`. */
function marginLabel(printed: string): ElementContent[] {
  return [
    { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: 'Page ' }] },
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: 'p. ' }] },
    { type: 'text', value: printed },
  ];
}

/** `<p><a class="page-mark">Page 4</a></p>` (how a mark on its own line parses as Markdown) -> `<div class="page-break"><a …></div>`. */
export function rehypePageBreaks() {
  return (tree: Root): void => {
    tree.children = tree.children.map((node) => {
      if (!isElement(node, 'p')) return node;
      const visible = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const mark = visible[0];
      if (visible.length !== 1 || !isPageMark(mark)) return node;
      return pageBreak(mark);
    });
    // A mark written as a block of raw HTML parses to a bare top-level <a>: give it the same wrapper.
    tree.children = tree.children.map((node) => (isPageMark(node) ? pageBreak(node) : node));
    forEachElement(tree, (node: Element) => {
      const printed = node.properties.dataPage;
      if (isPageMark(node) && typeof printed === 'string' && printed !== '') node.children = marginLabel(printed);
    });
  };
}
