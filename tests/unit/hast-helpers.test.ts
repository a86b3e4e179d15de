import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { forEachElement, SKIP_CHILDREN } from '../../src/lib/hast-helpers.ts';

const fragment = (html: string): Root => fromHtml(html, { fragment: true });

test('forEachElement meets every element in document order, with its index and parent, as visit does', () => {
  const html = '<p>a <em>b <strong>c</strong></em> d</p>\n<ul><li>e</li><li><p>f</p></li></ul>';
  const seen: string[] = [];
  forEachElement(fragment(html), (node, index, parent) => {
    seen.push(`${node.tagName}@${index}<${parent?.type === 'element' ? parent.tagName : parent?.type}`);
  });
  const expected: string[] = [];
  visit(fragment(html), 'element', (node: Element, index, parent) => {
    expected.push(`${node.tagName}@${index}<${parent?.type === 'element' ? parent.tagName : parent?.type}`);
  });
  expect(seen).toEqual(['p@0<root', 'em@1<p', 'strong@1<em', 'ul@2<root', 'li@0<ul', 'li@1<ul', 'p@0<li']);
  expect(seen).toEqual(expected);
});

test('an element started from is visited itself, without index or parent', () => {
  const root = fragment('<table><tr><td>1</td></tr></table>');
  const table = root.children[0] as Element;
  const seen: string[] = [];
  forEachElement(table, (node, index, parent) => void seen.push(`${node.tagName}:${index}:${parent === undefined}`));
  expect(seen[0]).toBe('table:undefined:true');
  expect(seen.slice(1).map((s) => s.split(':')[0])).toEqual(['tbody', 'tr', 'td']);
});

test("SKIP_CHILDREN leaves that element's children unwalked and goes on with its siblings", () => {
  const seen: string[] = [];
  forEachElement(fragment('<pre><code>x</code></pre><p><em>y</em></p>'), (node) => {
    seen.push(node.tagName);
    return node.tagName === 'pre' ? SKIP_CHILDREN : undefined;
  });
  expect(seen).toEqual(['pre', 'p', 'em']);
});

test('children a visitor puts in place are the ones walked, and an element a visitor wraps is not walked twice', () => {
  const root = fragment('<p>a</p><table><tr><td>1</td></tr></table>');
  const seen: string[] = [];
  forEachElement(root, (node, index, parent) => {
    seen.push(node.tagName);
    if (node.tagName === 'p') node.children = [{ type: 'element', tagName: 'span', properties: {}, children: [] }];
    if (node.tagName === 'table' && parent && index !== undefined) {
      parent.children[index] = { type: 'element', tagName: 'section', properties: {}, children: [node] };
      return SKIP_CHILDREN;
    }
    return undefined;
  });
  expect(seen).toEqual(['p', 'span', 'table']);
  expect(toHtml(root)).toBe('<p><span></span></p><section><table><tbody><tr><td>1</td></tr></tbody></table></section>');
});
