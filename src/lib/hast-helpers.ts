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
