import { describe, expect, test } from 'vitest';
import { rehypeTableStructure } from '../../src/lib/rehype-table-structure.ts';
import { renderMarkdown, runPlugin } from './rehype-test-helpers.ts';

const table = (rows: string[]): string =>
  `<table><thead><tr><th></th><th>1997</th></tr></thead><tbody>${rows.map((r) => `<tr><td>${r}</td><td>1</td></tr>`).join('')}</tbody></table>`;

describe('rehypeTableStructure', () => {
  test('marks section, subtotal and total rows, their rules and indents, by body row index', () => {
    const html = runPlugin(rehypeTableStructure, table(['Current Assets:', 'Cash', 'Inventories', 'Total']), {
      tables: [
        {
          rows: [
            { row: 0, kind: 'section' },
            { row: 1, indent: 1 },
            { row: 2, kind: 'subtotal', indent: 2, rule: 'single' },
            { row: 3, kind: 'total', rule: 'double' },
          ],
        },
      ],
    });
    expect(html).toContain('<tr class="row-section"><th scope="row">Current Assets:</th><td>1</td></tr>');
    expect(html).toContain('<tr data-indent="1"><td>Cash</td>');
    expect(html).toContain('<tr class="row-subtotal rule-single" data-indent="2"><td>Inventories</td>');
    expect(html).toContain('<tr class="row-total rule-double"><td>Total</td>');
    // The header row is not counted.
    expect(html).toContain('<thead><tr><th></th><th>1997</th></tr></thead>');
  });

  test('the n-th table takes the n-th entry; tables without one stay as they are', () => {
    const html = runPlugin(rehypeTableStructure, `${table(['a'])}${table(['b'])}${table(['c'])}`, {
      tables: [{ rows: [] }, { rows: [{ row: 0, kind: 'total' }] }],
    });
    expect(html.match(/row-total/g)).toHaveLength(1);
    expect(html).toContain('<tr class="row-total"><td>b</td>');
    expect(html).not.toContain('data-indent');
  });

  test('no front matter, no change', () => {
    expect(runPlugin(rehypeTableStructure, table(['a']))).toBe(table(['a']));
  });

  test('runs in the site pipeline: a GFM table from Markdown gets its row classes', async () => {
    const md = '|  | 1997 |\n| :- | -: |\n| Net sales | 9,188 |\n| **Total** | 9,188 |\n';
    const html = await renderMarkdown(md, { title: 'T', slug: 't', tables: [{ rows: [{ row: 1, kind: 'total', rule: 'single' }] }] });
    expect(html).toMatch(/<tr(?: id="[^"]+")? class="row-total rule-single">\s*<td class="align-left"><strong>Total<\/strong><\/td>/);
  });
});
