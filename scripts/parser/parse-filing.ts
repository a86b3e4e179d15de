import type { ParsedFiling } from './types.ts';

/** The whole pipeline: bytes of one filing to validated sections of Markdown and a report. */
export function parseFiling(bytes: Uint8Array, file: string, slug: string): ParsedFiling {
  void bytes;
  void file;
  void slug;
  throw new Error('parseFiling is not written yet');
}
