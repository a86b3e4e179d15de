import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

/**
 * One folder per printed form the block rules and the pages stage read: `input.txt`, a few made-up
 * lines of EDGAR text showing the form, and `output.md`, the Markdown the parser makes of it.
 * Regenerate with `UPDATE=1 npx vitest run tests/unit/blocks-fixtures.test.ts` and review the diff.
 */
const root = path.resolve(import.meta.dirname, '../fixtures/blocks');
const forms = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('printed forms, input.txt to output.md', () => {
  test('there is a folder for each form', () => {
    expect(forms.length).toBeGreaterThanOrEqual(10);
  });

  test.each(forms)('%s', (form) => {
    const input = readFileSync(path.join(root, form, 'input.txt'));
    const markdown = parseFiling(input, 'input.txt', form).markdown;
    const expected = path.join(root, form, 'output.md');
    if (process.env.UPDATE) writeFileSync(expected, markdown);
    expect(existsSync(expected), `${form}/output.md is missing: run with UPDATE=1 and review it`).toBe(true);
    expect(markdown).toBe(readFileSync(expected, 'utf8'));
  });
});
