import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { checkFilingFiles, listFilingFiles } from '../../scripts/build/filing-files.ts';
import { ASTRO_ASSETS_DIR, siteRootPaths } from '../../scripts/build/site-paths.ts';

const root = join(import.meta.dirname, '../..');
const filing = 'PROSPECTUS\n\nThe Company sells shares.\n';

/** A fresh filings folder holding `names` as small filings. */
function folder(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-filing-files-'));
  for (const name of names) writeFileSync(join(dir, name), filing);
  return dir;
}

describe('listFilingFiles', () => {
  test('every entry named .txt, of any type, sorted by name', () => {
    const dir = folder('b.txt', 'a.TXT', 'notes.md');
    mkdirSync(join(dir, 'c.txt'));
    expect(listFilingFiles(dir)).toEqual(['a.TXT', 'b.txt', 'c.txt']);
  });
});

describe('checkFilingFiles: only regular files', () => {
  test('a symbolic link to a regular file is a filing', () => {
    const dir = folder('a.txt');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(checkFilingFiles(dir, ['a.txt', 'b.txt'])).toEqual({ filings: [{ path: join(dir, 'a.txt'), slug: 'a' }, { path: join(dir, 'b.txt'), slug: 'b' }] });
  });

  test('a pipe, a directory and a link to nothing are each named in one line', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    mkdirSync(join(dir, 'folder.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    expect(checkFilingFiles(dir, ['pipe.txt'])).toEqual({ error: `${join(dir, 'pipe.txt')}: is a named pipe, not a regular file` });
    expect(checkFilingFiles(dir, ['folder.txt'])).toEqual({ error: `${join(dir, 'folder.txt')}: is a directory, not a filing` });
    expect(checkFilingFiles(dir, ['dangling.txt'])).toEqual({ error: `${join(dir, 'dangling.txt')}: is a symbolic link to a file that does not exist` });
  });

  test('a device is refused (a link to /dev/zero named like a filing)', () => {
    const dir = folder();
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    expect(checkFilingFiles(dir, ['zero.txt'])).toEqual({ error: `${join(dir, 'zero.txt')}: is a device, not a regular file` });
  });
});

describe('checkFilingFiles: slugs', () => {
  test.each(['404.txt', 'search.txt', 'index.txt', '_headers.txt', 'pagefind.txt', '_astro.txt', 'Search.TXT'])('%s takes a path the site uses itself', (name) => {
    const dir = folder(name);
    const slug = name.replace(/\.txt$/i, '').toLowerCase();
    expect(checkFilingFiles(dir, [name])).toEqual({
      error: `${join(dir, name)}: its URL slug "${slug}" is a path the site uses itself; rename the file, e.g. to ${slug}-filing.txt`,
    });
  });

  test('the suggested names are free', () => {
    const dir = folder('404-filing.txt', 'search-filing.txt', '_headers-filing.txt');
    expect(checkFilingFiles(dir, ['404-filing.txt', 'search-filing.txt', '_headers-filing.txt'])).toHaveProperty('filings');
  });

  test('two names that make one slug still fail', () => {
    const dir = folder('Annual Report.txt', 'annual-report.txt');
    expect(checkFilingFiles(dir, ['Annual Report.txt', 'annual-report.txt'])).toEqual({
      error: `${join(dir, 'annual-report.txt')}: its URL slug "annual-report" is already taken by Annual Report.txt`,
    });
  });
});

describe('siteRootPaths', () => {
  test('covers every page of src/pages, every entry of public/, and the folders the build writes', () => {
    const paths = siteRootPaths();
    for (const page of readdirSync(join(root, 'src/pages')).filter((n) => !n.startsWith('['))) expect(paths).toContain(page.replace(/\.astro$/, ''));
    for (const name of readdirSync(join(root, 'public'))) expect(paths).toContain(name);
    expect([...paths]).toEqual(expect.arrayContaining(['404', 'index', 'search', '_astro', 'pagefind', '_headers', 'favicon.svg']));
  });

  test("Astro's asset folder is the one the config builds into", () => {
    expect(config.build?.assets ?? '_astro').toBe(ASTRO_ASSETS_DIR);
  });
});
