/** How fast the parser runs: parseFiling in-process (per file, and over a set once warm) and `npm run parse` as a command. */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
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

/** The parser on a whole set of files in one process, timed after the JIT has seen them all. */
export interface WarmThroughput {
  files: number;
  totalBytes: number;
  /** Passes over every file before timing, so the timed passes run optimised code. */
  warmups: number;
  /** Wall time of each timed pass over every file. */
  passesMs: number[];
  /** CPU time (user + system) of each timed pass: less swayed by other processes on a shared machine. */
  passesCpuMs: number[];
  mbPerSecond: number;
  cpuMbPerSecond: number;
}

/** Parses every file `warmups` times, then times `runs` passes over them all; throughput from the median pass. */
export function measureWarmThroughput(paths: readonly string[], runs: number, warmups: number): WarmThroughput {
  const inputs = paths.map((path) => {
    const file = basename(path);
    return { bytes: new Uint8Array(readFileSync(path)), file, slug: slugify(file.replace(/\.txt$/i, '')) };
  });
  const parseAll = (): void => {
    for (const { bytes, file, slug } of inputs) {
      try {
        parseFiling(bytes, file, slug);
      } catch {
        // A file the parser refuses costs what it costs; the per-file table names it.
      }
    }
  };
  for (let i = 0; i < warmups; i++) parseAll();
  const passesMs: number[] = [];
  const passesCpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    parseAll();
    passesMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    passesCpuMs.push((used.user + used.system) / 1000);
  }
  const totalBytes = inputs.reduce((s, f) => s + f.bytes.length, 0);
  return {
    files: inputs.length,
    totalBytes,
    warmups,
    passesMs,
    passesCpuMs,
    mbPerSecond: megabytesPerSecond(totalBytes, median(passesMs)),
    cpuMbPerSecond: megabytesPerSecond(totalBytes, median(passesCpuMs)),
  };
}

/** `npm run parse` on one file, as a user runs it: a new process each time, start-up included. */
export interface CommandThroughput {
  file: string;
  bytes: number;
  /** Wall time of each timed run (after one untimed run that fills Node's compile cache). */
  runsMs: number[];
  medianMs: number;
  mbPerSecond: number;
  /** Exit status of the last run (0 when the file parsed). */
  status: number | null;
}

/** Times `npm run -s parse -- FILE` from the project folder, its Markdown and messages thrown away. */
export function measureParseCommand(projectDir: string, path: string, runs: number): CommandThroughput {
  const bytes = statSync(path).size;
  let status: number | null = null;
  const once = (): number => {
    const start = performance.now();
    const run = spawnSync('npm', ['run', '-s', 'parse', '--', path], { cwd: projectDir, stdio: 'ignore' });
    status = run.status;
    return performance.now() - start;
  };
  once();
  const runsMs = Array.from({ length: runs }, once);
  const medianMs = median(runsMs);
  return { file: basename(path), bytes, runsMs, medianMs, mbPerSecond: megabytesPerSecond(bytes, medianMs), status };
}
