/** Repeated builds of one set of filings, reduced to medians. */
import { rmSync } from 'node:fs';
import { runBuild, type BuildRun, type BuildTimings } from './build-run.ts';
import { median } from './stats.ts';

/** Medians over the runs of one build (the memory figures are the largest seen). */
export interface BuildSeries {
  runs: number;
  ok: boolean;
  totalMs: number;
  /** User + system CPU time of the build's process tree: less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  parseMs: number | null;
  astroMs: number | null;
  pagefindMs: number | null;
  /** Astro batches of the first run, e.g. "6 (2 at once)"; null when the build did not say. */
  astroBatches: string | null;
  peakTreeRssKb: number;
  peakProcessHwmKb: number;
  /** Largest VmHWM per command name over the runs. */
  peakHwmKbByCommand: Record<string, number>;
  /** Every run as measured. */
  raw: BuildRun[];
  /** Why the build failed, from its output, when it did. */
  failure?: string;
}

/** The largest value per key over several records. */
function mergePeaks(records: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const record of records) for (const [key, value] of Object.entries(record)) out[key] = Math.max(out[key] ?? 0, value);
  return out;
}

/** "6 (2 at once)", "1", or null when the build did not print its batches. */
function describeBatches(timings: BuildTimings | undefined): string | null {
  if (timings?.batches == null) return null;
  return timings.jobs != null && timings.jobs > 1 ? `${timings.batches} (${timings.jobs} at once)` : String(timings.batches);
}

/** Reduces measured runs to medians; a series with a failed run is reported as failed. */
export function summarizeBuilds(raw: BuildRun[]): BuildSeries {
  const failed = raw.find((r) => r.exitCode !== 0);
  const split = raw.map((r) => r.timings).filter((t) => t !== null);
  const splitMedian = (key: 'parse' | 'astro' | 'pagefind'): number | null => (split.length === raw.length && split.length > 0 ? median(split.map((t) => t[key])) : null);
  return {
    runs: raw.length,
    ok: failed === undefined,
    totalMs: median(raw.map((r) => r.totalMs)),
    cpuMs: median(raw.map((r) => r.memory.cpuMs)),
    parseMs: splitMedian('parse'),
    astroMs: splitMedian('astro'),
    pagefindMs: splitMedian('pagefind'),
    astroBatches: describeBatches(split[0]),
    peakTreeRssKb: Math.max(...raw.map((r) => r.memory.peakTreeRssKb)),
    peakProcessHwmKb: Math.max(...raw.map((r) => r.memory.peakProcessHwmKb)),
    peakHwmKbByCommand: mergePeaks(raw.map((r) => r.memory.peakHwmKbByCommand)),
    raw,
    ...(failed ? { failure: `exit ${failed.exitCode}: ${failed.outputTail}` } : {}),
  };
}

/** Builds `filingsDir` into `outDir` `runs` times (clearing the out dir before each) and stops early on a failure. */
export async function buildSeries(projectDir: string, filingsDir: string, outDir: string, runs: number, log: (line: string) => void): Promise<BuildSeries> {
  const raw: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(outDir, { recursive: true, force: true });
    const run = await runBuild(projectDir, filingsDir, outDir);
    raw.push(run);
    log(`    run ${i + 1}/${runs}: ${Math.round(run.totalMs)} ms (cpu ${Math.round(run.memory.cpuMs)} ms), exit ${run.exitCode}${run.timings ? `, parse=${run.timings.parse} astro=${run.timings.astro} pagefind=${run.timings.pagefind} batches=${run.timings.batches ?? '?'}` : ', no timings line'}`);
    if (run.exitCode !== 0) break;
  }
  return summarizeBuilds(raw);
}
