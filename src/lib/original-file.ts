/** Reads a filing's source as the build copied it beside its sections (scripts/build/parse-filings.ts), byte for byte. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir, ORIGINAL_FILE } from '../../scripts/build/parse-filings.ts';

/** The bytes of the filing as filed. */
export function originalBytes(filing: string): Buffer {
  return readFileSync(join(generatedDir, filing, ORIGINAL_FILE));
}
