/** Small predicates over HAST elements shared by the rehype plugins. */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** True for an element with the given tag name. */
export function isElement(node: RootContent | ElementContent | Root | undefined, tagName?: string): node is Element {
  return node?.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** The heading rank of h1..h6, else null. */
export function headingRank(node: Element): number | null {
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : null;
}

/** The element's class list, whatever form HAST holds it in. */
export function classList(node: Element): string[] {
  const value: unknown = node.properties.className;
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

/** True for the `<a class="page-mark">` the parser emits at the start of a printed page. */
export function isPageMark(node: RootContent | ElementContent | undefined): node is Element {
  return isElement(node, 'a') && classList(node).includes('page-mark');
}

/** True for the GFM footnotes `<section data-footnotes>`. */
export function isFootnotesSection(node: RootContent | ElementContent | undefined): boolean {
  return isElement(node, 'section') && node.properties.dataFootnotes !== undefined;
}

/** What an element visitor returns to leave that element's children unwalked. */
export const SKIP_CHILDREN = 'skip-children';

/** An element visitor: the element, its index in its parent and its parent (both undefined for the start node). */
export type ElementVisitor = (node: Element, index: number | undefined, parent: Root | Element | undefined) => void | typeof SKIP_CHILDREN;

/**
 * Calls `visitor` on every element at and under `node`, in document order, as `visit(node, 'element', …)` does:
 * an element's children are read after its visitor returns (a visitor may replace them) and one at a time (a visitor may
 * replace the element at its own index). Exists because unist-util-visit-parents was measured to be ~60% of a section's
 * render (a parents array, a test call and a defineProperty per node, on ~15 walks of every tree); this allocates nothing.
 */
export function forEachElement(node: Root | RootContent | ElementContent, visitor: ElementVisitor): void {
  if (node.type === 'element') {
    if (visitor(node, undefined, undefined) === SKIP_CHILDREN) return;
  } else if (node.type !== 'root') return;
  walkChildren(node, visitor);
}

/** The elements under `parent`; only elements are called into (a text has nothing to walk). */
function walkChildren(parent: Root | Element, visitor: ElementVisitor): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type !== 'element' || visitor(child, i, parent) === SKIP_CHILDREN) continue;
    walkChildren(child, visitor);
  }
}
