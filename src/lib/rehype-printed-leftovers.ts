/** Tidies two plain-text leftovers: lists whose items carry their printed markers ("(i)", "(a)", "1.") get no second bullet, and typed rule lines ("------") become quiet separators. */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { classList, forEachElement, SKIP_CHILDREN } from './hast-helpers.ts';

/** A printed list marker at the start of an item: "(iv)", "(a)", "a.", "12.", "•". */
const PRINTED_MARKER = /^\s*(?:\((?:[ivxlc]+|[a-z]|\d{1,3})\)|(?:[a-z]|\d{1,3})[.)]\s|[•·*-]\s)/i;
/** A typed rule: four or more dashes, equals signs or underscores standing alone. */
const TYPED_RULE = /(^|\s)([-=_]{4,})(?=\s|$)/g;

/** True when every item of a list starts with its own printed marker. */
function hasPrintedMarkers(list: Element): boolean {
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.length > 0 && items.every((item) => PRINTED_MARKER.test(toString(item)));
}

/** A text node split so each typed rule is a `<span class="typed-rule">`, hidden from assistive technology. */
function splitRules(node: Text): ElementContent[] | null {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(TYPED_RULE)) {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    parts.push({ type: 'element', tagName: 'span', properties: { className: ['typed-rule'], ariaHidden: 'true' }, children: [{ type: 'text', value: match[2] ?? '' }] });
    last = start + (match[2]?.length ?? 0);
  }
  if (parts.length === 0) return null;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** `<ul>` of printed markers -> `<ul class="list-printed">`; "------" in running text -> `<span class="typed-rule">`. Tables and preformatted text are left as they are. */
export function rehypePrintedLeftovers() {
  return (tree: Root): void => {
    forEachElement(tree, (node: Element) => {
      if (node.tagName === 'pre' || node.tagName === 'table') return SKIP_CHILDREN;
      if ((node.tagName === 'ul' || node.tagName === 'ol') && hasPrintedMarkers(node)) {
        node.properties.className = [...classList(node), 'list-printed'];
      }
      if (node.tagName !== 'p' && node.tagName !== 'li') return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? (splitRules(child) ?? [child]) : [child]));
      return;
    });
  };
}
