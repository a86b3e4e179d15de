import { describe, expect, test } from 'vitest';
import { rehypeTableAlign } from '../../src/lib/rehype-table-align.ts';
import { rehypeTableHeaders } from '../../src/lib/rehype-table-headers.ts';
import { rehypeTableScroll } from '../../src/lib/rehype-table-scroll.ts';
import { runPlugin } from './rehype-test-helpers.ts';

describe('rehypeTableScroll', () => {
  test('wraps each table and preformatted block in a focusable, labelled region', () => {
    const html = runPlugin(rehypeTableScroll, '<table><tbody><tr><td>1</td></tr></tbody></table><pre><code>A  1</code></pre>', {
      title: 'SELLING STOCKHOLDERS',
    });
    expect(html).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Table 1, SELLING STOCKHOLDERS"><table><tbody><tr><td>1</td></tr></tbody></table></section>' +
        '<section class="table-scroll" tabindex="0" aria-label="Table 2, SELLING STOCKHOLDERS"><pre><code>A  1</code></pre></section>',
    );
  });

  test('wraps tables nested in other elements too', () => {
    const html = runPlugin(rehypeTableScroll, '<blockquote><table></table></blockquote>', { title: 'T' });
    expect(html).toBe('<blockquote><section class="table-scroll" tabindex="0" aria-label="Table 1, T"><table></table></section></blockquote>');
  });
});

describe('rehypeTableAlign', () => {
  test('turns align attributes into classes and keeps other classes', () => {
    const html = runPlugin(rehypeTableAlign, '<table><tr><th align="left">Name</th><td align="right" class="total">1,200</td><td>x</td></tr></table>');
    expect(html).toContain('<th class="align-left">Name</th>');
    expect(html).toContain('<td class="total align-right">1,200</td>');
    expect(html).not.toContain('align=');
  });
});

describe('rehypeTableHeaders', () => {
  test('an empty stub header becomes a plain cell; headers with text get scope="col"', () => {
    const html = runPlugin(rehypeTableHeaders, '<table><thead><tr><th class="align-left"> </th><th>1997</th></tr></thead></table>');
    expect(html).toBe('<table><thead><tr><td class="align-left"> </td><th scope="col">1997</th></tr></thead></table>');
  });

  test('leaves cells outside the header alone', () => {
    const html = '<table><tbody><tr><th></th><td>1</td></tr></tbody></table>';
    expect(runPlugin(rehypeTableHeaders, html)).toBe(html);
  });
});
