import { expect, test } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/bench-args.ts';
import { cpuRuns, growthRatio } from '../../scripts/bench/hostile-growth.ts';
import { hostileTable } from '../../scripts/bench/report.ts';
import { median, megabytesPerSecond, timeRuns } from '../../scripts/bench/stats.ts';
import { formatBytes, formatMs, formatTable } from '../../scripts/bench/table-printer.ts';

test('median of odd and even counts, and none of an empty list', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(() => median([])).toThrow(RangeError);
});

test('timeRuns warms up once, then times each run', () => {
  let calls = 0;
  const times = timeRuns(() => void calls++, 3);
  expect(calls).toBe(4);
  expect(times).toHaveLength(3);
  expect(times.every((t) => t >= 0)).toBe(true);
});

test('cpuRuns warms up once, then measures each run\'s CPU time', () => {
  let calls = 0;
  const times = cpuRuns(() => void calls++, 3);
  expect(calls).toBe(4);
  expect(times).toHaveLength(3);
  expect(times.every((t) => t >= 0)).toBe(true);
});

test('throughput is decimal megabytes per second', () => {
  expect(megabytesPerSecond(2_000_000, 500)).toBe(4);
});

test('options: defaults, each flag, and a sentence for a bad one', () => {
  expect(parseBenchArgs([])).toEqual({ runs: 3, sizes: [10, 100, 1000], json: 'bench-results/latest.json', largeRuns: 1, hostileOnly: false, starlightOnly: false, scalingOnly: false, shards: 4 });
  expect(parseBenchArgs(['--hostile-only', '--runs', '1'])).toMatchObject({ runs: 1, hostileOnly: true });
  expect(parseBenchArgs(['--runs', '5', '--sizes', '100,10', '--json', 'x.json'])).toMatchObject({ runs: 5, sizes: [10, 100], json: 'x.json' });
  expect(parseBenchArgs(['--scaling-only', '--shards', '0'])).toMatchObject({ scalingOnly: true, shards: 0 });
  expect(parseBenchArgs(['--shards', '-1'])).toEqual({ error: '--shards needs a whole number (0 for no shard build), got "-1"' });
  expect(parseBenchArgs(['--runs', 'two'])).toEqual({ error: '--runs needs a positive whole number, got "two"' });
  expect(parseBenchArgs(['--sizes', '10,,x'])).toHaveProperty('error');
  expect(parseBenchArgs(['--fast'])).toHaveProperty('error');
});

test('a table lines up text left and figures right', () => {
  const out = formatTable({ title: 'T', columns: ['name', 'time'], rows: [['seed', '12 ms'], ['corpus', '1500 ms']], notes: ['median'] });
  expect(out.split('\n')).toEqual(['T', 'name       time', '------  -------', 'seed      12 ms', 'corpus  1500 ms', '  median']);
  expect(formatBytes(999)).toBe('999 B');
  expect(formatBytes(12_345)).toBe('12.3 KB');
  expect(formatBytes(4_560_000)).toBe('4.56 MB');
  expect(formatMs(850.4)).toBe('850 ms');
  expect(formatMs(12_400)).toBe('12.4 s');
});

test('growth ratio: time ratio over input ratio, 1 for linear, and the table flags a family over the target', () => {
  expect(growthRatio([1000, 4000], [10, 40])).toBe(1);
  expect(growthRatio([1000, 4000], [10, 160])).toBe(4);
  const table = hostileTable(
    [
      { name: 'linear', unit: 'row', sizes: [10, 40], bytes: [1000, 4000], medianMs: [10, 41], growth: 1.025 },
      { name: 'quadratic', unit: 'row', sizes: [10, 40], bytes: [1000, 4000], medianMs: [10, 160], growth: 4 },
    ],
    3,
  );
  expect(table.rows.map((r) => r[5])).toEqual(['1.02', '4.00 OVER']);
});
