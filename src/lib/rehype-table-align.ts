/** Replaces the deprecated `align` attribute GFM puts on th/td with a class (html-validate and the CSP forbid the alternatives). */
import type { Element, Root } from 'hast';
import { classList, forEachElement } from './hast-helpers.ts';

/** `<td align="right">` -> `<td class="align-right">`. */
export function rehypeTableAlign() {
  return (tree: Root): void => {
    forEachElement(tree, (node: Element) => {
      if (node.tagName !== 'td' && node.tagName !== 'th') return;
      const align = node.properties.align;
      if (align === undefined) return;
      delete node.properties.align;
      if (typeof align === 'string' && /^(left|right|center)$/.test(align)) {
        node.properties.className = [...classList(node), `align-${align}`];
      }
    });
  };
}
