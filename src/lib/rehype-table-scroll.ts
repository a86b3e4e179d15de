/** Wraps tables and preformatted blocks in a focusable, labelled scroll container (axe: scrollable-region-focusable). */
import type { Element, Root } from 'hast';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';
import { forEachElement, SKIP_CHILDREN } from './hast-helpers.ts';

/** The accessible name of the n-th table; the section title keeps landmarks unique on the whole-filing page. */
export function tableLabel(n: number, sectionTitle: string): string {
  return `Table ${n}, ${sectionTitle}`;
}

/** Wraps each `<table>` and `<pre>` in `<section class="table-scroll" tabindex="0" aria-label="Table N, …">`: a named section is a region, and html-validate prefers it to role="region". */
export function rehypeTableScroll() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const { title } = sectionFrontMatterOf(file);
    let n = 0;
    forEachElement(tree, (node: Element, index, parent) => {
      if (node.tagName !== 'table' && node.tagName !== 'pre') return;
      if (parent === undefined || index === undefined) return;
      n += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableLabel(n, title) },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP_CHILDREN;
    });
  };
}
