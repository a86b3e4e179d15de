import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectOneLineError, type ScriptRun } from './run-script.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));

const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run -s parse -- ...args` from the project root: the command as users run it (Node's own type stripping, no tsx). */
function parse(...args: string[]): ScriptRun {
  const run = spawnSync('npm', ['run', '-s', 'parse', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  // npm may warn about the machine's own config; only our lines count.
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')) };
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

  test('a symbolic link to a filing is read like the filing', () => {
    const file = path.join(tmp, 'seed.txt');
    copyFileSync(path.resolve(import.meta.dirname, '../../content/filings/level3-2004-prospectus.txt'), file);
    // Same name in another folder, so the slug in the Markdown's links is the same too.
    mkdirSync(path.join(tmp, 'links'));
    const link = path.join(tmp, 'links', 'seed.txt');
    symlinkSync(file, link);
    const viaLink = parse(link);
    expect(viaLink.status).toBe(0);
    expect(viaLink.stdout).toBe(parse(file).stdout);
  });

  test('a symbolic link to nothing', () => {
    const link = path.join(tmp, 'dangling.txt');
    symlinkSync(path.join(tmp, 'gone.txt'), link);
    expectOneLineError(parse(link), /^parse: .*dangling\.txt: is a symbolic link to a file that does not exist$/);
  });

  // Each of these used to block for ever: the type is checked before the file is opened.
  test('a named pipe is refused without blocking', () => {
    const fifo = path.join(tmp, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expectOneLineError(parse(fifo), /^parse: .*pipe\.txt: is a named pipe, not a regular file$/);
  });

  test('a device is refused without reading it', () => {
    expectOneLineError(parse('/dev/zero'), /^parse: \/dev\/zero: is a device, not a regular file$/);
  });

  test('prints the Markdown of a filing and exits 0', () => {
    const file = path.join(tmp, 'note.txt');
    writeFileSync(file, 'RISK FACTORS\n\nThe notes may lose value.\n');
    const run = parse(file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The notes may lose value.');
    expect(run.stderr).toEqual([]);
  });

  test('a directory named like a filing', () => {
    const dir = path.join(tmp, 'x.txt');
    mkdirSync(dir);
    expectOneLineError(parse(dir), /^parse: .*x\.txt: is a directory, not a filing$/);
  });
});
