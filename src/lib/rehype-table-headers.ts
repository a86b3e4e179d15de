/** Makes GFM header cells say what they head: financial tables leave the stub column's header blank, and html-validate (wcag/h63) wants a scope. */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { forEachElement, SKIP_CHILDREN } from './hast-helpers.ts';

/** In `<thead>`: an empty `<th>` becomes a `<td>` (an empty header fails axe empty-table-header); the rest get `scope="col"`. */
export function rehypeTableHeaders() {
  return (tree: Root): void => {
    forEachElement(tree, (node: Element) => {
      if (node.tagName !== 'thead') return;
      forEachElement(node, (cell: Element) => {
        if (cell.tagName !== 'th') return;
        if (toString(cell).trim() === '') cell.tagName = 'td';
        else cell.properties.scope = 'col';
      });
      return SKIP_CHILDREN;
    });
  };
}
