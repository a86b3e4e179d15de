import { expect, test } from 'vitest';
import { renderMarkdown } from './rehype-test-helpers.ts';

const frontmatter = { slug: 'holders', title: 'HOLDERS', headings: [{ depth: 2, text: 'HOLDERS', id: 'holders' }] };

test('notes sit directly under the table that cites them, labelled, before the text that follows', async () => {
  const markdown = [
    '## HOLDERS',
    '',
    '| Name[^t1-1] | Shares[^t1-2] |',
    '| :--- | -----: |',
    '| Jane Roe | 300,000[^t1-2] |',
    '',
    'We may amend this list.',
    '',
    'A later paragraph.[^n-3]',
    '',
    '[^t1-1]: Beneficial ownership.',
    '[^t1-2]: Includes escrow.',
    '[^n-3]: A note of the paragraph.',
    '',
  ].join('\n');
  const html = await renderMarkdown(markdown, frontmatter);
  const table = html.indexOf('</table>');
  const notes = html.indexOf('<p id="holders-notes-1" class="notes-label"');
  const amend = html.indexOf('We may amend');
  expect(table).toBeGreaterThan(0);
  expect(notes).toBeGreaterThan(table);
  expect(amend).toBeGreaterThan(notes);
  // The paragraph's note follows the paragraph, numbered as cited.
  expect(html).toMatch(/A later paragraph\.<sup>[\s\S]*<p id="holders-notes-2" class="notes-label"[^>]*>Notes<\/p>\s*<ol>\s*<li id="user-content-fn-n-3" value="3">/);
  expect(html.match(/data-footnotes/g)).toHaveLength(2);
});

test('back-links say where they go, and which mention when a note is cited twice', async () => {
  const markdown = ['Shares.[^a] More shares.[^a]', '', '[^a]: Escrow.', ''].join('\n');
  const html = await renderMarkdown(markdown, { ...frontmatter, headings: [] });
  expect(html).toContain('>↩ back to text<span class="sr-only"> of note 1</span> (mention 1)</a>');
  expect(html).toContain('>↩ back to text<span class="sr-only"> of note 1</span> (mention 2)</a>');
  expect(html).not.toContain('Back to reference');
  expect(html).toMatch(/aria-describedby="holders-notes-1"/);
});
