/** Moves one batch's built site into the output directory, by renaming, so merging costs no copying. */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves every entry of `from` that `into` lacks; directories present in both are merged entry by
 * entry. A file present in both (the library page, the stylesheet) must be byte-identical, since
 * every batch renders it from the same input: a difference means a batch saw other data, and is thrown.
 */
export function mergeOutput(from: string, into: string): void {
  for (const name of readdirSync(from).sort()) {
    const source = join(from, name);
    const target = join(into, name);
    if (!existsSync(target)) renameSync(source, target);
    else if (isDirectory(source) && isDirectory(target)) mergeOutput(source, target);
    else if (!sameFile(source, target)) throw new Error(`${target}: two build batches wrote different versions of this file`);
  }
  rmSync(from, { recursive: true, force: true });
}

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

function sameFile(a: string, b: string): boolean {
  return !isDirectory(a) && !isDirectory(b) && readFileSync(a).equals(readFileSync(b));
}
