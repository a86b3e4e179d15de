/**
 * `npm run build -- [--filings DIR] [--out DIR]`: filings to a static site.
 * Parse every filing, build the Astro site, index it with Pagefind, write _headers.
 * Failures print one sentence to stderr and set the exit code; never a stack.
 */
import { astroBuild } from './build/astro-build.ts';
import { writeHeadersFile } from './build/headers-file.ts';
import { parseBuildOptions } from './build/options.ts';
import { pagefindIndex } from './build/pagefind-index.ts';
import { parseFilings } from './build/parse-filings.ts';
import { timed } from './build/timed.ts';

async function main(): Promise<number> {
  const options = parseBuildOptions(process.argv.slice(2));
  if ('error' in options) return fail(options.error);

  const parse = await timed(() => parseFilings(options.filings, (line) => console.log(line)));
  if (!parse.result.ok) return fail(parse.result.error);
  console.log(`parse: ${parse.result.count} filings in ${parse.ms} ms`);

  const astro = await timed(() => astroBuild(options.out));
  console.log(`astro: ${astro.ms} ms`);

  const search = await timed(() => pagefindIndex(options.out));
  if (search.result.length > 0) return fail(`pagefind: ${search.result.join('; ')}`);
  console.log(`pagefind: ${search.ms} ms`);

  writeHeadersFile(options.out);
  console.log(`timings: parse=${parse.ms} astro=${astro.ms} pagefind=${search.ms}`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Astro and Pagefind errors are reported in one line too, without a stack.
    console.error(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  },
);
