/** Where the build writes what it generates from the filings (read by src/content.config.ts), apart from the parser so that importing it loads nothing. */

/** Where the generated section files go. */
export const generatedDir = 'content/generated';

/**
 * The folder of a generated filing holding files served as they are, at the same path under the
 * filing's URL (`site/page/7/original.txt` is `/<filing>/page/7/original.txt`, `site/<section>/table-1.csv`
 * is `/<filing>/<section>/table-1.csv`); copied by site-files.ts.
 */
export const SITE_FILES_DIR = 'site';
