import { expect, test } from 'vitest';
import { parseTimingsLine, type BuildRun } from '../../scripts/bench/build-run.ts';
import { summarizeBuilds } from '../../scripts/bench/build-series.ts';
import { scalingRatios, type ScalingRow } from '../../scripts/bench/scaling.ts';

const memory = { peakTreeRssKb: 1000, peakProcessHwmKb: 800, cpuMs: 0, peakHwmKbByCommand: { node: 800 }, samples: 3, intervalMs: 100 };
const run = (totalMs: number, parse: number, exitCode = 0): BuildRun => ({
  totalMs,
  timings: { parse, astro: 2 * parse, pagefind: 10, batches: 3, jobs: 2 },
  memory: { ...memory, cpuMs: totalMs / 2 },
  exitCode,
  outputTail: '',
});

test('reads the last timings line of a build', () => {
  const output = 'building\ntimings: parse=1 astro=2 pagefind=3\nagain\ntimings: parse=120 astro=3400.5 pagefind=90 batches=6 jobs=2\n';
  expect(parseTimingsLine(output)).toEqual({ parse: 120, astro: 3400.5, pagefind: 90, batches: 6, jobs: 2 });
  expect(parseTimingsLine('timings: parse=1 astro=2 pagefind=3')).toEqual({ parse: 1, astro: 2, pagefind: 3, batches: null, jobs: null });
  expect(parseTimingsLine('timings: parse=1 astro=2')).toBeNull();
  expect(parseTimingsLine('no figures')).toBeNull();
});

test('a series reports medians, the largest memory, and a failure', () => {
  const s = summarizeBuilds([run(300, 30), run(100, 10), run(200, 20)]);
  expect(s).toMatchObject({ ok: true, runs: 3, totalMs: 200, cpuMs: 100, parseMs: 20, astroMs: 40, pagefindMs: 10, astroBatches: '3 (2 at once)', peakTreeRssKb: 1000, peakHwmKbByCommand: { node: 800 } });
  const failed = summarizeBuilds([{ ...run(50, 5, 1), outputTail: 'boom' }]);
  expect(failed.ok).toBe(false);
  expect(failed.failure).toBe('exit 1: boom');
});

test('scaling ratios compare time per filing: smallest to largest, then each step', () => {
  const row = (filings: number, totalMs: number): ScalingRow => ({
    filings,
    inputBytes: 0,
    build: summarizeBuilds([run(totalMs, totalMs / 2)]),
    outBytes: 0,
    outFiles: 0,
    pagefindBytes: 0,
    msPerFiling: totalMs / filings,
    cpuMsPerFiling: totalMs / 2 / filings,
  });
  const ratios = scalingRatios([row(10, 1000), row(100, 5000), row(1000, 60_000)]);
  expect(ratios.map((r) => [r.from, r.to, r.totalPerFiling])).toEqual([
    [10, 1000, 0.6],
    [10, 100, 0.5],
    [100, 1000, 1.2],
  ]);
  expect(ratios[2]!.parsePerFiling).toBeCloseTo(1.2);
  expect(ratios[2]!.cpuPerFiling).toBeCloseTo(1.2);
  expect(scalingRatios([row(10, 1000), row(100, 5000)]).map((r) => [r.from, r.to])).toEqual([[10, 100]]);
});
