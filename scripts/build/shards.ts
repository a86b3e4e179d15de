/**
 * Shards: `--shard K/N` builds the filings whose slug hashes to K of N, so N machines can build one
 * library with nothing to share but the filings, and `npm run merge` joins their outputs.
 */

/** One share of the library: the K-th (from 1) of N. */
export interface Shard {
  k: number;
  n: number;
}

/** Reads "K/N" (whole numbers, 1 <= K <= N); anything else is an error sentence. */
export function parseShard(text: string | undefined): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text ?? '');
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  if (match === null || !Number.isSafeInteger(k) || !Number.isSafeInteger(n) || n < 1 || k < 1 || k > n) {
    return { error: `--shard needs K/N with 1 <= K <= N, such as 2/4; got "${text ?? ''}"` };
  }
  return { k, n };
}

/**
 * The shard (1..n) a filing belongs to: FNV-1a of its slug. It depends on nothing but the slug and n,
 * so adding a filing to the library never moves another one, and every machine computes the same share.
 */
export function shardOf(slug: string, n: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % n) + 1;
}

/** Whether a filing is in the shard (every filing is when there is no shard). */
export function inShard(slug: string, shard: Shard | null): boolean {
  return shard === null || shardOf(slug, shard.n) === shard.k;
}
