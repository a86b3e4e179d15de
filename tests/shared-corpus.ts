/**
 * The development corpus beside the clone (`../shared/corpus/filings`), read in place and never
 * copied into the project. A clone from a public host has no `../shared`: the tests that read real
 * filings are then skipped, and `skipNote` says why in one line. CI sets PR_REQUIRE_SHARED=1, so
 * there a missing corpus fails instead of skipping.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared`, beside the project folder. */
export const sharedDir = resolve(import.meta.dirname, '../../shared');

/** The real filings to develop against. */
export const corpusDir = join(sharedDir, 'corpus/filings');

/** The careful readers' annotations of some of them. */
export const goldDir = join(sharedDir, 'corpus/gold');

/** True when the corpus is beside the clone. */
export const hasCorpus = existsSync(corpusDir);

/** The one line printed when the corpus tests are skipped. */
export const skipNote = `skipped: the tests on real filings need ${corpusDir}, which is not beside this clone`;

/** A path inside the corpus folder. */
export function corpusFile(name: string): string {
  return join(corpusDir, name);
}

/** The corpus filings' names, sorted; empty when the corpus is absent. */
export function corpusFiles(): string[] {
  return hasCorpus ? readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort() : [];
}

/** A stand-in for something read from the absent corpus: its tests are skipped, and any use of it throws, naming it. */
export function unavailable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get() {
      throw new Error(`${what}: ${skipNote}`);
    },
  });
}
