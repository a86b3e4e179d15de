import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

/** One folder per printed form of table: `input.txt` (a few made-up lines of EDGAR text) and `output.md` (the Markdown it must become). */
const root = path.resolve(import.meta.dirname, '../fixtures/tables');

describe('table fixtures (input.txt -> output.md; UPDATE=1 rewrites output.md, reviewed as a diff)', () => {
  for (const form of readdirSync(root).sort()) {
    test(form.replace(/-/g, ' '), () => {
      const input = readFileSync(path.join(root, form, 'input.txt'));
      const markdown = parseFiling(new Uint8Array(input), 'input.txt', 'fixture').markdown;
      const expected = path.join(root, form, 'output.md');
      if (process.env.UPDATE || !existsSync(expected)) writeFileSync(expected, markdown);
      else expect(markdown).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
