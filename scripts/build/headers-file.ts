/** Writes `<out>/_headers` so hosts that read it (Netlify, Cloudflare Pages) send the CSP as a real header. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../../src/lib/csp.ts';

/** The same policy as the pages' meta tag, plus frame-ancestors. */
export function writeHeadersFile(out: string): void {
  writeFileSync(join(out, '_headers'), headersFile());
}
