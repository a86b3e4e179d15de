/** Prefixes the GFM footnotes label id with the section slug so the whole-filing page has no duplicate ids. */
import type { Element, Root } from 'hast';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';
import { forEachElement } from './hast-helpers.ts';

const LABEL_ID = 'footnote-label';

/** `id="footnote-label"` -> `id="<section>-footnote-label"` (kept out of search), with every aria-describedby pointing at it updated. */
export function rehypeFootnoteIds() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const newId = `${sectionFrontMatterOf(file).slug}-${LABEL_ID}`;
    forEachElement(tree, (node: Element) => {
      if (node.properties.id === LABEL_ID) {
        node.properties.id = newId;
        // Pagefind would list the hidden "Footnotes" label as a search sub-result.
        node.properties.dataPagefindIgnore = 'all';
      }
      const describedBy: unknown = node.properties.ariaDescribedBy;
      if (Array.isArray(describedBy)) {
        node.properties.ariaDescribedBy = describedBy.map((id) => (id === LABEL_ID ? newId : id));
      } else if (describedBy === LABEL_ID) {
        node.properties.ariaDescribedBy = [newId];
      }
    });
  };
}
