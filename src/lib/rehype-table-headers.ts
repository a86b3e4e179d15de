/** Turns empty header cells into plain cells: financial tables leave the stub column's header blank, and an empty `<th>` fails axe (empty-table-header). */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** `<th></th>` (or whitespace only) -> `<td></td>`, keeping its attributes; a `<td>` is valid in `<thead>`. */
export function rehypeEmptyTableHeaders() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'th' && toString(node).trim() === '') node.tagName = 'td';
    });
  };
}
