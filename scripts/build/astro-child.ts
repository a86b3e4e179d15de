/**
 * One Astro build in a process of its own: `node scripts/build/astro-child.ts OUT CACHE` (Node strips
 * the types; no TypeScript loader is needed, Vite compiles the site), with the batch named by
 * PR_BUILD_BATCH. Its memory is returned when it exits, before the next batch or Pagefind starts.
 * A failure is one line on stderr and exit code 1.
 */
import module from 'node:module';
import { resolve } from 'node:path';

const [out, cacheDir] = process.argv.slice(2);

if (out === undefined || cacheDir === undefined) {
  console.error('astro-child: usage: astro-child.ts OUT_DIR CACHE_DIR');
  process.exitCode = 1;
} else {
  // Compiled code of Astro, Vite and the rest is kept on disk for the next batch and the next build, as Astro's own CLI does.
  module.enableCompileCache?.();
  const { build } = await import('astro');
  // The parent gives every batch a fresh cache directory, so no filing from an earlier build can linger.
  await build({ root: resolve('.'), outDir: resolve(out), cacheDir: resolve(cacheDir), logLevel: 'warn' }).catch((error: unknown) => {
    // Astro's messages carry Markdown emphasis ("**sections → acme/01-x** data does not match").
    console.error((error instanceof Error ? error.message.split('\n')[0]! : String(error)).replaceAll('**', ''));
    process.exitCode = 1;
  });
}
