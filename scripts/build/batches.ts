/**
 * Large libraries are built by Astro in batches of filings, each in its own process, so that
 * the work per filing stays what it is for a small library and memory is bounded by the batch.
 */
import { readFileSync } from 'node:fs';

/** The environment variable naming a JSON file with the slugs of the filings one Astro build renders. */
export const BATCH_ENV = 'PR_BUILD_BATCH';

/**
 * Generated Markdown per batch: 12 MiB is about 64 of the benchmark's synthetic filings. Measured on
 * the 2-core build machine, an Astro batch peaks at about 1.0 GiB plus 8.5 MiB a filing (35 filings
 * 1.3 GiB, 100 filings 1.9 GiB, 170 filings 2.5-3.0 GiB). Two 16 MiB batches at once took a 1,000-filing
 * build to 3.76 GiB, just over 4 GB; at 12 MiB two stay near 3 GiB, for about 2 s of Astro start-up
 * a batch more (19 batches instead of 14). 1,000 filings in one Astro build took 436 ms a filing.
 */
export const DEFAULT_BATCH_BYTES = 12 * 1024 * 1024;

/** A filing as the planner sees it: its slug and the bytes of Markdown it generated. */
export interface FilingSize {
  slug: string;
  bytes: number;
}

/** Consecutive runs of filings, each run closed once it reaches `budget` bytes; a filing larger than the budget is a batch alone. */
export function planBatches(filings: readonly FilingSize[], budget: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const filing of filings) {
    if (current.length > 0 && bytes + filing.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(filing.slug);
    bytes += filing.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The section-file patterns for the content collection: every filing, or only those of the batch the environment names. */
export function sectionPatterns(env: NodeJS.ProcessEnv = process.env): string | string[] {
  const file = env[BATCH_ENV];
  if (file === undefined || file === '') return '*/*.md';
  const slugs = JSON.parse(readFileSync(file, 'utf8')) as string[];
  return slugs.map((slug) => `${slug}/*.md`);
}
