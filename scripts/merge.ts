/**
 * `npm run merge -- OUT SHARD_DIR...`: joins the outputs of `npm run build -- --shard K/N` (all N of
 * them, built anywhere from the same filings) into one site in OUT, the same as one build of the whole
 * library: every shard's pages, the library page rendered from every shard's filings, and one search
 * over every shard's Pagefind index (merged in the browser). The shard folders are moved into OUT, not
 * copied, so they are empty afterwards. Failures print one sentence to stderr and exit 1; never a stack.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildBatches } from './build/astro-batches.ts';
import { writeHeadersFile } from './build/headers-file.ts';
import { writeLibraryIndex } from './build/library-index.ts';
import { checkShards, htmlPages, moveShard, parseMergeArgs } from './build/merge-shards.ts';
import { layOutBundles } from './build/pagefind-index.ts';
import { generatedDir } from './build/generated-dir.ts';
import { timed } from './build/timed.ts';
import { fail, runCli } from './cli-main.ts';

async function main(): Promise<number> {
  const args = parseMergeArgs(process.argv.slice(2));
  if ('error' in args) return fail(args.error);
  const checked = checkShards(args.shards);
  if ('error' in checked) return fail(checked.error);
  console.log(`merge: ${checked.library.length} filings from ${args.shards.length} ${args.shards.length === 1 ? 'shard' : 'shards'}`);

  // The pages that list the library (library, search with its filing filter, 404) from every shard's records: an Astro build of no sections.
  rmSync(generatedDir, { recursive: true, force: true });
  mkdirSync(generatedDir, { recursive: true });
  writeLibraryIndex(checked.library, generatedDir);
  const library = await timed(() => buildBatches([[]], args.out, 1));
  if (library.result !== null) return fail(`astro: ${library.result}`);
  console.log(`library page: ${library.ms} ms`);

  const moved = await timed(() => {
    const staging = join(args.out, '.merge-bundles');
    const shellPages = htmlPages(args.out);
    const bundles: string[] = [];
    for (const dir of args.shards) bundles.push(...moveShard(dir, args.out, staging, bundles.length, shellPages));
    layOutBundles(args.out, bundles);
    rmSync(staging, { recursive: true, force: true });
    return bundles.length;
  });
  writeHeadersFile(args.out);
  console.log(`pages and search: ${moved.ms} ms (${moved.result} Pagefind ${moved.result === 1 ? 'index' : 'indexes'})`);
  console.log(`timings: library=${library.ms} move=${moved.ms} indexes=${moved.result}`);
  return 0;
}

runCli('merge', main);
