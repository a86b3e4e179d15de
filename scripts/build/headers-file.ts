/** Writes `<out>/_headers` so hosts that read it (Netlify, Cloudflare Pages) send the CSP as a real header. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../../src/lib/csp.ts';

/** The file's name in the output directory (a root path no filing may take). */
export const HEADERS_FILE = '_headers';

/** The same policy as the pages' meta tag, plus frame-ancestors. */
export function writeHeadersFile(out: string): void {
  writeFileSync(join(out, HEADERS_FILE), headersFile());
}
