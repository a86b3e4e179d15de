import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'vitest';
import { expectOneLineError, runScript } from './run-script.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));

/** Runs `npx tsx scripts/parse.ts ...args` from the project root. */
const parse = (...args: string[]) => runScript('scripts/parse.ts', ...args);

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
