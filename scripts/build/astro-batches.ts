/** Step 2: Astro builds the site batch by batch, each batch in a child process, and the batches' output is merged into one site. */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_ENV } from './batches.ts';
import { mergeOutput } from './merge-output.ts';

const child = fileURLToPath(new URL('./astro-child.ts', import.meta.url));

/** Where batch `k` is built, inside the output directory (so merging is renaming). */
const stagingDir = (out: string): string => join(out, '.batches');
const batchOut = (out: string, k: number): string => join(stagingDir(out), String(k));
const batchCache = (out: string, k: number): string => join(stagingDir(out), `cache-${k}`);

/**
 * The first batch's Astro process, started before its filings are known so that loading Astro
 * overlaps the parse: `start` hands it its batch, `cancel` stops it if it has none.
 */
export interface EarlyAstro {
  start(slugsFile: string): Promise<string | null>;
  cancel(): void;
}

/** Starts the Astro process of the first batch of a build into `out`; it waits for its batch. */
export function startFirstBatch(out: string): EarlyAstro {
  const proc = spawnChild([batchOut(out, 0), batchCache(out, 0), '--wait'], process.env, 'pipe');
  const result = childResult(proc);
  // A child that failed to start has no stdin to write to: its result says why.
  proc.stdin?.on('error', () => {});
  let started = false;
  return {
    start(slugsFile) {
      started = true;
      proc.stdin?.end(slugsFile);
      return result;
    },
    cancel() {
      // Not needed after all: it has built nothing, so it is simply stopped.
      if (!started) proc.kill();
      started = true;
    },
  };
}

/**
 * Builds every batch, `jobs` at a time, into `<out>/.batches/<k>`, merges each into `out`
 * as it finishes, and removes the staging directory. The first batch goes to `early` when given.
 * Returns an error sentence, or null.
 */
export async function buildBatches(batches: readonly string[][], out: string, jobs: number, early?: EarlyAstro): Promise<string | null> {
  rmSync(out, { recursive: true, force: true });
  const staging = stagingDir(out);
  mkdirSync(staging, { recursive: true });
  let next = 0;
  let failure: string | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < batches.length) {
      const k = next++;
      const slugsFile = join(staging, `${k}.json`);
      writeFileSync(slugsFile, JSON.stringify(batches[k]));
      const error = await (k === 0 && early !== undefined ? early.start(slugsFile) : runChild(batchOut(out, k), batchCache(out, k), slugsFile));
      if (error !== null) failure ??= batches.length === 1 ? error : `batch ${k + 1} of ${batches.length}: ${error}`;
      else mergeOutput(batchOut(out, k), out);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  // A first batch never reached (no batch at all) is ended without a build.
  early?.cancel();
  if (failure === null) rmSync(staging, { recursive: true, force: true });
  return failure;
}

/** Runs one Astro build; resolves to its last line on stderr when it fails, else null. Its warnings pass through. */
function runChild(outDir: string, cacheDir: string, slugsFile: string): Promise<string | null> {
  return childResult(spawnChild([outDir, cacheDir], { ...process.env, [BATCH_ENV]: slugsFile }, 'ignore'));
}

function spawnChild(args: string[], env: NodeJS.ProcessEnv, stdin: 'pipe' | 'ignore') {
  return spawn(process.execPath, [child, ...args], { env, stdio: [stdin, 'inherit', 'pipe'] });
}

/** Resolves to the child's last line on stderr when it fails, else null; its other lines (warnings) pass through. */
function childResult(proc: ReturnType<typeof spawnChild>): Promise<string | null> {
  return new Promise((resolvePromise) => {
    let stderr = '';
    proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    proc.on('error', (error) => resolvePromise(`cannot start Astro: ${error.message}`));
    proc.on('close', (code) => {
      const lines = stderr.split('\n').filter((line) => line.trim() !== '');
      // The error sentence is reported by the caller; everything before it (warnings) is passed on.
      const reported = code === 0 ? null : (lines.pop() ?? `Astro exited with code ${code}`);
      for (const line of lines) console.error(line);
      resolvePromise(reported);
    });
  });
}
