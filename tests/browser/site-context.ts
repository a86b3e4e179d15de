import { inject } from 'vitest';

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

/** The corpus site built once by global-setup. */
export function corpusSite(): { url: string; dist: string } {
  return { url: inject('corpusUrl'), dist: inject('corpusDist') };
}
