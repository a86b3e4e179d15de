import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './rehype-test-helpers.ts';

const mark = (n: number) => `<a class="page-mark" id="page-${n}" href="#page-${n}" data-page="${n}" data-pagefind-ignore>Page ${n}</a>`;

// A section as the parser writes it: a caption paragraph, a table running over a page break, the mark after it.
const markdown = [
  '## HOLDERS',
  '',
  'SHARES HELD (in thousands)',
  '',
  '| Holder | Shares |',
  '| :--- | ---: |',
  '| Jane Roe | 1,500 |',
  '| John Doe | (200) |',
  '| Ann Poe | 2,700 |',
  '',
  mark(5),
  '',
  'The holders may sell.',
  '',
].join('\n');

const frontmatter = (table: Record<string, unknown>) => ({
  slug: 'holders',
  title: 'HOLDERS',
  headings: [{ depth: 2, text: 'HOLDERS', id: 'holders' }],
  filing: { slug: 'acme-2004' },
  tables: [{ rows: [], ...table }],
});

describe('the table plugins', () => {
  test('a captioned table gets its paragraph as <caption>, with the paragraph id the search links to', async () => {
    const html = await renderMarkdown(markdown, frontmatter({ caption: true }));
    expect(html).toMatch(/<table[^>]*><caption id="holders-p1" data-pagefind-weight="2">SHARES HELD \(in thousands\)<\/caption>/);
    expect(html).not.toContain('<p id="holders-p1">');
  });

  test('a page starting inside the table marks the first row of that page, not the place after the table', async () => {
    const html = await renderMarkdown(markdown, frontmatter({ pages: [{ row: 2, anchor: 'page-5' }] }));
    expect(html).toMatch(/<tr id="holders-r3" class="page-start">\s*<td class="align-left"><a class="page-mark page-mark-in-table" id="page-5" href="#page-5"[^>]*><span class="sr-only">Page <\/span><span aria-hidden="true">p\. <\/span>5<\/a> Ann Poe<\/td>/);
    expect(html).not.toContain('<div class="page-break">');
  });

  test('above the table: the sums found and a CSV link that downloads the file beside the page', async () => {
    const sums = [{ column: 1, label: 'Shares', total: '4,000', sum: '4,000', ok: true, stated: 'Cover page' }];
    const html = await renderMarkdown(markdown, frontmatter({ csv: 'table-1.csv', sums }));
    expect(html).toContain('<p class="table-sum table-sum-ok">Adds up: "Shares" adds up to 4,000, the total stated in "Cover page".</p>');
    expect(html).toMatch(/<a href="\/acme-2004\/holders\/table-1\.csv" download type="text\/csv">Download CSV<span class="sr-only"> of Table 1, HOLDERS<\/span><\/a>/);
    expect(html.indexOf('table-tools')).toBeLessThan(html.indexOf('<table'));
    // The table's own ¶ link, as a paragraph has: a plain link to the table that /reader.js turns into copy link / citation.
    const id = /<table id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<p class="table-cite"><a class="block-link" href="#${id}" data-pagefind-ignore="all"><span aria-hidden="true">¶</span><span class="sr-only">Link to this table</span></a></p>`);
  });

  test('each of several tables gets its own tools, once', async () => {
    const two = `${markdown}\n| Year | Sales |\n| :--- | ---: |\n| 1997 | 10 |\n| 1996 | 9 |\n| 1995 | 8 |\n`;
    const fm = { ...frontmatter({ csv: 'table-1.csv' }), tables: [{ rows: [], csv: 'table-1.csv' }, { rows: [], csv: 'table-2.csv' }] };
    const html = await renderMarkdown(two, fm);
    expect(html.match(/class="table-tools"/g)).toHaveLength(2);
    expect(html.indexOf('table-1.csv')).toBeLessThan(html.indexOf('Jane Roe'));
    expect(html.indexOf('table-2.csv')).toBeGreaterThan(html.indexOf('Jane Roe'));
    expect(html.indexOf('table-2.csv')).toBeLessThan(html.indexOf('1997'));
  });

  test('a sum that does not add up shows a warning with the difference', async () => {
    const sums = [{ column: 1, label: '1999', row: 2, total: '275,657', sum: '275,567', ok: false }];
    const html = await renderMarkdown(markdown, frontmatter({ sums }));
    expect(html).toContain('<p class="table-sum table-sum-failed" role="note">Does not add up: the figures of "1999" above its total sum to 275,567, but the total printed is 275,657 (a difference of −90).</p>');
  });

  test('a plain list of rows is sortable, each figure carrying its value; a table with totals is not', async () => {
    const plain = await renderMarkdown(markdown, frontmatter({}));
    expect(plain).toMatch(/<table id="[^"]+" data-sortable="">/);
    expect(plain).toContain('<td class="align-right" data-value="-200">(200)</td>');
    const totals = await renderMarkdown(markdown, frontmatter({ rows: [{ row: 2, kind: 'total' }] }));
    expect(totals).not.toContain('data-sortable');
  });
});
