/** Puts the mark of a printed page that starts inside a table on the first row of that page, instead of after the table. */
import type { Element, Root } from 'hast';
import { classList, isElement, isPageMark } from './hast-helpers.ts';
import { tableStructuresOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** The body rows of a table, in order. */
export function tableBodyRows(table: Element): Element[] {
  return table.children.flatMap((child): Element[] => {
    if (!isElement(child)) return [];
    if (child.tagName === 'tr') return [child];
    if (child.tagName === 'tbody') return child.children.filter((row): row is Element => isElement(row, 'tr'));
    return [];
  });
}

/** The `<div class="page-break">` holding the mark with this id, among the root's children: its index, or -1. */
function pageBreakIndex(tree: Root, anchor: string): number {
  return tree.children.findIndex(
    (node) => isElement(node, 'div') && classList(node).includes('page-break') && node.children.some((c) => isPageMark(c) && c.properties.id === anchor),
  );
}

/**
 * For each top-level table whose front matter lists pages starting inside it, moves each page's mark (a
 * `div.page-break` after the table, from rehype-page-breaks) into the first cell of the row the page starts
 * at; the row gets the class `page-start`. The mark keeps its id, so `#page-5` lands on that row.
 */
export function rehypeTablePageMarks() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const tables = tableStructuresOf(file);
    let n = 0;
    for (const node of [...tree.children]) {
      if (!isElement(node, 'table')) continue;
      const pages = tables[n++]?.pages ?? [];
      if (pages.length === 0) continue;
      const rows = tableBodyRows(node);
      for (const { row, anchor } of pages) {
        const tr = rows[row];
        const cell = tr?.children.find((c): c is Element => isElement(c, 'td') || isElement(c, 'th'));
        const at = pageBreakIndex(tree, anchor);
        const holder = tree.children[at];
        if (tr === undefined || cell === undefined || !isElement(holder)) continue;
        const mark = holder.children.find((c): c is Element => isPageMark(c));
        if (mark === undefined) continue;
        mark.properties.className = [...classList(mark), 'page-mark-in-table'];
        // A space keeps the mark's words apart from the label's in the text ("Page 5 WS Investment").
        cell.children.unshift(mark, { type: 'text', value: ' ' });
        tr.properties.className = [...classList(tr), 'page-start'];
        tree.children.splice(at, 1);
      }
    }
  };
}
