import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { expect, test } from 'vitest';
import { mdastToHast } from '../../scripts/render/to-hast.ts';

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

test('gives the tree toHast gives: references resolved, notes numbered and listed once, the first of two definitions used', () => {
  const markdown = [
    '# Risk factors',
    '',
    'Sales fell[^1] as [the notes][terms] say[^b], and fell again[^1].',
    '',
    '- an item citing [^b] and [terms]',
    '',
    '[terms]: /filing/terms/ "Terms"',
    '[terms]: /filing/other/',
    '',
    '[^1]: Unaudited.',
    '[^b]: Restated, see [terms].',
    '[^B]: A second note under the same label, not used.',
    '',
    '| A | B |',
    '|---|--:|',
    '| x | 1 |',
  ].join('\n');
  const options = { allowDangerousHtml: true, passThrough: [] };
  const ours = mdastToHast(parse(markdown), options);
  expect(ours).toEqual(toHast(parse(markdown), options));
  const text = JSON.stringify(ours);
  expect(text).toContain('/filing/terms/');
  expect(text).not.toContain('/filing/other/');
  expect(text).toContain('Restated, see ');
  expect(text).not.toContain('A second note');
});

test('a tree with no definitions and one with nothing at all convert as toHast converts them', () => {
  for (const markdown of ['Plain text, a [dangling][ref] reference and a [^gone] note.', '']) {
    expect(mdastToHast(parse(markdown))).toEqual(toHast(parse(markdown)));
  }
});
