/** Every mdast node keeps its source lines (unist `position`) and the page printed where its block starts. */
import { describe, expect, test } from 'vitest';
import type { Node } from 'unist';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

const filing = [
  'RISK FACTORS', // 1
  '', // 2
  'The first paragraph of the', // 3
  'section runs over two lines.', // 4
  '', // 5
  '                                     1', // 6
  '<PAGE>', // 7
  'A second paragraph, on the page', // 8
  'numbered two.', // 9
  '', // 10
  '     o    an item of a list;', // 11
  '     o    another item.', // 12
  '', // 13
  '                                     2', // 14
].join('\n');

function allNodes(node: Node): Node[] {
  const children = (node as { children?: Node[] }).children ?? [];
  return [node, ...children.flatMap(allNodes)];
}

describe('node positions', () => {
  const parsed = parseFiling(new TextEncoder().encode(filing), 'positions.txt', 'positions');
  const nodes = parsed.sections.flatMap((s) => (s.tree.children as Node[]).flatMap(allNodes));
  const textOf = (n: Node): string => allNodes(n).map((c) => (c as { value?: string }).value ?? '').join('');

  test('every node below the root has a position and a printed page', () => {
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.filter((n) => n.position === undefined)).toEqual([]);
    expect(nodes.filter((n) => n.data?.printedPage === undefined)).toEqual([]);
  });

  test('a paragraph spans its source lines and knows the page printed on it', () => {
    const first = nodes.find((n) => n.type === 'paragraph' && textOf(n).startsWith('The first paragraph'));
    expect(first?.position?.start.line).toBe(3);
    expect(first?.data?.printedPage).toBe('1');
    const second = nodes.find((n) => n.type === 'paragraph' && textOf(n).startsWith('A second paragraph'));
    expect(second?.position?.start.line).toBe(8);
    expect(second?.position?.end.line).toBeGreaterThanOrEqual(9);
    expect(second?.data?.printedPage).toBe('2');
    // The words inside share their block's place.
    const words = allNodes(second!).filter((n) => n.type === 'text');
    expect(words.every((n) => n.position?.start.line === 8 && n.data?.printedPage === '2')).toBe(true);
  });

  test('a list item is placed on its page', () => {
    const item = nodes.find((n) => n.type === 'listItem' && textOf(n).includes('another item'));
    expect(item?.data?.printedPage).toBe('2');
    expect(item?.position?.start.line).toBeGreaterThanOrEqual(11);
  });
});
