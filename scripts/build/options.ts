/** The build's command-line options. */
import { availableParallelism, totalmem } from 'node:os';
import { DEFAULT_BATCH_BYTES } from './batches.ts';
import { DEFAULT_INDEX_BYTES } from './pagefind-index.ts';
import { parseShard, type Shard } from './shards.ts';

/** Where the filings come from, where the site goes, and how Astro's work is split. */
export interface BuildOptions {
  filings: string;
  out: string;
  /** Generated Markdown bytes per Astro batch. */
  batchBytes: number;
  /** Astro batches built at once. */
  jobs: number;
  /** Filings parsed at once, each on a worker thread (`--jobs` sets this too). */
  parseJobs: number;
  /** Generated Markdown bytes per Pagefind index (one Pagefind process each). */
  indexBytes: number;
  /** Only this share of the filings (`--shard K/N`), or all of them. */
  shard: Shard | null;
}

const usage = '(use --filings DIR, --out DIR, --batch-mb N, --jobs N, --index-mb N and --shard K/N)';

/** Reads `--filings DIR`, `--out DIR`, `--batch-mb N`, `--jobs N`, `--index-mb N` and `--shard K/N` (also `--flag=value`); anything else is an error sentence. */
export function parseBuildOptions(argv: readonly string[], cores = availableParallelism()): BuildOptions | { error: string } {
  const options: BuildOptions = { filings: 'content/filings', out: 'dist', batchBytes: DEFAULT_BATCH_BYTES, jobs: defaultJobs(cores), parseJobs: cores, indexBytes: DEFAULT_INDEX_BYTES, shard: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (flag === '--filings' || flag === '--out') {
      if (value === undefined || value === '') return { error: `${flag} needs a directory` };
      options[flag === '--filings' ? 'filings' : 'out'] = value;
    } else if (flag === '--batch-mb' || flag === '--jobs' || flag === '--index-mb') {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 1) return { error: `${flag} needs a whole number of at least 1` };
      if (flag === '--jobs') options.jobs = options.parseJobs = n;
      else if (flag === '--index-mb') options.indexBytes = n * 1024 * 1024;
      else options.batchBytes = n * 1024 * 1024;
    } else if (flag === '--shard') {
      const shard = parseShard(value);
      if ('error' in shard) return shard;
      options.shard = shard;
    } else {
      return { error: `unknown option ${arg} ${usage}` };
    }
  }
  return options;
}

/** Memory allowed per Astro batch at once: a batch of 16 MiB peaked at about 1.9 GiB, one of DEFAULT_BATCH_BYTES (12 MiB) less. */
export const MEMORY_PER_JOB = 2 * 1024 ** 3;

/**
 * One Astro batch per core, as far as memory allows. On the 2-core machine, 1,000 filings took
 * 198–210 s of Astro with two batches at once against 317 s one at a time.
 */
export function defaultJobs(cores: number, memoryBytes = totalmem()): number {
  return Math.max(1, Math.min(cores, Math.floor(memoryBytes / MEMORY_PER_JOB)));
}
