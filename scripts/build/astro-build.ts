/** Step 2: the Astro build of the generated content into the output directory. */
import { resolve } from 'node:path';
import { build } from 'astro';

/** Builds the site into `out`; `force` drops Astro's content cache so a filing removed since the last build is gone. */
export async function astroBuild(out: string): Promise<void> {
  await build({ root: resolve('.'), outDir: resolve(out), logLevel: 'warn', force: true });
}
