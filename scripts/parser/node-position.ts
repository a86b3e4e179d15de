/**
 * Every mdast node keeps where it came from: a unist `position` (the block's first source line to
 * the line before the next block starts) and, in `data.printedPage`, the page number printed on the
 * page the block starts on (null where none is printed). Nodes made inside a block share its span.
 */
import type { Node } from 'unist';
import type { SourcePosition } from './types.ts';

declare module 'unist' {
  interface Data {
    /** The page number printed on the page where the node's block starts ("4", "F-3"); null where none is printed. */
    printedPage?: string | null;
  }
}

/** Gives `nodes` and all their descendants that have no position yet the span `start.line`..`endLine`. */
export function positionNodes(nodes: readonly Node[], start: SourcePosition, endLine: number): void {
  const position = { start: { line: start.line, column: 1 }, end: { line: Math.max(start.line, endLine), column: 1 } };
  const stack: Node[] = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.position === undefined) {
      node.position = { start: { ...position.start }, end: { ...position.end } };
      node.data = { ...node.data, printedPage: start.printedPage };
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const child of children) stack.push(child);
  }
}
