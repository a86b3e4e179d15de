/** Gives the i-th heading of a section the id listed i-th in its front matter, so links written by the parser land. */
import type { Element, Root } from 'hast';
import { forEachElement, headingRank, isFootnotesSection, SKIP_CHILDREN } from './hast-helpers.ts';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** Assigns front-matter heading ids in document order; headings beyond the list are left to rehype-slug. */
export function rehypeHeadingIds() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const { headings } = sectionFrontMatterOf(file);
    let index = 0;
    forEachElement(tree, (node: Element) => {
      // The GFM footnotes label is a heading of the renderer's, not of the filing.
      if (isFootnotesSection(node)) return SKIP_CHILDREN;
      if (headingRank(node) === null) return;
      const ref = headings[index++];
      if (ref) node.properties.id = ref.id;
      return;
    });
  };
}
