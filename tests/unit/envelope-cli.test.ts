/** What the envelope reader assumed reaches the user: `npm run parse` and the build print it, and a file with no text stops them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectOneLineError, runScript } from './run-script.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'envelope-cli-'));
const write = (name: string, lines: string[]): string => {
  const file = path.join(tmp, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, lines.join('\n'));
  return file;
};

describe('a file with no text', () => {
  const lines = ['<PAGE>', '<PAGE>   2', '', '<PAGE>'];

  test('stops npm run parse with one line naming the file', () => {
    expectOneLineError(runScript('scripts/parse.ts', write('pages-only.txt', lines)), /^parse: .*pages-only\.txt: no text to read: the file holds only tags and page breaks$/);
  });

  test('stops the build with one line naming the file', () => {
    write('filings/pages-only.txt', lines);
    expectOneLineError(runScript('scripts/build.ts', '--filings', path.join(tmp, 'filings'), '--out', path.join(tmp, 'site')), /pages-only\.txt: no text to read/);
  });
});

test('npm run parse keeps the text around a stray tag and says so on stderr, exit 0', () => {
  const file = write('stray.txt', ['PROSPECTUS', '', 'The first part names the issuer.', '<DOCUMENT>', 'The second part names the underwriters.']);
  const run = runScript('scripts/parse.ts', file);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('The first part names the issuer.');
  expect(run.stdout).toContain('The second part names the underwriters.');
  expect(run.stderr).toEqual([`${file}:4: stray <DOCUMENT> tag in the text ignored; the text around it is kept (envelope, prospectus)`]);
});
