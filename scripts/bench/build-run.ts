/**
 * Runs the site build (scripts/build-main.ts, what `npm run build` runs) as a child process, as a user would,
 * and reads back its own split of the time and the peak memory of its tree.
 */
import { spawn } from 'node:child_process';
import { sampleTreeMemory, type TreeMemoryPeak } from './process-tree-sampler.ts';

/** The split the build prints on its last line: `timings: parse=<ms> astro=<ms> pagefind=<ms> batches=<n> jobs=<n>`. */
export interface BuildTimings {
  parse: number;
  astro: number;
  pagefind: number;
  /** Astro batches, and how many ran at once; null from a build that did not say. */
  batches: number | null;
  jobs: number | null;
}

/** One build, measured. */
export interface BuildRun {
  /** Wall time of the whole child process, start to exit. */
  totalMs: number;
  /** The build's own split, or null when it printed none. */
  timings: BuildTimings | null;
  memory: TreeMemoryPeak;
  exitCode: number | null;
  /** The last lines of its output, to say why when it failed. */
  outputTail: string;
}

/** Finds the last `timings:` line in a build's output and reads its figures. */
export function parseTimingsLine(output: string): BuildTimings | null {
  const lines = output.split('\n').filter((l) => /^\s*timings:/.test(l));
  const last = lines[lines.length - 1];
  if (!last) return null;
  const figure = (name: string): number | null => {
    const m = new RegExp(`\\b${name}=(\\d+(?:\\.\\d+)?)`).exec(last);
    return m ? Number(m[1]) : null;
  };
  const parse = figure('parse');
  const astro = figure('astro');
  const pagefind = figure('pagefind');
  return parse === null || astro === null || pagefind === null ? null : { parse, astro, pagefind, batches: figure('batches'), jobs: figure('jobs') };
}

/** Builds the site for the filings in `filingsDir` into `outDir` (with more build options, such as `--shard 1/4`) and measures it. */
export function runBuild(projectDir: string, filingsDir: string, outDir: string, extra: readonly string[] = []): Promise<BuildRun> {
  return runScript(projectDir, ['scripts/build-main.ts', '--filings', filingsDir, '--out', outDir, ...extra]);
}

/** Runs one of the project's scripts (`scripts/build-main.ts ...`, `scripts/merge.ts ...`) as a child process and measures it. */
export function runScript(projectDir: string, args: readonly string[]): Promise<BuildRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    // As `npm run build` and `npm run merge` run them (Node's own type stripping), without npm's start-up in the figure.
    const child = spawn(process.execPath, [...args], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const stop = sampleTreeMemory(child.pid ?? -1);
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      // Only the tail matters; a 1,000-filing build can print a lot.
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const totalMs = performance.now() - start;
      resolve({
        totalMs,
        timings: parseTimingsLine(output),
        memory: stop(),
        exitCode: code,
        outputTail: output.split('\n').slice(-15).join('\n'),
      });
    });
  });
}
