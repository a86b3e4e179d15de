import type { Submission } from './types.ts';

/**
 * Reads a bare document or a full EDGAR submission (PEM wrapper, SEC header,
 * `<DOCUMENT>`s) into its metadata and text documents; binaries are skipped.
 */
export function readEnvelope(text: string, file: string): Submission {
  void text;
  void file;
  throw new Error('readEnvelope is not written yet');
}
