/**
 * `npm run bench`: how fast the parser is, how long a build takes and how it
 * scales, how heavy the pages are and what a first search downloads. Prints
 * tables (medians over runs) and writes the same figures as JSON.
 *
 *   npm run bench -- --runs 3 --sizes 10,100,1000 --json bench-results/latest.json
 *   npm run bench -- --hostile-only      # only the hostile-input families' parse time at two sizes
 *   npm run bench -- --starlight-only    # only the seed and corpus builds side by side with Starlight's
 *   npm run bench -- --scaling-only      # only the synthetic libraries (scaling, then the largest as --shards N shards)
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './bench/bench-args.ts';
import { buildSeries } from './bench/build-series.ts';
import { dirSize, fileCount } from './bench/dir-size.ts';
import { lighthouseTable, measureLighthousePerformance } from './bench/lighthouse-performance.ts';
import { HOSTILE_FAMILIES } from './bench/hostile-families.ts';
import { measureFamily, type FamilyGrowth } from './bench/hostile-growth.ts';
import { machineInfo } from './bench/machine-info.ts';
import { measurePageWeight } from './bench/page-weight.ts';
import { runParserBench } from './bench/parser-bench.ts';
import { buildTable, hostileTable, machineLine, pageWeightTable, scalingTable, searchTable } from './bench/report.ts';
import { measureScaling, scalingRatios, type ScalingRow } from './bench/scaling.ts';
import { measureSearchTransfer } from './bench/search-transfer.ts';
import { measureShardBuild, shardTable, type ShardBuild } from './bench/shard-build.ts';
import { snapshotProject } from './bench/project-snapshot.ts';
import { measureAgainstStarlight, starlightTable } from './bench/starlight.ts';
import { pickSitePages } from './bench/site-pages.ts';
import { listFilings, loadSourceFilings } from './bench/synthetic-library.ts';
import { formatTable } from './bench/table-printer.ts';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedFile = join(projectDir, 'content/filings/level3-2004-prospectus.txt');
const corpusDir = resolve(projectDir, '../shared/corpus/filings');
const searchQuery = 'Andersen';
const log = (line: string): void => console.error(line);

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  if ('error' in options) {
    console.error(`bench: ${options.error}`);
    process.exitCode = 2;
    return;
  }
  const machine = machineInfo();
  console.log(machineLine(machine));
  console.log('note: the machine is shared; other processes running at the same time inflate the times');
  if (options.hostileOnly) {
    const hostile = measureHostile(options.runs);
    writeResults(options.json, { date: new Date().toISOString(), machine, options, hostile });
    return;
  }

  // Filings live outside the project (corpus files must never be copied in); builds run in a private
  // snapshot of the project so they neither clobber nor see anyone else's content/generated.
  const filingsWork = mkdtempSync(join(tmpdir(), 'bench-filings-'));
  const benchWork = join(projectDir, '.tmp', `bench-${process.pid}`);
  try {
    const buildRoot = snapshotProject(projectDir, join(benchWork, 'project'));
    const outWork = join(buildRoot, 'dist-bench');
    mkdirSync(outWork, { recursive: true });
    const seedDir = join(filingsWork, 'seed');
    mkdirSync(seedDir);
    copyFileSync(seedFile, join(seedDir, 'level3-2004-prospectus.txt'));
    if (options.starlightOnly) {
      const starlight = await againstStarlight(buildRoot, join(outWork, 'starlight-ours'), seedDir, options.runs);
      writeResults(options.json, { date: new Date().toISOString(), machine, options, starlight });
      return;
    }

    if (options.scalingOnly) {
      const scaling = await measureLibraries(buildRoot, outWork, filingsWork, options);
      writeResults(options.json, { date: new Date().toISOString(), machine, options, scaling });
      return;
    }

    log('1. parser throughput');
    const corpusFiles = listFilings(corpusDir);
    const parser = runParserBench({ projectDir, seedFile, corpusFiles, workDir: filingsWork, runs: options.runs, log });

    log('1b. hostile input families');
    const hostile = measureHostile(options.runs);

    log('2. builds of the seed and the corpus');
    const seedOut = join(outWork, 'seed-out');
    const seedBuild = await buildSeries(buildRoot, seedDir, seedOut, options.runs, log);
    const corpusOut = join(outWork, 'corpus-out');
    const corpusBuild = await buildSeries(buildRoot, corpusDir, corpusOut, options.runs, log);
    rmSync(corpusOut, { recursive: true, force: true });
    console.log(`\n${formatTable(buildTable('Build time (medians)', [{ name: 'seed', series: seedBuild }, { name: 'corpus', series: corpusBuild }]))}`);

    const starlight = await againstStarlight(buildRoot, join(outWork, 'starlight-ours'), seedDir, options.runs);

    log('3. page weight of the seed site');
    const pages = seedBuild.ok ? pickSitePages(seedOut) : { library: null, contents: null, section: null, document: null };
    const weights = Object.entries(pages)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([type, file]) => ({ type, weight: measurePageWeight(seedOut, file) }));
    console.log(`\n${formatTable(pageWeightTable(weights))}`);

    log('3b. Lighthouse performance of the seed site');
    const performance = seedBuild.ok
      ? await measureLighthousePerformance(seedOut, pages, options.runs).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      : { error: 'the seed build failed' };
    console.log(`\n${formatTable(lighthouseTable(performance))}`);

    log('4. pagefind index and a first search in Chromium');
    const indexBytes = dirSize(join(seedOut, 'pagefind'));
    const indexFiles = fileCount(join(seedOut, 'pagefind'));
    const search = seedBuild.ok
      ? await measureSearchTransfer(seedOut, searchQuery).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      : { error: 'the seed build failed' };
    console.log(`\n${formatTable(searchTable(indexBytes, indexFiles, search))}`);
    rmSync(seedOut, { recursive: true, force: true });

    const scaling = await measureLibraries(buildRoot, outWork, filingsWork, options);

    const results = {
      date: new Date().toISOString(),
      machine,
      options,
      parser,
      hostile,
      builds: { seed: seedBuild, corpus: corpusBuild },
      starlight,
      pageWeight: weights,
      lighthousePerformance: performance,
      search: { indexBytes, indexFiles, firstSearch: search },
      scaling,
    };
    writeResults(options.json, results);
  } finally {
    rmSync(filingsWork, { recursive: true, force: true });
    rmSync(benchWork, { recursive: true, force: true });
  }
}

/** Builds the seed and the corpus with our build and with Starlight, alternating, and prints the table. */
async function againstStarlight(buildRoot: string, outDir: string, seedDir: string, runs: number): Promise<object> {
  log('2b. the same Markdown built by Starlight');
  const works = [
    { name: 'seed', filingsDir: seedDir },
    { name: 'corpus', filingsDir: corpusDir },
  ];
  const result = await measureAgainstStarlight(projectDir, buildRoot, outDir, works, runs, log);
  if ('error' in result) {
    console.log(`\nStarlight comparison not run: ${result.error}`);
    return result;
  }
  console.log(`\n${formatTable(starlightTable(result.rows, result.version, runs))}`);
  return result;
}

/** Builds each synthetic library size, then the largest as shards and a merge; prints both tables. */
async function measureLibraries(
  buildRoot: string,
  outWork: string,
  filingsWork: string,
  options: { runs: number; largeRuns: number; sizes: number[]; shards: number },
): Promise<{ rows: ScalingRow[]; ratios: ReturnType<typeof scalingRatios>; shards: ShardBuild | null }> {
  log('5. scaling over synthetic libraries');
  const sources = loadSourceFilings([seedFile, ...listFilings(corpusDir)]);
  const rows: ScalingRow[] = [];
  for (const size of options.sizes) {
    const runs = size >= 1000 ? Math.min(options.runs, options.largeRuns) : options.runs;
    rows.push(await measureScaling(buildRoot, outWork, filingsWork, sources, size, runs, log));
  }
  const ratios = scalingRatios(rows);
  console.log(`\n${formatTable(scalingTable(rows, ratios, options.largeRuns))}`);
  const largest = options.sizes[options.sizes.length - 1];
  if (options.shards === 0 || largest === undefined) return { rows, ratios, shards: null };
  log(`6. the ${largest}-filing library as ${options.shards} shards and a merge`);
  const shards = await measureShardBuild(buildRoot, outWork, filingsWork, sources, largest, options.shards, log);
  console.log(`\n${formatTable(shardTable(shards))}`);
  return { rows, ratios, shards };
}

/** Times every hostile family at its two sizes and prints the table. */
function measureHostile(runs: number): FamilyGrowth[] {
  const rows = HOSTILE_FAMILIES.map((family) => {
    log(`   ${family.name}`);
    return measureFamily(family, runs);
  });
  console.log(`\n${formatTable(hostileTable(rows, runs))}`);
  return rows;
}

/** Writes the figures as JSON where --json says. */
function writeResults(path: string, results: object): void {
  const jsonPath = resolve(projectDir, path);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nfigures written to ${path}`);
}

await main();
