/** Step 2: Astro builds the site batch by batch, each batch in a child process, and the batches' output is merged into one site. */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_ENV } from './batches.ts';
import { mergeOutput } from './merge-output.ts';

const child = fileURLToPath(new URL('./astro-child.ts', import.meta.url));

/**
 * Builds every batch, `jobs` at a time, into `<out>/.batches/<k>`, merges each into `out`
 * as it finishes, and removes the staging directory. Returns an error sentence, or null.
 */
export async function buildBatches(batches: readonly string[][], out: string, jobs: number): Promise<string | null> {
  rmSync(out, { recursive: true, force: true });
  const staging = join(out, '.batches');
  mkdirSync(staging, { recursive: true });
  let next = 0;
  let failure: string | null = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < batches.length) {
      const k = next++;
      const slugsFile = join(staging, `${k}.json`);
      writeFileSync(slugsFile, JSON.stringify(batches[k]));
      const error = await runChild(join(staging, String(k)), join(staging, `cache-${k}`), slugsFile);
      if (error !== null) failure ??= batches.length === 1 ? error : `batch ${k + 1} of ${batches.length}: ${error}`;
      else mergeOutput(join(staging, String(k)), out);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  if (failure === null) rmSync(staging, { recursive: true, force: true });
  return failure;
}

/** Runs one Astro build; resolves to its last line on stderr when it fails, else null. Its warnings pass through. */
function runChild(outDir: string, cacheDir: string, slugsFile: string): Promise<string | null> {
  return new Promise((resolvePromise) => {
    const proc = spawn(process.execPath, [child, outDir, cacheDir], {
      env: { ...process.env, [BATCH_ENV]: slugsFile },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
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
