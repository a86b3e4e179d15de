/**
 * One Astro build in a process of its own: `node scripts/build/astro-child.ts OUT CACHE [--wait]` (Node
 * strips the types; no TypeScript loader is needed, Vite compiles the site), with the batch named by
 * PR_BUILD_BATCH. Its memory is returned when it exits, before the next batch or Pagefind starts.
 * With `--wait` it loads Astro first (about a second of module loading, while the build parses the
 * filings) and then reads the batch's file name on stdin: nothing before stdin closes means no build.
 * A failure is one line on stderr and exit code 1.
 */
import module from 'node:module';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BATCH_ENV } from './batches.ts';

const [out, cacheDir, wait] = process.argv.slice(2);

/** Everything written on stdin until it closes. */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin.setEncoding('utf8')) text += chunk;
  return text;
}

if (out === undefined || cacheDir === undefined || (wait !== undefined && wait !== '--wait')) {
  console.error('astro-child: usage: astro-child.ts OUT_DIR CACHE_DIR [--wait]');
  process.exitCode = 1;
} else {
  // Compiled code of Astro, Vite and the rest is kept on disk for the next batch and the next build, as Astro's own CLI does.
  module.enableCompileCache?.();
  const { build } = await import('astro');
  const batch = wait === undefined ? process.env[BATCH_ENV] : await readStdin();
  if (batch !== '') {
    if (batch !== undefined) process.env[BATCH_ENV] = resolve(batch);
    const root = resolve('.');
    const outDir = resolve(out);
    // Astro writes its prerender chunks (which import packages, so they must sit inside the project) to
    // <outDir>/.prerender when outDir lies under the working folder, else to <cwd>/.astro/.prerender, which two
    // batches at once then shared: one removed the other's chunks ("Cannot find module …/.prerender/chunks/…").
    // Each batch works from a folder of its own inside the project; every other path is given whole or read from the root.
    const work = join(root, '.astro', `batch-${process.pid}`);
    mkdirSync(work, { recursive: true });
    process.chdir(work);
    // The parent gives every batch a fresh cache directory, so no filing from an earlier build can linger.
    await build({ root, outDir, cacheDir: resolve(root, cacheDir), logLevel: 'warn' }).catch((error: unknown) => {
      // Astro's messages carry Markdown emphasis ("**sections → acme/01-x** data does not match").
      console.error((error instanceof Error ? error.message.split('\n')[0]! : String(error)).replaceAll('**', ''));
      process.exitCode = 1;
    });
    process.chdir(root);
    rmSync(work, { recursive: true, force: true });
  }
}
