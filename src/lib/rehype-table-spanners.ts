/**
 * Sets a header's spanners ("Three Months Ended June 30," over "1997" and "1996"), which the parser joins to each
 * column's head with " — " because GFM has one header row, back over their columns: a first header row with one
 * `<th colspan scope="colgroup">` per run of columns under the same spanner.
 */
import type { Element, ElementContent, Root } from 'hast';
import { forEachElement, isElement, SKIP_CHILDREN } from './hast-helpers.ts';

/** How the parser joins a spanner to the head under it (scripts/parser/table/header.ts). */
const SPANNER_JOIN = ' — ';

/** A head cell split at its first join: the spanner, and the cell with the rest; null when its first text holds no join. */
export function splitSpanner(cell: Element): { spanner: string; rest: ElementContent[] } | null {
  const first = cell.children[0];
  if (first?.type !== 'text') return null;
  const at = first.value.indexOf(SPANNER_JOIN);
  if (at <= 0) return null;
  const spanner = first.value.slice(0, at).trim();
  const restText = first.value.slice(at + SPANNER_JOIN.length);
  if (spanner === '' || restText.trim() === '') return null;
  return { spanner, rest: [{ type: 'text', value: restText }, ...cell.children.slice(1)] };
}

function cell(tagName: 'th' | 'td', properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/** For each `<thead>` of one row whose head cells carry spanners: a spanner row above it, the heads keeping the rest. */
export function rehypeTableSpanners() {
  return (tree: Root): void => {
    forEachElement(tree, (thead: Element) => {
      if (thead.tagName !== 'thead') return;
      const rows = thead.children.filter((c): c is Element => isElement(c, 'tr'));
      const row = rows[0];
      if (rows.length !== 1 || row === undefined) return SKIP_CHILDREN;
      const cells = row.children.filter((c): c is Element => isElement(c, 'th') || isElement(c, 'td'));
      const splits = cells.map((c) => (c.tagName === 'th' ? splitSpanner(c) : null));
      if (splits.every((s) => s === null)) return SKIP_CHILDREN;
      const spannerRow: Element[] = [];
      for (let i = 0; i < cells.length; ) {
        const split = splits[i];
        if (split === null || split === undefined) {
          spannerRow.push(cell('td', {}, []));
          i += 1;
          continue;
        }
        let j = i + 1;
        while (j < cells.length && splits[j]?.spanner === split.spanner) j += 1;
        const properties: Element['properties'] = { scope: 'colgroup', className: ['spanner'] };
        if (j - i > 1) properties.colSpan = j - i;
        spannerRow.push(cell('th', properties, [{ type: 'text', value: split.spanner }]));
        for (let k = i; k < j; k++) cells[k]!.children = splits[k]!.rest;
        i = j;
      }
      thead.children.unshift({ type: 'element', tagName: 'tr', properties: { className: ['spanners'] }, children: spannerRow }, { type: 'text', value: '\n' });
      return SKIP_CHILDREN;
    });
  };
}
