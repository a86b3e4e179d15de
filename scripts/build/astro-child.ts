/**
 * One Astro build in a process of its own: `node --import tsx scripts/build/astro-child.ts OUT CACHE`,
 * with the batch named by PR_BUILD_BATCH. Its memory is returned when it exits, before the next
 * batch or Pagefind starts. A failure is one line on stderr and exit code 1.
 */
import { resolve } from 'node:path';
import { build } from 'astro';

const [out, cacheDir] = process.argv.slice(2);

if (out === undefined || cacheDir === undefined) {
  console.error('astro-child: usage: astro-child.ts OUT_DIR CACHE_DIR');
  process.exitCode = 1;
} else {
  // The parent gives every batch a fresh cache directory, so no filing from an earlier build can linger.
  build({ root: resolve('.'), outDir: resolve(out), cacheDir: resolve(cacheDir), logLevel: 'warn' }).catch((error: unknown) => {
    // Astro's messages carry Markdown emphasis ("**sections → acme/01-x** data does not match").
    console.error((error instanceof Error ? error.message.split('\n')[0]! : String(error)).replaceAll('**', ''));
    process.exitCode = 1;
  });
}
