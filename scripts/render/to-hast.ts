/**
 * mdast-util-to-hast's `toHast`, same output, without its first walk. toHast first walks the whole tree with
 * unist-util-visit to find the definitions a reference may use; that walk was measured at ~60% of toHast's time
 * (a parents array and a defineProperty per node). Here a plain walk finds them, and toHast converts the tree
 * through its own root handler, handed an empty root to walk.
 */
import type { Root as HastRoot } from 'hast';
import type { Definition, FootnoteDefinition, Nodes, Root } from 'mdast';
import { defaultHandlers, toHast, type Handler, type Options, type State } from 'mdast-util-to-hast';

/** Every definition and footnote definition of the tree, first one per identifier, keyed as toHast keys them (upper case). */
function collectDefinitions(node: Nodes, state: State): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') {
    const id = String(node.identifier).toUpperCase();
    if (node.type === 'definition') {
      if (!state.definitionById.has(id)) state.definitionById.set(id, node satisfies Definition);
    } else if (!state.footnoteById.has(id)) state.footnoteById.set(id, node satisfies FootnoteDefinition);
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, state);
}

/** The hast tree of `tree`, as `toHast(tree, options)` gives it. */
export function mdastToHast(tree: Root, options: Options = {}): HastRoot {
  const empty: Root = { type: 'root', children: [] };
  return toHast(empty, {
    ...options,
    handlers: {
      ...options.handlers,
      // Typed as any handler: the root's handler returns a root, which the Handler type leaves out.
      root: ((state: State, node: Root) => {
        if (node !== empty) return defaultHandlers.root(state, node);
        collectDefinitions(tree, state);
        return defaultHandlers.root(state, tree);
      }) as unknown as Handler,
    },
  }) as HastRoot;
}
