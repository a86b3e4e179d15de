/** rehype-slug for the headings left without an id: it runs only when there is one, since rehype-heading-ids gives most their id. */
import type { Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { forEachElement, headingRank } from './hast-helpers.ts';

/** True when some h1..h6 has no id (what rehype-slug fills). */
function someHeadingWithoutId(tree: Root): boolean {
  let found = false;
  forEachElement(tree, (node) => {
    if (!found && headingRank(node) !== null && !node.properties.id) found = true;
  });
  return found;
}

/** rehype-slug, skipped on a tree whose headings all have ids: its own walk (unist-util-visit) was measured at ~7% of a section's render, for no change. */
export function rehypeSlugGaps() {
  const slug = rehypeSlug() as (tree: Root) => void;
  return (tree: Root): void => {
    if (someHeadingWithoutId(tree)) slug(tree);
  };
}
