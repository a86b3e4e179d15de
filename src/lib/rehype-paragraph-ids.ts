/** Gives every top-level paragraph a citable id counted from the last printed page mark. */
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

/** Runs after rehype-page-breaks, so a mark alone on its line is no paragraph. `page-4-p2` for the second paragraph after page mark 4; `<section>-p1` before any mark. */
export function rehypeParagraphIds() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    let current = sectionFrontMatterOf(file).slug;
    let count = 0;
    for (const node of tree.children) {
      if (isElement(node, 'p') && node.properties.id === undefined) {
        count += 1;
        node.properties.id = `${current}-p${count}`;
      }
      const mark = lastPageMarkIn(node);
      if (mark !== null) {
        current = mark;
        count = 0;
      }
    }
  };
}
