import { inject } from 'vitest';
import { hasCorpus } from '../shared-corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin serving the seed site (the bundled prospectus). */
    seedUrl: string;
    /** Absolute path of the seed site's build. */
    seedDist: string;
    /** Origin serving the corpus site (../shared/corpus/filings). */
    corpusUrl: string;
    /** Absolute path of the corpus site's build. */
    corpusDist: string;
  }
}

/** The seed filing's slug: its file name without `.txt`. */
export const seedSlug = 'level3-2004-prospectus';

/** The seed site built once by global-setup: where it is served and where its files are. */
export function seedSite(): { url: string; dist: string } {
  return { url: inject('seedUrl'), dist: inject('seedDist') };
}

/** The corpus site built once by global-setup (empty url and dist when ../shared is not beside the clone). */
export function corpusSite(): { url: string; dist: string } {
  return { url: inject('corpusUrl'), dist: inject('corpusDist') };
}

/** The sites a check runs on: the seed, and the corpus where ../shared is beside the clone. */
export function builtSites(): (readonly ['seed' | 'corpus', { url: string; dist: string }])[] {
  return [['seed', seedSite()] as const, ...(hasCorpus ? [['corpus', corpusSite()] as const] : [])];
}
