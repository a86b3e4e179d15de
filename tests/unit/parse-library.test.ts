import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIN_BYTES_PER_PARSE_THREAD, parseFilings, parseThreads } from '../../scripts/build/parse-library.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'parse-library-'));

/** A small filing of two printed pages. */
const filing = (company: string): string =>
  [`${company} PROSPECTUS`, '', `${company} sells shares of its common stock.`, '', '                                   1', '<PAGE>', 'RISK FACTORS', '', `Shares of ${company} may lose value.`, '', '                                   2', ''].join('\n');

function filingsDir(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Every file under `dir` with its bytes, by relative path. */
function tree(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'latin1')]));
}

describe('parsing the filings on worker threads', () => {
  test('several threads log each filing in order and write the same files as one thread', async () => {
    const dir = filingsDir('good', { 'a.txt': filing('Acme'), 'b.txt': filing('Bolt'), 'c.txt': filing('Cogs'), 'd.txt': filing('Dyno') });
    const runs = await Promise.all([1, 3].map(async (jobs) => {
      const log: string[] = [];
      const generated = path.join(tmp, `good-${jobs}`);
      const result = await parseFilings(dir, (line) => log.push(line), null, { jobs, generated, bytesPerThread: 1 });
      return { log, result, files: tree(generated) };
    }));
    const [one, three] = runs;
    expect(one!.result.ok && one!.result.filings.map((f) => f.slug)).toEqual(['a', 'b', 'c', 'd']);
    expect(one!.log.filter((line) => !line.startsWith('  ')).map((line) => line.split(':')[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(three!.log).toEqual(one!.log);
    expect(three!.result).toEqual(one!.result);
    expect(three!.files).toEqual(one!.files);
  });

  test('the filing and each printed page as filed are written to be served beside the filing\'s pages', async () => {
    const dir = filingsDir('pages', { 'acme.txt': filing('Acme') });
    const generated = path.join(tmp, 'pages-out');
    expect((await parseFilings(dir, () => {}, null, { jobs: 2, generated })).ok).toBe(true);
    const site = path.join(generated, 'acme', 'site');
    expect(readFileSync(path.join(site, 'original.txt'), 'latin1')).toBe(filing('Acme'));
    expect(readFileSync(path.join(site, 'page', '2', 'original.txt'), 'latin1')).toBe('RISK FACTORS\n\nShares of Acme may lose value.\n\n                                   2\n');
  });

  test('the first bad filing in order stops the build with its one line; the filings before it are logged', async () => {
    const dir = filingsDir('bad', { 'a.txt': filing('Acme'), 'b.txt': '', 'c.txt': filing('Cogs'), 'd.txt': '<PAGE>\n<PAGE>\n' });
    const log: string[] = [];
    const result = await parseFilings(dir, (line) => log.push(line), null, { jobs: 3, generated: path.join(tmp, 'bad-out'), bytesPerThread: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/bad\/b\.txt: [^\n]+$/);
    expect(log.filter((line) => !line.startsWith('  ')).map((line) => line.split(':')[0])).toEqual(['a']);
  });

  test('another thread only for enough to parse: never more than the jobs, the filings, or one per MIN_BYTES_PER_PARSE_THREAD', () => {
    const big = MIN_BYTES_PER_PARSE_THREAD;
    expect(parseThreads([100], 4)).toBe(1);
    expect(parseThreads([100, 200, 300], 4)).toBe(1);
    expect(parseThreads([big, big, big], 2)).toBe(2);
    expect(parseThreads([big, big, big], 8)).toBe(3);
    expect(parseThreads([4 * big], 8)).toBe(1);
    expect(parseThreads([big, big / 2], 8)).toBe(1);
    expect(parseThreads([], 2)).toBe(1);
  });
});
