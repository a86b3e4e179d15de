/** How fast parseFiling runs in-process: median of N runs after one warm-up, per file. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseFiling } from '../parser/parse-filing.ts';
import { slugify } from './company-names.ts';
import { median, megabytesPerSecond, timeRuns } from './stats.ts';

/** One file's parse time. */
export interface FileThroughput {
  file: string;
  bytes: number;
  medianMs: number;
  runsMs: number[];
  mbPerSecond: number;
  /** The error's message when the parser refused or failed on the file. */
  error?: string;
}

/** A set of files' parse times and the throughput over all of them. */
export interface Throughput {
  files: FileThroughput[];
  totalBytes: number;
  /** Sum of the per-file medians of the files that parsed. */
  totalMs: number;
  mbPerSecond: number;
  largest: FileThroughput | null;
}

/** Times parseFiling on one file. */
export function timeParse(path: string, runs: number): FileThroughput {
  const bytes = new Uint8Array(readFileSync(path));
  const file = basename(path);
  const slug = slugify(file.replace(/\.txt$/i, ''));
  try {
    const runsMs = timeRuns(() => parseFiling(bytes, file, slug), runs);
    const medianMs = median(runsMs);
    return { file, bytes: bytes.length, medianMs, runsMs, mbPerSecond: megabytesPerSecond(bytes.length, medianMs) };
  } catch (error) {
    return { file, bytes: bytes.length, medianMs: 0, runsMs: [], mbPerSecond: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Times parseFiling on every file, and the throughput over those that parsed. */
export function measureThroughput(paths: readonly string[], runs: number): Throughput {
  const files = paths.map((p) => timeParse(p, runs));
  const ok = files.filter((f) => f.error === undefined);
  const totalBytes = ok.reduce((s, f) => s + f.bytes, 0);
  const totalMs = ok.reduce((s, f) => s + f.medianMs, 0);
  const largest = ok.reduce<FileThroughput | null>((big, f) => (big === null || f.bytes > big.bytes ? f : big), null);
  return { files, totalBytes, totalMs, mbPerSecond: megabytesPerSecond(totalBytes, totalMs), largest };
}
