import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built HTML page as a hast tree. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** Every element of `tree` (document order) for which `test` holds. */
export function selectAll(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** A string attribute of `element` (hast stores class lists as arrays). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** Whether `element` carries attribute `name` at all (including `data-*` flags). */
export function hasAttr(element: Element, name: string): boolean {
  const value = element.properties[name];
  return value !== undefined && value !== null && value !== false;
}

// Phrasing elements that sit inside a word as easily as between words ("<em>un</em>likely").
const inWordElements = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'time', 'u', 'var',
]);

// Elements whose text a reader never sees as prose.
const unreadElements = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text a reader sees in `node`, with a space wherever a block, cell, line
 * break or superscript separates words (textContent would glue "Offering<sup>1</sup>"),
 * and the numbers of ordered-list items.
 */
export function readableText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (current: Nodes): void => {
    if (current.type === 'text') parts.push(current.value);
    else if (current.type === 'element') {
      if (unreadElements.has(current.tagName)) return;
      const separate = !inWordElements.has(current.tagName);
      if (separate) parts.push(' ');
      // The browser prints an ordered list's numbers (a footnote's "1."), so they are text a reader sees.
      let number = current.tagName === 'ol' ? Number(attr(current, 'start') ?? 1) : Number.NaN;
      for (const child of current.children) {
        if (!Number.isNaN(number) && child.type === 'element' && child.tagName === 'li') parts.push(` ${number++}. `);
        walk(child);
      }
      if (separate) parts.push(' ');
    } else if (current.type === 'root') {
      for (const child of current.children) walk(child);
    }
  };
  walk(node);
  return parts.join('');
}
