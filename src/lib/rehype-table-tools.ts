/**
 * Above each data table: a "Download CSV" link to the file the build wrote beside the page, and what the build's
 * sum check found ("adds up", or a warning with the difference). A table of plain rows is marked sortable, with
 * each figure's value on its cell, for public/table-sort.js.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { readFigure } from '../../scripts/parser/table/figure.ts';
import type { TableStructure } from '../../scripts/section-schema.ts';
import { classList, forEachElement, isElement, isPageMark, SKIP_CHILDREN } from './hast-helpers.ts';
import { blockLink } from './rehype-block-links.ts';
import { tableBodyRows } from './rehype-table-page-marks.ts';
import { sumNotes } from './table-sum-notes.ts';
import { sectionFrontMatterOf, tableStructuresOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

/** Fewest rows worth sorting: two rows are read at a glance. */
const MIN_SORT_ROWS = 3;

/** Characters a table's widest row needs beyond which it is wider than the text column beside the outline (about 45em at 1280 px). */
const WIDE_TABLE_CHARS = 90;
/** Characters counted for a label column at most: labels wrap, the column keeps about 14rem. */
const STUB_CHARS = 28;
/** Characters of padding and gap each column takes. */
const COLUMN_PADDING_CHARS = 3;

/** The characters a table needs across: each column's longest body cell (the label column capped, since it wraps) or longest header word, plus padding. */
export function tableWidthChars(table: Element): number {
  const widths: number[] = [];
  const measure = (cells: Element[], header: boolean): void => {
    cells.forEach((cell, i) => {
      const text = cellValueText(cell);
      const need = header ? Math.max(0, ...text.split(' ').map((w) => w.length)) : i === 0 ? Math.min(text.length, STUB_CHARS) : text.length;
      widths[i] = Math.max(widths[i] ?? 0, need);
    });
  };
  forEachElement(table, (tr: Element, _i, parent) => {
    if (tr.tagName !== 'tr') return;
    const cells = tr.children.filter((c): c is Element => isElement(c, 'td') || isElement(c, 'th'));
    measure(cells, isElement(parent as Element | undefined, 'thead'));
  });
  return widths.reduce((sum, w) => sum + w + COLUMN_PADDING_CHARS, 0);
}

/** A cell's text without page marks and note references, as sorting compares it. */
export function cellValueText(cell: Element): string {
  const kept: Element = {
    ...cell,
    children: cell.children.filter((c) => !isPageMark(c) && !isElement(c, 'sup')),
  };
  return toString(kept).replace(/\s+/g, ' ').trim();
}

/** A plain list of rows (no section, subtotal or total row, no indent) can be reordered without losing meaning. */
export function isSortable(structure: TableStructure, rows: number): boolean {
  return structure.rows.length === 0 && rows >= MIN_SORT_ROWS;
}

function paragraph(className: string, text: string, extra: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'p', properties: { className: [className], ...extra }, children: [{ type: 'text', value: text }] };
}

/** The block over the n-th table: sums found, then the CSV link, then the table's own ¶ link (cite or copy it, as a paragraph's). */
export function tableTools(structure: TableStructure, name: string, href: string | null, id: string | null = null): Element | null {
  const { ok, failed } = sumNotes(structure.sums ?? []);
  const children: ElementContent[] = [];
  if (ok !== null) children.push(paragraph('table-sum table-sum-ok', ok));
  for (const line of failed) children.push(paragraph('table-sum table-sum-failed', line, { role: 'note' }));
  if (href !== null) {
    children.push({
      type: 'element',
      tagName: 'p',
      properties: { className: ['table-download'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href, download: '', type: 'text/csv' },
          children: [{ type: 'text', value: 'Download CSV' }, { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` of ${name}` }] }],
        },
      ],
    });
  }
  if (id !== null) children.push({ type: 'element', tagName: 'p', properties: { className: ['table-cite'] }, children: [blockLink(id, 'table')] });
  if (children.length === 0) return null;
  return { type: 'element', tagName: 'div', properties: { className: ['table-tools'], dataPagefindIgnore: 'all' }, children };
}

/** Runs last (after the scroll wrapper and the notes' placement): the tools go right above the table's wrapper, so the notes stay directly under the table as printed. */
export function rehypeTableTools() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const tables = tableStructuresOf(file);
    const { slug } = sectionFrontMatterOf(file);
    const filing = file.data.astro?.frontmatter?.filing as { slug?: unknown } | undefined;
    const base = typeof filing?.slug === 'string' ? `/${filing.slug}/${slug}/` : null;
    let n = 0;
    const inserts: { before: Element; parent: Root | Element; tools: Element }[] = [];
    forEachElement(tree, (node: Element, index, parent) => {
      if (node.tagName !== 'table') return;
      const structure = tables[n++];
      if (structure === undefined) return;
      const rows = tableBodyRows(node);
      if (isSortable(structure, rows.length)) {
        node.properties.dataSortable = '';
        for (const tr of rows) {
          for (const cell of tr.children) {
            if (!isElement(cell) || !classList(cell).includes('align-right')) continue;
            const figure = readFigure(cellValueText(cell));
            if (figure !== null) cell.properties.dataValue = String(figure.value);
          }
        }
      }
      // The wrapper section holds the table; the tools go after it in its parent.
      const wrapper = parent !== undefined && isElement(parent as Element, 'section') ? (parent as Element) : null;
      if (wrapper !== null && tableWidthChars(node) > WIDE_TABLE_CHARS) wrapper.properties.className = [...classList(wrapper), 'table-wide'];
      const name = typeof wrapper?.properties.ariaLabel === 'string' ? wrapper.properties.ariaLabel : `table ${n}`;
      const id = typeof node.properties.id === 'string' ? node.properties.id : null;
      const tools = tableTools(structure, name, base !== null && structure.csv !== undefined ? `${base}${structure.csv}` : null, id);
      if (tools !== null && parent !== undefined && index !== undefined) inserts.push({ before: wrapper ?? node, parent: wrapper !== null ? tree : parent, tools });
      return SKIP_CHILDREN;
    });
    // Inserted after the walk: a node added while walking would shift the walk onto the same table again.
    for (const { before, parent, tools } of inserts) {
      const at = parent.children.indexOf(before);
      if (at >= 0) parent.children.splice(at, 0, tools);
    }
  };
}
