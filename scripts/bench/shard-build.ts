/**
 * The shard benchmark: one synthetic library built as N shards (`npm run build -- --shard K/N`, one
 * after another, as N machines of a CI matrix would each build one) and joined by `npm run merge`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, runScript, type BuildRun } from './build-run.ts';
import { dirSize, fileCount } from './dir-size.ts';
import type { SourceFiling } from './synthetic-filing.ts';
import { writeSyntheticLibrary } from './synthetic-library.ts';
import { formatBytes, formatMs, type TextTable } from './table-printer.ts';

/** A library built as shards and merged. */
export interface ShardBuild {
  filings: number;
  shards: number;
  ok: boolean;
  /** Every shard's build, in shard order. */
  shardRuns: BuildRun[];
  merge: BuildRun | null;
  /** Sum of the shard builds and the merge: the work done on one machine. */
  totalMs: number;
  slowestShardMs: number;
  mergeMs: number;
  /** Slowest shard plus merge: the wall time with one machine per shard. */
  parallelMs: number;
  /** Largest peak tree RSS of any shard build or of the merge. */
  peakTreeRssKb: number;
  outBytes: number;
  outFiles: number;
  failure?: string;
}

/** Generates `filings` synthetic filings, builds them as `shards` shards and merges them; measures each step. */
export async function measureShardBuild(
  projectDir: string,
  outRoot: string,
  workDir: string,
  sources: readonly SourceFiling[],
  filings: number,
  shards: number,
  log: (line: string) => void,
): Promise<ShardBuild> {
  const filingsDir = join(workDir, `shard-library-${filings}`);
  const shardDirs = Array.from({ length: shards }, (_, i) => join(outRoot, `shard-${i + 1}-of-${shards}`));
  const outDir = join(outRoot, `merged-${filings}`);
  for (const dir of [filingsDir, outDir, ...shardDirs]) rmSync(dir, { recursive: true, force: true });
  writeSyntheticLibrary(sources, filings, filingsDir);
  log(`  ${filings} synthetic filings as ${shards} shards`);
  const shardRuns: BuildRun[] = [];
  let failure: string | undefined;
  for (const [i, dir] of shardDirs.entries()) {
    // One at a time: the shards of one checkout share its content/generated, as machines would not.
    const run = await runBuild(projectDir, filingsDir, dir, ['--shard', `${i + 1}/${shards}`]);
    shardRuns.push(run);
    log(`    shard ${i + 1}/${shards}: ${Math.round(run.totalMs)} ms, peak ${Math.round(run.memory.peakTreeRssKb / 1024)} MiB, exit ${run.exitCode}`);
    if (run.exitCode !== 0) {
      failure = `shard ${i + 1}: ${run.outputTail}`;
      break;
    }
  }
  let merge: BuildRun | null = null;
  if (failure === undefined) {
    merge = await runScript(projectDir, ['scripts/merge.ts', outDir, ...shardDirs]);
    log(`    merge: ${Math.round(merge.totalMs)} ms, exit ${merge.exitCode}`);
    if (merge.exitCode !== 0) failure = `merge: ${merge.outputTail}`;
  }
  const shardMs = shardRuns.map((r) => r.totalMs);
  const slowestShardMs = Math.max(0, ...shardMs);
  const mergeMs = merge?.totalMs ?? 0;
  const result: ShardBuild = {
    filings,
    shards,
    ok: failure === undefined,
    shardRuns,
    merge,
    totalMs: shardMs.reduce((a, b) => a + b, 0) + mergeMs,
    slowestShardMs,
    mergeMs,
    parallelMs: slowestShardMs + mergeMs,
    peakTreeRssKb: Math.max(0, ...[...shardRuns, ...(merge ? [merge] : [])].map((r) => r.memory.peakTreeRssKb)),
    outBytes: failure === undefined ? dirSize(outDir) : 0,
    outFiles: failure === undefined ? fileCount(outDir) : 0,
    ...(failure === undefined ? {} : { failure }),
  };
  for (const dir of [filingsDir, outDir, ...shardDirs]) rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The shard build as a table: each shard, the merge, and the totals. */
export function shardTable(build: ShardBuild): TextTable {
  const mib = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;
  const split = (run: BuildRun): string => (run.timings ? `parse ${formatMs(run.timings.parse)}, astro ${formatMs(run.timings.astro)}, pagefind ${formatMs(run.timings.pagefind)}` : '');
  return {
    title: `Shards: ${build.filings} synthetic filings as ${build.shards} shards, then merged${build.ok ? '' : ' (FAILED)'}`,
    columns: ['step', 'wall', 'cpu', 'split', 'peak tree RSS'],
    rows: [
      ...build.shardRuns.map((run, i) => [`shard ${i + 1}/${build.shards}`, formatMs(run.totalMs), formatMs(run.memory.cpuMs), split(run), mib(run.memory.peakTreeRssKb)]),
      ...(build.merge ? [['merge', formatMs(build.merge.totalMs), formatMs(build.merge.memory.cpuMs), '', mib(build.merge.memory.peakTreeRssKb)]] : []),
      ['all shards and the merge, one after another', formatMs(build.totalMs), '', `${formatMs(build.totalMs / build.filings)} a filing`, mib(build.peakTreeRssKb)],
      [`slowest shard + merge (one machine per shard)`, formatMs(build.parallelMs), '', `slowest shard ${formatMs(build.slowestShardMs)}, merge ${formatMs(build.mergeMs)}`, ''],
    ],
    notes: [
      `merged site: ${formatBytes(build.outBytes)} in ${build.outFiles} files`,
      ...(build.failure ? [`failed: ${build.failure.split('\n').slice(-4).join(' | ')}`] : []),
    ],
  };
}
