import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../scripts/parser/messages.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

/**
 * One folder per printed form of footnotes: `input.txt` (a few lines of made-up EDGAR text) must
 * become `output.md`, with the parser's messages in `messages.txt`. `UPDATE=1` rewrites the expected
 * files, to be reviewed as a diff.
 */
const root = path.resolve(import.meta.dirname, '../fixtures/notes');

/** Compares `actual` with the file, or writes it under UPDATE=1 (or when it does not exist yet). */
function expectFile(file: string, actual: string): void {
  if (process.env.UPDATE || !existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('footnotes, one fixture folder per printed form', () => {
  const forms = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  test('there are fixtures', () => {
    expect(forms.length).toBeGreaterThan(0);
  });
  for (const form of forms) {
    test(form, () => {
      const dir = path.join(root, form);
      const parsed = parseFiling(readFileSync(path.join(dir, 'input.txt')), 'input.txt', form);
      expectFile(path.join(dir, 'output.md'), parsed.markdown);
      const messages = parsed.report.messages.filter((m) => m.rule === 'footnotes').map((m) => formatMessage('input.txt', m));
      expectFile(path.join(dir, 'messages.txt'), messages.map((m) => `${m}\n`).join(''));
    });
  }
});
