import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'build-cli-'));

/** Runs a script with tsx from the project root; stderr without npm's own warnings. */
function run(script: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const stderr = result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'));
  return { status: result.status, stderr };
}

/** Exit 1 with exactly one stderr line matching `pattern`, no stack frame. */
function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp) {
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(pattern);
  expect(result.status).toBe(1);
}

// Each case stops before the build touches content/generated, which a browser test may be building from.
describe('npm run build: bad input is one line and exit 1', () => {
  test('an unknown option', () => {
    expectOneLineError(run('scripts/build.ts', '--fast'), /^unknown option --fast \(use --filings DIR/);
  });

  test('a filings directory that does not exist, or has no filings', () => {
    expectOneLineError(run('scripts/build.ts', '--filings', path.join(tmp, 'missing'), '--out', path.join(tmp, 'site')), /missing: cannot read the filings directory$/);
    expectOneLineError(run('scripts/build.ts', '--filings', tmp, '--out', path.join(tmp, 'site')), /: no \.txt filings to build$/);
  });

  test('the Astro batch process says how to call it', () => {
    expectOneLineError(run('scripts/build/astro-child.ts'), /^astro-child: usage: astro-child\.ts OUT_DIR CACHE_DIR$/);
  });
});
