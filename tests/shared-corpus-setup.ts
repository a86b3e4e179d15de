import { hasCorpus, skipNote } from './shared-corpus.ts';

/** Vitest global setup: says once why the corpus tests are skipped, or fails when CI requires them. */
export default function setup(): void {
  if (hasCorpus) return;
  if (process.env.PR_REQUIRE_SHARED === '1') throw new Error(`PR_REQUIRE_SHARED=1 but ${skipNote.replace(/^skipped: /, '')}`);
  console.warn(skipNote);
}
