/**
 * Gives every top-level paragraph, every item of a top-level list and every body row of a table a citable id
 * counted from the last printed page mark, so that a search result can link to the place that holds the hit.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { isElement, isPageMark } from './hast-helpers.ts';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** The id of the last page mark inside a node, if any (a page can start mid-paragraph or mid-list). */
function lastPageMarkIn(node: RootContent | ElementContent): string | null {
  let last: string | null = null;
  visit(node, 'element', (child: Element) => {
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

/**
 * Runs after rehype-page-breaks, so a mark alone on its line is no paragraph. `page-4-p2` for the second paragraph
 * after page mark 4, `page-4-i3` for the third list item and `page-4-r5` for the fifth table row; `<section>-p1`
 * before any mark. Paragraph numbers do not change when rows and items get ids: each kind is counted on its own.
 */
export function rehypeParagraphIds() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    let current = sectionFrontMatterOf(file).slug;
    let paragraphs = 0;
    let items = 0;
    let rows = 0;
    for (const node of tree.children) {
      if (isElement(node, 'p') && node.properties.id === undefined) {
        paragraphs += 1;
        node.properties.id = `${current}-p${paragraphs}`;
      } else if (isElement(node, 'ul') || isElement(node, 'ol')) {
        for (const item of node.children) {
          if (!isElement(item, 'li') || item.properties.id !== undefined) continue;
          items += 1;
          item.properties.id = `${current}-i${items}`;
        }
      } else if (isElement(node, 'table')) {
        for (const row of bodyRows(node)) {
          if (row.properties.id !== undefined) continue;
          rows += 1;
          row.properties.id = `${current}-r${rows}`;
        }
      }
      const mark = lastPageMarkIn(node);
      if (mark !== null) {
        current = mark;
        paragraphs = 0;
        items = 0;
        rows = 0;
      }
    }
  };
}
