/** The benchmark's options. */
export interface BenchOptions {
  /** Timed runs per measurement, after one warm-up where it applies. */
  runs: number;
  /** Synthetic library sizes for the scaling table. */
  sizes: number[];
  /** Where the figures are written as JSON. */
  json: string;
  /** Runs for libraries of at least 1,000 filings (a 2-core machine cannot afford 3). */
  largeRuns: number;
  /** Only the hostile-input families (parser time at two sizes), no builds. */
  hostileOnly: boolean;
  /** Only the builds of the seed and the corpus side by side with Starlight's. */
  starlightOnly: boolean;
  /** Only the synthetic libraries: the scaling table and the shard build. */
  scalingOnly: boolean;
  /** Shards the largest synthetic library is built as, then merged (0: no shard build). */
  shards: number;
}

/** The options' defaults. */
export const DEFAULT_BENCH_OPTIONS: BenchOptions = { runs: 3, sizes: [10, 100, 1000], json: 'bench-results/latest.json', largeRuns: 1, hostileOnly: false, starlightOnly: false, scalingOnly: false, shards: 4 };

/** Reads `--runs N`, `--sizes 10,100,1000`, `--json PATH`, `--large-runs N`, `--shards N`, `--hostile-only`, `--starlight-only`, `--scaling-only`; returns an error sentence for anything else. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | { error: string } {
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS, sizes: [...DEFAULT_BENCH_OPTIONS.sizes] };
  const positive = (flag: string, value: string | undefined): number | { error: string } => {
    const n = Number(value);
    return Number.isInteger(n) && n > 0 ? n : { error: `${flag} needs a positive whole number, got "${value ?? ''}"` };
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--hostile-only' || flag === '--scaling-only') {
      options[flag === '--hostile-only' ? 'hostileOnly' : 'scalingOnly'] = true;
      continue;
    }
    if (flag === '--starlight-only') {
      options.starlightOnly = true;
      continue;
    }
    const value = argv[i + 1];
    i += 1;
    if (flag === '--shards') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) return { error: `--shards needs a whole number (0 for no shard build), got "${value ?? ''}"` };
      options.shards = n;
    } else if (flag === '--runs' || flag === '--large-runs') {
      const n = positive(flag, value);
      if (typeof n !== 'number') return n;
      if (flag === '--runs') options.runs = n;
      else options.largeRuns = n;
    } else if (flag === '--sizes') {
      const sizes = (value ?? '').split(',').map((s) => positive('--sizes', s.trim()));
      const bad = sizes.find((s) => typeof s !== 'number');
      if (bad !== undefined || sizes.length === 0) return { error: `--sizes needs a comma-separated list of positive numbers, got "${value ?? ''}"` };
      options.sizes = (sizes as number[]).sort((a, b) => a - b);
    } else if (flag === '--json') {
      if (!value) return { error: '--json needs a path' };
      options.json = value;
    } else {
      return { error: `unknown option "${flag}" (known: --runs N, --sizes A,B,C, --json PATH, --large-runs N, --shards N, --hostile-only, --starlight-only, --scaling-only)` };
    }
  }
  return options;
}
