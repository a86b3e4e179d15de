/** Puts each table row's structure (section, subtotal, total, rule, indent), which GFM cannot hold, back on its `<tr>` from the front matter. */
import type { Element, Root } from 'hast';
import type { TableStructure } from '../../scripts/section-schema.ts';
import { classList, forEachElement, isElement, SKIP_CHILDREN } from './hast-helpers.ts';
import { tableStructuresOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** The classes and attributes one body row gets: `row-section|row-subtotal|row-total`, `rule-single|rule-double`, `data-indent="N"`. */
export function markRow(tr: Element, row: TableStructure['rows'][number]): void {
  const classes = classList(tr);
  if (row.kind) classes.push(`row-${row.kind}`);
  if (row.rule) classes.push(`rule-${row.rule}`);
  if (classes.length > 0) tr.properties.className = classes;
  if (row.indent !== undefined && row.indent >= 1) tr.properties.dataIndent = String(row.indent);
  // A section row's label heads the rows under it.
  const label = tr.children.find((c): c is Element => isElement(c));
  if (row.kind === 'section' && label !== undefined && label.tagName === 'td') {
    label.tagName = 'th';
    label.properties.scope = 'row';
  }
}

/** Marks the body rows of the n-th `<table>` with the n-th front matter entry; tables and rows beyond what it lists stay as they are. */
export function rehypeTableStructure() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const tables = tableStructuresOf(file);
    let n = 0;
    forEachElement(tree, (node: Element) => {
      if (node.tagName !== 'table') return;
      const structure = tables[n++];
      if (structure === undefined || structure.rows.length === 0) return SKIP_CHILDREN;
      const byIndex = new Map(structure.rows.map((r) => [r.row, r]));
      let index = 0;
      for (const body of node.children) {
        if (!isElement(body, 'tbody')) continue;
        for (const tr of body.children) {
          if (!isElement(tr, 'tr')) continue;
          const row = byIndex.get(index++);
          if (row !== undefined) markRow(tr, row);
        }
      }
      return SKIP_CHILDREN;
    });
  };
}
