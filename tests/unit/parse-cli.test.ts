import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));

/** Runs `npx tsx scripts/parse.ts ...args` from the project root. */
function parse(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  // npm may warn about the machine's own config; only our lines count.
  const stderr = run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
  return { status: run.status, stdout: run.stdout, stderr };
}

/** Exit 1 with exactly one stderr line, no stack frame. */
function expectOneLineError(result: ReturnType<typeof parse>, pattern: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(pattern);
  expect(result.stderr.join('\n')).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}

describe('npm run parse', () => {
  test('no argument prints the usage', () => {
    expectOneLineError(parse(), /^usage: npm run parse -- FILE$/);
  });

  test('a missing file', () => {
    expectOneLineError(parse('missing.txt'), /^parse: missing\.txt: no such file$/);
  });

  test('an empty file', () => {
    const file = path.join(tmp, 'empty.txt');
    writeFileSync(file, '');
    expectOneLineError(parse(file), /^parse: .*empty\.txt: .*empty/);
  });

  test('a binary file', () => {
    const file = path.join(tmp, 'image.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    expectOneLineError(parse(file), /^parse: .*image\.png: .*binary/);
  });

  test('a directory', () => {
    expectOneLineError(parse(tmp), /^parse: .*: is a directory/);
  });
});
