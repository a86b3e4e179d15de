/**
 * `npm run build -- [--filings DIR] [--out DIR] [--batch-mb N] [--jobs N] [--index-mb N] [--shard K/N]`: filings to a static site.
 * Parse every filing (or the shard's share, several at once on worker threads), build the Astro site in batches
 * of filings, put the files served as they are (the original text, each printed page as filed, the tables' CSV files) beside their pages, index it with Pagefind in groups of filings, write _headers (and, for a shard,
 * what `npm run merge` needs).
 * Failures print one sentence to stderr and set the exit code; never a stack.
 */
import { buildBatches, startFirstBatch, type EarlyAstro } from './build/astro-batches.ts';
import { planBatches } from './build/batches.ts';
import { writeHeadersFile } from './build/headers-file.ts';
import { parseBuildOptions, type BuildOptions } from './build/options.ts';
import { pagefindIndexes } from './build/pagefind-index.ts';
import { parseFilings } from './build/parse-library.ts';
import { generatedDir } from './build/generated-dir.ts';
import { writeShardData } from './build/shard-output.ts';
import { copySiteFiles } from './build/site-files.ts';
import { timed } from './build/timed.ts';
import { fail, runCli } from './cli-main.ts';

async function main(): Promise<number> {
  const options = parseBuildOptions(process.argv.slice(2));
  if ('error' in options) return fail(options.error);
  let early: EarlyAstro | undefined;
  try {
    // Once the filings are found fit to build, Astro's first batch loads its modules (about a second) while they are parsed.
    const onChecked = (): void => void (early = startFirstBatch(options.out));
    return await build(options, onChecked, () => early);
  } finally {
    // A build that stops before Astro ends the waiting process (a no-op once it has its batch).
    early?.cancel();
  }
}

async function build(options: BuildOptions, onChecked: () => void, early: () => EarlyAstro | undefined): Promise<number> {
  const parse = await timed(() => parseFilings(options.filings, (line) => console.log(line), options.shard, { jobs: options.parseJobs, onChecked }));
  if (!parse.result.ok) return fail(parse.result.error);
  const { filings } = parse.result;
  console.log(`parse: ${filings.length} filings in ${parse.ms} ms`);

  // A shard may hold no filing at all: it still builds the library, search and 404 pages.
  const planned = planBatches(filings, options.batchBytes);
  const batches = planned.length === 0 ? [[]] : planned;
  const jobs = Math.min(options.jobs, batches.length);
  const astro = await timed(() => buildBatches(batches, options.out, jobs, early()));
  if (astro.result !== null) return fail(`astro: ${astro.result}`);
  console.log(`astro: ${astro.ms} ms (${batches.length} ${batches.length === 1 ? 'batch' : 'batches'})`);

  copySiteFiles(generatedDir, options.out, filings.map((filing) => filing.slug));
  const { sums, csvFiles } = parse.result;
  console.log(`tables: ${csvFiles} CSV files; sums: ${sums.checked} checked, ${sums.failed} not adding up`);

  const groups = planBatches(filings, options.indexBytes);
  const search = await timed(() => pagefindIndexes(options.out, groups));
  if (search.result.length > 0) return fail(`pagefind: ${search.result.join('; ')}`);
  console.log(`pagefind: ${search.ms} ms (${groups.length} ${groups.length === 1 ? 'index' : 'indexes'})`);

  writeHeadersFile(options.out);
  if (options.shard !== null) writeShardData(options.out, options.shard, generatedDir);
  console.log(`timings: parse=${parse.ms} astro=${astro.ms} pagefind=${search.ms} batches=${batches.length} jobs=${jobs} indexes=${groups.length}`);
  return 0;
}

runCli('build', main);
