/**
 * Gives every top-level paragraph, every item of a top-level list (and of the lists nested in it), every table, every body row of a table and every
 * preformatted block a citable id counted from the last printed page mark, so that a search result or a citation can
 * link to the place that holds the text. The ids depend only on the blocks of the same printed page (never on a
 * counter over the filing), so they are the same on every build and an edit on another page leaves them alone.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { forEachElement, isElement, isPageMark } from './hast-helpers.ts';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** The id of the last page mark inside a node, if any (a page can start mid-paragraph or mid-list). */
function lastPageMarkIn(node: RootContent | ElementContent): string | null {
  let last: string | null = null;
  forEachElement(node, (child: Element) => {
    if (isPageMark(child) && typeof child.properties.id === 'string') last = child.properties.id;
  });
  return last;
}

/** The rows of a table's body (a table without `<tbody>` keeps its rows under `<table>`), in order. */
function bodyRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'tbody') for (const row of child.children) if (isElement(row, 'tr')) rows.push(row);
  }
  return rows;
}

/** The items of a list and of the lists nested in its items (a printed contents nests Items under their PART), in document order. */
export function listItems(list: Element): Element[] {
  const items: Element[] = [];
  for (const item of list.children) {
    if (!isElement(item, 'li')) continue;
    items.push(item);
    for (const child of item.children) if (isElement(child, 'ul') || isElement(child, 'ol')) items.push(...listItems(child));
  }
  return items;
}

/** The kinds of block counted, each on its own, with the letter its ids carry. */
type Kind = 'p' | 'i' | 'r' | 't' | 'b';

/**
 * Runs after rehype-page-breaks, so a mark alone on its line is no paragraph. `page-4-p2` for the second paragraph
 * after page mark 4, `page-4-i3` for the third list item, `page-4-t1` for the first table, `page-4-r5` for the fifth
 * table row and `page-4-b1` for the first preformatted block; `<section>-p1` before any mark. Each kind is counted on
 * its own, so giving rows or tables ids never moves a paragraph's.
 */
export function rehypeParagraphIds() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    let current = sectionFrontMatterOf(file).slug;
    const counts = new Map<Kind, number>();
    const give = (node: Element, kind: Kind) => {
      if (node.properties.id !== undefined) return;
      const n = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, n);
      node.properties.id = `${current}-${kind}${n}`;
    };
    for (const node of tree.children) {
      if (isElement(node)) {
        if (node.tagName === 'p') give(node, 'p');
        else if (node.tagName === 'ul' || node.tagName === 'ol') {
          for (const item of listItems(node)) give(item, 'i');
        } else if (node.tagName === 'table') {
          give(node, 't');
          for (const row of bodyRows(node)) give(row, 'r');
        } else if (node.tagName === 'pre') give(node, 'b');
      }
      const mark = lastPageMarkIn(node);
      if (mark !== null) {
        current = mark;
        counts.clear();
      }
    }
  };
}
