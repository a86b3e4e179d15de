/**
 * `npm run build -- [--filings DIR] [--out DIR] [--batch-mb N] [--jobs N]`: filings to a static site.
 * Parse every filing, build the Astro site in batches of filings, put the tables' CSV files beside their pages,
 * index it with Pagefind, write _headers.
 * Failures print one sentence to stderr and set the exit code; never a stack.
 */
import { buildBatches } from './build/astro-batches.ts';
import { planBatches } from './build/batches.ts';
import { writeHeadersFile } from './build/headers-file.ts';
import { parseBuildOptions } from './build/options.ts';
import { pagefindIndex } from './build/pagefind-index.ts';
import { generatedDir, parseFilings } from './build/parse-filings.ts';
import { copyTableFiles } from './build/table-files.ts';
import { timed } from './build/timed.ts';

async function main(): Promise<number> {
  const options = parseBuildOptions(process.argv.slice(2));
  if ('error' in options) return fail(options.error);

  const parse = await timed(() => parseFilings(options.filings, (line) => console.log(line)));
  if (!parse.result.ok) return fail(parse.result.error);
  const { filings } = parse.result;
  console.log(`parse: ${filings.length} filings in ${parse.ms} ms`);

  const batches = planBatches(filings, options.batchBytes);
  const jobs = Math.min(options.jobs, batches.length);
  const astro = await timed(() => buildBatches(batches, options.out, jobs));
  if (astro.result !== null) return fail(`astro: ${astro.result}`);
  console.log(`astro: ${astro.ms} ms (${batches.length} ${batches.length === 1 ? 'batch' : 'batches'})`);

  const csvFiles = copyTableFiles(generatedDir, options.out);
  const sums = parse.result.sums;
  console.log(`tables: ${csvFiles} CSV files; sums: ${sums.checked} checked, ${sums.failed} not adding up`);

  const search = await timed(() => pagefindIndex(options.out));
  if (search.result.length > 0) return fail(`pagefind: ${search.result.join('; ')}`);
  console.log(`pagefind: ${search.ms} ms`);

  writeHeadersFile(options.out);
  console.log(`timings: parse=${parse.ms} astro=${astro.ms} pagefind=${search.ms} batches=${batches.length} jobs=${jobs}`);
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
