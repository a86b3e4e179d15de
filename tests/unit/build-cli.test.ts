import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'vitest';
import { expectOneLineError, runScript } from './run-script.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'build-cli-'));

// Each case stops before the build touches content/generated, which a browser test may be building from.
describe('npm run build: bad input is one line and exit 1', () => {
  test('an unknown option', () => {
    expectOneLineError(runScript('scripts/build.ts', '--fast'), /^unknown option --fast \(use --filings DIR/);
  });

  test('a filings directory that does not exist, or has no filings', () => {
    expectOneLineError(runScript('scripts/build.ts', '--filings', path.join(tmp, 'missing'), '--out', path.join(tmp, 'site')), /missing: cannot read the filings directory$/);
    expectOneLineError(runScript('scripts/build.ts', '--filings', tmp, '--out', path.join(tmp, 'site')), /: no \.txt filings to build$/);
  });

  test('the Astro batch process says how to call it', () => {
    expectOneLineError(runScript('scripts/build/astro-child.ts'), /^astro-child: usage: astro-child\.ts OUT_DIR CACHE_DIR$/);
  });
});
