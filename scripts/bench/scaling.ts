/** The scaling benchmark: synthetic libraries of growing size, built and measured. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeries, type BuildSeries } from './build-series.ts';
import { dirSize, fileCount } from './dir-size.ts';
import { writeSyntheticLibrary } from './synthetic-library.ts';
import type { SourceFiling } from './synthetic-filing.ts';

/** One library size, measured. */
export interface ScalingRow {
  filings: number;
  inputBytes: number;
  build: BuildSeries;
  outBytes: number;
  outFiles: number;
  pagefindBytes: number;
  /** Median total build time divided by the number of filings. */
  msPerFiling: number;
  /** Median CPU time of the build divided by the number of filings. */
  cpuMsPerFiling: number;
}

/** How time per filing grows between two library sizes (1.0 = perfectly linear). */
export interface ScalingRatio {
  from: number;
  to: number;
  /** (total ms per filing at `to`) / (total ms per filing at `from`). */
  totalPerFiling: number;
  /** The same for the build's CPU time (user + system of its process tree). */
  cpuPerFiling: number;
  /** The same for the parse step alone, when both builds printed it. */
  parsePerFiling: number | null;
  astroPerFiling: number | null;
  pagefindPerFiling: number | null;
}

/** Per-filing time ratios: smallest to largest, and each size to the next. */
export function scalingRatios(rows: readonly ScalingRow[]): ScalingRatio[] {
  const ok = rows.filter((r) => r.build.ok).sort((a, b) => a.filings - b.filings);
  const ratio = (a: ScalingRow, b: ScalingRow): ScalingRatio => {
    const per = (value: number | null, row: ScalingRow): number | null => (value === null ? null : value / row.filings);
    const step = (key: 'parseMs' | 'astroMs' | 'pagefindMs'): number | null => {
      const x = per(a.build[key], a);
      const y = per(b.build[key], b);
      return x === null || y === null || x === 0 ? null : y / x;
    };
    return { from: a.filings, to: b.filings, totalPerFiling: b.msPerFiling / a.msPerFiling, cpuPerFiling: b.cpuMsPerFiling / a.cpuMsPerFiling, parsePerFiling: step('parseMs'), astroPerFiling: step('astroMs'), pagefindPerFiling: step('pagefindMs') };
  };
  const pairs: ScalingRatio[] = [];
  if (ok.length >= 2) pairs.push(ratio(ok[0]!, ok[ok.length - 1]!));
  for (let i = 1; i < ok.length; i++) {
    if (i === ok.length - 1 && ok.length === 2) break;
    pairs.push(ratio(ok[i - 1]!, ok[i]!));
  }
  return pairs;
}

/** Generates a library of `filings` filings under `workDir`, builds it `runs` times into `outRoot` and measures the output. */
export async function measureScaling(
  projectDir: string,
  outRoot: string,
  workDir: string,
  sources: readonly SourceFiling[],
  filings: number,
  runs: number,
  log: (line: string) => void,
): Promise<ScalingRow> {
  const filingsDir = join(workDir, `library-${filings}`);
  const outDir = join(outRoot, `library-${filings}`);
  rmSync(filingsDir, { recursive: true, force: true });
  const inputBytes = writeSyntheticLibrary(sources, filings, filingsDir);
  log(`  ${filings} synthetic filings (${inputBytes} bytes), ${runs} run(s)`);
  const build = await buildSeries(projectDir, filingsDir, outDir, runs, log);
  const row: ScalingRow = {
    filings,
    inputBytes,
    build,
    outBytes: dirSize(outDir),
    outFiles: fileCount(outDir),
    pagefindBytes: dirSize(join(outDir, 'pagefind')),
    msPerFiling: build.totalMs / filings,
    cpuMsPerFiling: build.cpuMs / filings,
  };
  rmSync(filingsDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  return row;
}
