/** Makes each heading link to itself, so a reader can copy a link to any heading. */
import type { Element, Root } from 'hast';
import { forEachElement, headingRank, isFootnotesSection, SKIP_CHILDREN } from './hast-helpers.ts';

/** True when the heading already holds a link (nesting anchors is invalid HTML). */
function holdsLink(node: Element): boolean {
  let found = false;
  forEachElement(node, (child: Element) => {
    if (child !== node && child.tagName === 'a') found = true;
  });
  return found;
}

/** Wraps a heading's content in `<a class="heading-link" href="#id">`, so its name is the heading text, said once. */
export function rehypeHeadingLinks() {
  return (tree: Root): void => {
    forEachElement(tree, (node: Element) => {
      if (isFootnotesSection(node)) return SKIP_CHILDREN;
      if (headingRank(node) === null) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '' || holdsLink(node)) return;
      node.children = [
        { type: 'element', tagName: 'a', properties: { className: ['heading-link'], href: `#${id}` }, children: node.children },
      ];
      return SKIP_CHILDREN;
    });
  };
}
