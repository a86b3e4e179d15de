import { u } from 'unist-builder';
import { expect, test } from 'vitest';
import { toMarkdownString } from '../../scripts/parser/to-markdown.ts';

test('house options: "-" bullets and rules, "_" emphasis, fenced code, one-space list indent', () => {
  const tree = u('root', [
    u('paragraph', [u('emphasis', [u('text', 'Note')]), u('text', ' and '), u('strong', [u('text', 'bold')])]),
    u('list', { ordered: false, spread: false }, [u('listItem', { spread: false }, [u('paragraph', [u('text', 'one')])])]),
    u('thematicBreak'),
    u('code', { lang: 'text' }, '    indented  columns'),
  ]);
  expect(toMarkdownString(tree)).toBe('_Note_ and **bold**\n\n- one\n\n---\n\n```text\n    indented  columns\n```\n');
});

test('GFM tables and footnotes, escaping done by the serialiser', () => {
  const tree = u('root', [
    u('table', { align: ['left', 'right'] as ('left' | 'right')[] }, [
      u('tableRow', [u('tableCell', [u('text', 'Name')]), u('tableCell', [u('text', 'Shares'), u('footnoteReference', { identifier: 't1-1', label: 't1-1' })])]),
      u('tableRow', [u('tableCell', [u('text', 'A | B *Inc*')]), u('tableCell', [u('text', '1,000')])]),
    ]),
    u('footnoteDefinition', { identifier: 't1-1', label: 't1-1' }, [u('paragraph', [u('text', 'Owned [directly].')])]),
  ]);
  expect(toMarkdownString(tree)).toBe(
    ['| Name           | Shares[^t1-1] |', '| :------------- | ------------: |', '| A \\| B \\*Inc\\* |         1,000 |', '', '[^t1-1]: Owned \\[directly].', ''].join('\n'),
  );
});

test('the same tree always gives the same bytes', () => {
  const tree = () => u('root', [u('heading', { depth: 2 as const }, [u('text', 'RISK FACTORS')]), u('paragraph', [u('text', '1. Not a list')])]);
  expect(toMarkdownString(tree())).toBe(toMarkdownString(tree()));
  expect(toMarkdownString(tree())).toBe('## RISK FACTORS\n\n1\\. Not a list\n');
});
