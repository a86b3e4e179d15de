import { expect, test } from 'vitest';
import { rehypeTableSpanners } from '../../src/lib/rehype-table-spanners.ts';
import { runPlugin } from './rehype-test-helpers.ts';

const table = (heads: string) => `<table><thead><tr><td></td>${heads}</tr></thead><tbody><tr><td>Sales</td><td>1</td><td>2</td><td>3</td></tr></tbody></table>`;

test('columns under the same spanner get one head spanning them, above their own heads', () => {
  const html = runPlugin(rehypeTableSpanners, table('<th scope="col">Three Months Ended — 1997</th><th scope="col">Three Months Ended — 1996</th><th scope="col">Total</th>'));
  expect(html).toContain(
    '<thead><tr class="spanners"><td></td><th scope="colgroup" class="spanner" colspan="2">Three Months Ended</th><td></td></tr>\n<tr><td></td><th scope="col">1997</th><th scope="col">1996</th><th scope="col">Total</th></tr></thead>',
  );
});

test('a head whose note reference follows the join keeps it; a header without joins is left alone', () => {
  const withNote = runPlugin(rehypeTableSpanners, table('<th scope="col">1993 — Fair Value<sup><a href="#n">1</a></sup></th><th scope="col">A</th><th scope="col">B</th>'));
  expect(withNote).toContain('<th scope="col">Fair Value<sup><a href="#n">1</a></sup></th>');
  expect(withNote).toContain('<th scope="colgroup" class="spanner">1993</th>');
  const plain = table('<th scope="col">1997</th><th scope="col">1996</th><th scope="col">Total</th>');
  expect(runPlugin(rehypeTableSpanners, plain)).toBe(plain);
});
