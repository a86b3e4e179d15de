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

  test('the Astro batch process says how to call it', () => {
    expectOneLineError(runScript('scripts/build/astro-child.ts'), /^astro-child: usage: astro-child\.ts OUT_DIR CACHE_DIR$/);
  });
});
