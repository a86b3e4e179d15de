/** Turns the benchmark's measured figures into the printed tables. */
import type { BuildSeries } from './build-series.ts';
import { GROWTH_TARGET, type FamilyGrowth } from './hostile-growth.ts';
import type { MachineInfo } from './machine-info.ts';
import type { PageWeight } from './page-weight.ts';
import type { Throughput } from './parser-throughput.ts';
import type { ScalingRatio, ScalingRow } from './scaling.ts';
import type { SearchTransfer } from './search-transfer.ts';
import { formatBytes, formatMs, type TextTable } from './table-printer.ts';

const ms = (v: number | null): string => (v === null ? 'n/a' : formatMs(v));
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MiB`;
/** "node 7868 MiB, pagefind_extend 5012 MiB": the processes holding the most memory. */
const byCommand = (peaks: Record<string, number>): string =>
  Object.entries(peaks)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    // Node names its main thread, and so the build's own process, "MainThread".
    .map(([command, kb]) => `${command === 'MainThread' ? 'node (build)' : command} ${mb(kb)}`)
    .join(', ');

/** The machine, as one line. */
export function machineLine(m: MachineInfo): string {
  return `machine: ${m.cores} cores (${m.cpuModel}), ${formatBytes(m.memoryBytes)} memory, Node ${m.node}, ${m.os}`;
}

/** Parser throughput per file set, and the largest filing. */
export function throughputTable(sets: { name: string; result: Throughput }[], runs: number): TextTable {
  const rows: string[][] = [];
  for (const { name, result } of sets) {
    rows.push([name, String(result.files.length), formatBytes(result.totalBytes), formatMs(result.totalMs), `${result.mbPerSecond.toFixed(2)} MB/s`]);
    for (const f of result.files) {
      rows.push([`  ${f.file}`, '', formatBytes(f.bytes), f.error ? 'failed' : formatMs(f.medianMs), f.error ? f.error.slice(0, 60) : `${f.mbPerSecond.toFixed(2)} MB/s`]);
    }
  }
  const largest = sets.flatMap((s) => (s.result.largest ? [s.result.largest] : [])).sort((a, b) => b.bytes - a.bytes)[0];
  return {
    title: 'Parser throughput (parseFiling in-process)',
    columns: ['files', 'count', 'bytes', 'median time', 'throughput'],
    rows,
    notes: [
      `median of ${runs} run(s) per file after one warm-up; throughput = bytes of the files that parsed / sum of their medians`,
      largest ? `largest filing: ${largest.file} (${formatBytes(largest.bytes)}) in ${formatMs(largest.medianMs)}` : 'largest filing: none parsed',
    ],
  };
}

/** Build time split for named builds. */
export function buildTable(title: string, builds: { name: string; series: BuildSeries }[]): TextTable {
  return {
    title,
    columns: ['build', 'runs', 'total', 'cpu', 'parse', 'astro', 'pagefind', 'peak tree RSS', 'peak process HWM'],
    rows: builds.map(({ name, series }) => [
      series.ok ? name : `${name} (FAILED)`,
      String(series.runs),
      formatMs(series.totalMs),
      formatMs(series.cpuMs),
      ms(series.parseMs),
      ms(series.astroMs),
      ms(series.pagefindMs),
      mb(series.peakTreeRssKb),
      mb(series.peakProcessHwmKb),
    ]),
    notes: [
      'total = wall time of `node scripts/build-main.ts`, what `npm run build` runs (process start to exit); the split is the build\'s own `timings:` line; medians over runs',
      'memory and cpu: /proc/<pid>/status and /proc/<pid>/stat of the build and all its descendants sampled every 100 ms; tree RSS = largest sum of VmRSS at one sample, process HWM = largest VmHWM of one process, cpu = user + system time summed over the tree',
      ...builds.map((b) => `${b.name}: peak HWM by process: ${byCommand(b.series.peakHwmKbByCommand)}`),
      ...builds.filter((b) => b.series.failure).map((b) => `${b.name} failed: ${b.series.failure!.split('\n').slice(-4).join(' | ')}`),
    ],
  };
}

/** The scaling table and its per-filing ratios. */
export function scalingTable(rows: ScalingRow[], ratios: ScalingRatio[], largeRuns: number): TextTable {
  const fmt = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(2));
  return {
    title: 'Scaling: synthetic libraries',
    columns: ['filings', 'runs', 'input', 'total', 'cpu', 'parse', 'astro', 'astro batches', 'pagefind', 'per filing', 'cpu per filing', 'peak tree RSS', 'out dir', 'pagefind index'],
    rows: rows.map((r) => [
      r.build.ok ? String(r.filings) : `${r.filings} (FAILED)`,
      String(r.build.runs),
      formatBytes(r.inputBytes),
      formatMs(r.build.totalMs),
      formatMs(r.build.cpuMs),
      ms(r.build.parseMs),
      ms(r.build.astroMs),
      r.build.astroBatches ?? 'n/a',
      ms(r.build.pagefindMs),
      formatMs(r.msPerFiling),
      formatMs(r.cpuMsPerFiling),
      mb(r.build.peakTreeRssKb),
      `${formatBytes(r.outBytes)} / ${r.outFiles} files`,
      formatBytes(r.pagefindBytes),
    ]),
    notes: [
      'filings rotate through the seed and corpus filings, company renamed and digits of large numbers perturbed (seeded PRNG), so each is distinct',
      `libraries of 1,000 filings or more are built ${largeRuns} time(s) only (--large-runs); the others --runs times, medians shown; per filing = total / filings`,
      ...ratios.map(
        (q) => `time per filing ${q.to} vs ${q.from}: total ${fmt(q.totalPerFiling)}, cpu ${fmt(q.cpuPerFiling)} (parse ${fmt(q.parsePerFiling)}, astro ${fmt(q.astroPerFiling)}, pagefind ${fmt(q.pagefindPerFiling)}); target <= 1.2`,
      ),
      ...rows.map((r) => `${r.filings} filings: peak HWM by process: ${byCommand(r.build.peakHwmKbByCommand)}`),
      ...rows.filter((r) => r.build.failure).map((r) => `${r.filings} failed: ${r.build.failure!.split('\n').slice(-4).join(' | ')}`),
    ],
  };
}

/** Page weight per page type. */
export function pageWeightTable(pages: { type: string; weight: PageWeight }[]): TextTable {
  const pair = (w: { raw: number; gzip: number }): string => `${formatBytes(w.raw)} / ${formatBytes(w.gzip)}`;
  return {
    title: 'Page weight of the seed site, first view (raw / gzip)',
    columns: ['page type', 'path', 'HTML', 'CSS', 'JS', 'fonts+images', 'requests'],
    rows: pages.map(({ type, weight }) => [type, weight.path, pair(weight.html), pair(weight.css), pair(weight.js), pair(weight.other), String(weight.requests)]),
    notes: [
      'read from the out dir: the HTML plus every stylesheet, preload, icon, script and image it references, CSS url()/@import and static JS imports followed',
      ...pages.filter((p) => p.weight.unresolved.length > 0).map((p) => `${p.type}: not in the out dir (counted as requests, bytes unknown): ${p.weight.unresolved.join(', ')}`),
    ],
  };
}

/** The Pagefind index and a first search's download. */
export function searchTable(indexBytes: number, indexFiles: number, search: SearchTransfer | { error: string }): TextTable {
  if ('error' in search) {
    return { title: 'Search', columns: ['figure', 'value'], rows: [['pagefind index (out/pagefind)', `${formatBytes(indexBytes)} in ${indexFiles} files`]], notes: [`search in Chromium failed: ${search.error}`] };
  }
  return {
    title: `Search: Pagefind index and a first search for "${search.query}" in Chromium`,
    columns: ['figure', 'value'],
    rows: [
      ['pagefind index (out/pagefind)', `${formatBytes(indexBytes)} in ${indexFiles} files`],
      ['results loaded', search.resultsLoaded ? 'yes' : 'NO (no fragment fetched)'],
      ['search requests (/search/*.js, /pagefind/)', String(search.requests.length)],
      ['search bytes transferred (budget 154 KB)', formatBytes(search.pagefindBytes)],
      ...Object.entries(search.byPart)
        .filter(([, bytes]) => bytes > 0)
        .map(([part, bytes]) => [`  of which ${part}`, formatBytes(bytes)]),
      ['  as Chromium reported it', formatBytes(search.browserReportedBytes)],
      ['whole search page, body bytes', formatBytes(search.pageBodyBytes)],
      ['time to last search response', formatMs(search.elapsedMs)],
    ],
    notes: [
      'served by a node:http server on 127.0.0.1 that gzips text types (js, css, json, wasm); bytes = body as the server sent it for each request Chromium made + headers from Playwright request.sizes() (which reports 0 for the worker script body)',
      ...search.requests.map((r) => `${r.path}: ${r.bodyBytes + r.headerBytes} bytes`),
    ],
  };
}

/** Each hostile family's parse time at two sizes and its growth ratio. */
export function hostileTable(rows: FamilyGrowth[], runs: number): TextTable {
  return {
    title: 'Hostile input: parse CPU time at two sizes',
    columns: ['family', 'small', 'cpu', 'large', 'cpu', 'growth'],
    rows: rows.map((r) => [
      r.name,
      `${r.sizes[0].toLocaleString('en-US')} (${formatBytes(r.bytes[0])})`,
      formatMs(r.medianMs[0]),
      `${r.sizes[1].toLocaleString('en-US')} (${formatBytes(r.bytes[1])})`,
      formatMs(r.medianMs[1]),
      `${r.growth.toFixed(2)}${r.growth > GROWTH_TARGET ? ' OVER' : ''}`,
    ]),
    notes: [
      `sizes count each family's unit (${rows.map((r) => `${r.name}: ${r.unit}`).join('; ')}); median CPU time (user + system) of ${runs} parse(s) after one warm-up`,
      `growth = (time ratio) / (input ratio): 1.0 is linear, a quadratic step gives about 4; target <= ${GROWTH_TARGET}`,
    ],
  };
}
