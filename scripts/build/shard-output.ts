/**
 * What a shard build leaves for `npm run merge` besides its site: `<out>/.shard/shard.json` (which
 * share it is) and `<out>/.shard/library.json` (its filings' library records, as the build wrote them).
 * The merge removes the folder; a site built without `--shard` has none.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryEntrySchema, type LibraryEntry } from '../section-schema.ts';
import { libraryIndexFile } from './library-index.ts';
import type { Shard } from './shards.ts';

/** The folder in a shard's output (a dot folder: no filing slug can take it). */
export const SHARD_DIR = '.shard';
const SHARD_FILE = 'shard.json';

/** Records the shard and copies the library index it built from (`generated/library.json`) into `<out>/.shard/`. */
export function writeShardData(out: string, shard: Shard, generated: string): void {
  const dir = join(out, SHARD_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, SHARD_FILE), `${JSON.stringify({ k: shard.k, n: shard.n })}\n`);
  copyFileSync(join(generated, libraryIndexFile), join(dir, libraryIndexFile));
}

/** A shard's output as the merge reads it. */
export interface ShardData {
  shard: Shard;
  library: LibraryEntry[];
}

/** Reads a shard's data back, or one sentence naming the folder when it is not a shard build's output. */
export function readShardData(out: string): ShardData | { error: string } {
  const dir = join(out, SHARD_DIR);
  if (!existsSync(join(dir, SHARD_FILE)) || !existsSync(join(dir, libraryIndexFile))) {
    return { error: `${out}: not the output of a shard build (no ${SHARD_DIR}/${SHARD_FILE}; build it with npm run build -- --shard K/N --out ${out})` };
  }
  try {
    const shard = JSON.parse(readFileSync(join(dir, SHARD_FILE), 'utf8')) as Shard;
    if (!Number.isInteger(shard.k) || !Number.isInteger(shard.n) || shard.k < 1 || shard.k > shard.n) throw new Error('bad shard');
    const records = JSON.parse(readFileSync(join(dir, libraryIndexFile), 'utf8')) as unknown[];
    const library = records.map((record) => libraryEntrySchema.parse(record));
    return { shard: { k: shard.k, n: shard.n }, library };
  } catch {
    return { error: `${out}: its ${SHARD_DIR} folder cannot be read; build the shard again` };
  }
}
