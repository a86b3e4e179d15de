import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

  test('a named pipe among the filings stops the build without blocking', () => {
    const dir = path.join(tmp, 'with-pipe');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), 'PROSPECTUS\n\nThe Company sells shares.\n');
    execFileSync('mkfifo', [path.join(dir, 'b.txt')]);
    expectOneLineError(runScript('scripts/build.ts', '--filings', dir, '--out', path.join(tmp, 'site')), /with-pipe\/b\.txt: is a named pipe, not a regular file$/);
  });

  test('a filing named like one of the site\'s own pages stops the build and suggests a name', () => {
    const dir = path.join(tmp, 'with-404');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '404.txt'), 'PROSPECTUS\n\nThe Company sells shares.\n');
    expectOneLineError(
      runScript('scripts/build.ts', '--filings', dir, '--out', path.join(tmp, 'site')),
      /with-404\/404\.txt: its URL slug "404" is a path the site uses itself; rename the file, e\.g\. to 404-filing\.txt$/,
    );
  });

  test('a shard that is not K of N, with 1 <= K <= N, is one line', () => {
    for (const shard of ['0/3', '4/3', 'x', '1/0', '2']) {
      expectOneLineError(runScript('scripts/build.ts', '--shard', shard), new RegExp(`^--shard needs K/N with 1 <= K <= N, such as 2/4; got "${shard}"$`));
    }
  });

  test('the merge needs an output folder and shard folders a shard build wrote', () => {
    expectOneLineError(runScript('scripts/merge.ts'), /^usage: npm run merge -- OUT SHARD_DIR\.\.\./);
    expectOneLineError(runScript('scripts/merge.ts', path.join(tmp, 'merged'), mkdtempSync(path.join(tmpdir(), 'not-a-shard-'))), /: not the output of a shard build \(no \.shard\/shard\.json; build it with npm run build -- --shard K\/N --out /);
  });

  test('the Astro batch process says how to call it', () => {
    expectOneLineError(runScript('scripts/build/astro-child.ts'), /^astro-child: usage: astro-child\.ts OUT_DIR CACHE_DIR \[--wait\]$/);
  });
});
