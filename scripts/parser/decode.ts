import { ParseError } from './parse-error.ts';

/**
 * Bytes to clean text: UTF-8 when valid, else Windows-1252; LF line ends; tabs
 * expanded; form feeds as page breaks; `<R>` tags blanked to the same width;
 * 1023/1025-character transport splits rejoined. Throws ParseError for an empty
 * or binary file.
 */
export function decodeFiling(bytes: Uint8Array, file: string): string {
  void bytes;
  throw new ParseError('decodeFiling is not written yet', file);
}
