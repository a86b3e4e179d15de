/**
 * The checks and the moves of `npm run merge -- OUT SHARD...`: shard outputs (built with
 * `npm run build -- --shard K/N`) joined into one site. Each shard's pages are moved into OUT as they
 * are; the library page is rendered again from every shard's library records; the shards' Pagefind
 * bundles become the parts of one search (see pagefind-index.ts).
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { LibraryEntry } from '../section-schema.ts';
import { mergeOutput } from './merge-output.ts';
import { siteBundles } from './pagefind-index.ts';
import { readShardData, SHARD_DIR, type ShardData } from './shard-output.ts';

/** The merge's arguments: where the site goes and the shard outputs to join. */
export interface MergeArgs {
  out: string;
  shards: string[];
}

const usage = 'usage: npm run merge -- OUT SHARD_DIR... (the outputs of npm run build -- --shard K/N --out SHARD_DIR)';

/** Reads `OUT SHARD...`; an option, a missing shard, a repeated folder, or OUT among, inside or around the shards is an error sentence. */
export function parseMergeArgs(argv: readonly string[]): MergeArgs | { error: string } {
  const option = argv.find((arg) => arg.startsWith('-'));
  if (option !== undefined) return { error: `unknown option ${option} (${usage})` };
  const [out, ...shards] = argv;
  if (out === undefined || shards.length === 0) return { error: usage };
  const seen = new Set<string>();
  for (const dir of shards) {
    if (resolve(dir) === resolve(out)) return { error: `${dir}: the output folder cannot also be a shard` };
    // The output folder is emptied first: it must not hold a shard, nor lie inside one.
    if (resolve(dir).startsWith(resolve(out) + sep) || resolve(out).startsWith(resolve(dir) + sep)) return { error: `${dir}: a shard folder cannot be inside the output folder ${out}, nor hold it` };
    if (seen.has(resolve(dir))) return { error: `${dir}: given twice` };
    seen.add(resolve(dir));
  }
  return { out, shards };
}

/**
 * Every shard's data, checked to be one whole library: the same N, each K from 1 to N exactly once,
 * and no filing in two shards. Returns the library records of every filing, or one sentence.
 */
export function checkShards(dirs: readonly string[]): { library: LibraryEntry[]; data: ShardData[] } | { error: string } {
  const data: ShardData[] = [];
  for (const dir of dirs) {
    const read = readShardData(dir);
    if ('error' in read) return read;
    data.push(read);
  }
  const n = data[0]!.shard.n;
  const byK = new Map<number, string>();
  for (const [i, { shard }] of data.entries()) {
    if (shard.n !== n) return { error: `${dirs[i]}: shard ${shard.k}/${shard.n} is not one of ${n} like ${dirs[0]}` };
    const other = byK.get(shard.k);
    if (other !== undefined) return { error: `${dirs[i]}: shard ${shard.k}/${n} is also ${other}` };
    byK.set(shard.k, dirs[i]!);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length > 0) return { error: `shard ${missing.map((k) => `${k}/${n}`).join(', ')} missing: give all ${n} shard folders` };
  const library: LibraryEntry[] = [];
  const where = new Map<string, string>();
  for (const [i, shard] of data.entries()) {
    for (const entry of shard.library) {
      const other = where.get(entry.filing.slug);
      if (other !== undefined) return { error: `${dirs[i]}: filing "${entry.filing.slug}" is also in ${other} (were the shards built from the same filings?)` };
      where.set(entry.filing.slug, dirs[i]!);
      library.push(entry);
    }
  }
  return { library, data };
}

/** Renames, or copies and removes when `from` is on another file system (shards downloaded elsewhere). */
export function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Every HTML page under `dir`, as paths relative to it ("index.html", "search/index.html"). */
export function htmlPages(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/**
 * Moves one shard's site into `out`, which already holds the pages rendered from the whole library
 * (`shellPages`: the library, the search page with its filing filter, the 404 page): the shard's own
 * versions of those pages and its shard data are dropped, its Pagefind bundles go to
 * `<staging>/<first>...` (returned in order), and everything else is merged file by file (a file both
 * have, such as the stylesheet, must be the same).
 */
export function moveShard(dir: string, out: string, staging: string, first: number, shellPages: readonly string[] = ['index.html']): string[] {
  const bundles = siteBundles(dir);
  mkdirSync(staging, { recursive: true });
  const targets = bundles.map((_, i) => join(staging, String(first + i)));
  // Deepest first: a shard's further bundles are inside its first one.
  const order = bundles.map((bundle, i) => i).sort((a, b) => bundles[b]!.length - bundles[a]!.length);
  for (const i of order) move(bundles[i]!, targets[i]!);
  rmSync(join(dir, SHARD_DIR), { recursive: true, force: true });
  for (const page of shellPages) rmSync(join(dir, page), { force: true });
  if (isOnSameDevice(dir, out)) mergeOutput(dir, out);
  else {
    // Another file system: copy the shard beside the output first, then merge by renaming.
    const local = join(staging, `site-${first}`);
    move(dir, local);
    mergeOutput(local, out);
  }
  return targets;
}

function isOnSameDevice(a: string, b: string): boolean {
  return statSync(a).dev === statSync(b).dev;
}
