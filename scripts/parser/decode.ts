import { ParseError } from './parse-error.ts';

/** Columns between tab stops when tabs are expanded (EDGAR's guidance assumes a typewriter's 8). */
export const TAB_WIDTH = 8;

/** EDGAR's transport splits long lines after exactly these many characters (edgarWebR's rule). */
const TRANSPORT_SPLIT_LENGTHS = new Set([1023, 1025]);

/** How many leading bytes the binary sniffing reads. */
const SNIFF_BYTES = 64 * 1024;

/** Share of control bytes above which a file is taken to be binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;

/** So few control bytes are stray marks (a DOS end-of-file byte), whatever their share of a tiny file. */
const MIN_CONTROL_BYTES = 8;

/** Leading bytes of binary formats that turn up where a filing is expected. */
const BINARY_MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (and xlsx, docx)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (old .doc/.xls)
];

/**
 * Bytes to clean text: UTF-8 when valid, else Windows-1252; LF line ends; tabs
 * expanded; form feeds as page breaks; `<R>` tags blanked to the same width;
 * 1023/1025-character transport splits rejoined. Throws ParseError for an empty
 * or binary file.
 *
 * Line numbers stay those of the file: a rejoined split leaves an empty line
 * where its continuation was, so line N of the result is line N of the file.
 * A form feed alone on a line becomes `<PAGE>`; one before text stays at the
 * start of that line ("\fPART II"), a page break the page stage reads. Only a
 * form feed after text on its line ("text\f") pushes later lines down by one.
 */
export function decodeFiling(bytes: Uint8Array, file: string): string {
  if (isBlank(bytes)) throw new ParseError('the file is empty', file);
  if (looksBinary(bytes)) throw new ParseError('not a text filing: it looks binary', file);
  const raw = decodeCharacters(bytes);
  const lines = rejoinTransportSplits(raw.replace(/\r\n?/g, '\n').split('\n'));
  return lines.flatMap(cleanLine).join('\n');
}

/** True when the bytes are nothing but whitespace (or nothing at all). */
export function isBlank(bytes: Uint8Array): boolean {
  // Indexed loops: iterating a typed array with for-of costs several times as much per byte.
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

/** True for a known binary format's magic number, a NUL byte, or too many control bytes in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    // Tab, LF, FF and CR are text; ESC and SUB (a DOS end-of-file mark) are odd but harmless in small numbers.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control > MIN_CONTROL_BYTES && control / sample.length > MAX_CONTROL_SHARE;
}

/** UTF-8 (without its BOM) when the bytes are valid UTF-8, else Windows-1252, so stray 0x92/0x93 become ’ “. */
export function decodeCharacters(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Rejoins lines the transport split after exactly 1023 or 1025 characters with
 * the line that follows; the continuation's slot is left empty so that line
 * numbers do not move. A continuation starting "- -" was dash-stuffed in transit
 * and loses its "- ". Where the join would run a word into a word, it needs
 * evidence that one word was cut (`cutWord`); a line that merely happens to be
 * that long stays as it is.
 */
export function rejoinTransportSplits(lines: string[]): string[] {
  const out = [...lines];
  let words: Map<string, number> | undefined;
  const wordsOfFile = (): Map<string, number> => (words ??= countWords(lines));
  for (let i = 0; i < out.length - 1; i++) {
    let k = i;
    let joined = out[i] ?? '';
    // A line over 2046 characters arrives split twice or more, so keep going while the piece is split-sized.
    while (k < out.length - 1 && TRANSPORT_SPLIT_LENGTHS.has((lines[k] ?? '').length)) {
      const raw = lines[k + 1] ?? '';
      const next = raw.startsWith('- -') ? raw.slice(2) : raw;
      if (!joinable(lines[k] ?? '', next, wordsOfFile)) break;
      joined += next;
      out[++k] = '';
    }
    out[i] = joined;
    i = k;
  }
  return out;
}

/** A letter or digit at the end of a line, and at the start of one. */
const WORD_END = /[\p{L}\p{N}]+$/u;
const WORD_START = /^[\p{L}\p{N}]+/u;

/** True when a split-length line and the next may be one line: nothing to glue at the seam, or a word visibly cut there. */
function joinable(piece: string, next: string, words: () => Map<string, number>): boolean {
  const tail = WORD_END.exec(piece)?.[0];
  const head = WORD_START.exec(next)?.[0];
  if (tail === undefined || head === undefined) return true;
  return cutWord(tail, head, words());
}

/**
 * Evidence that a word was cut between two lines ("...the compa" / "ny said"): the joined word is one
 * the file uses elsewhere; or the continuation goes on in lower case (or digits go on in digits) and
 * neither side is a word the file uses anywhere else ("Xer" / "ox"). A word and a word, such as
 * "Xerox" / "and" or "total" / "Revenue", stay apart.
 */
export function cutWord(tail: string, head: string, words: ReadonlyMap<string, number>): boolean {
  const count = (w: string): number => words.get(w.toLowerCase()) ?? 0;
  if (count(tail + head) > 0) return true;
  const continues = /^\p{Ll}/u.test(head) || (/\p{N}$/u.test(tail) && /^\p{N}/u.test(head));
  // Each side is counted once here, where it was cut; a second use elsewhere makes it a word of its own.
  return continues && count(tail) <= 1 && count(head) <= 1;
}

/** Lower-cased word counts of the lines. */
function countWords(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of line.matchAll(/[\p{L}\p{N}]+/gu)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * One decoded line to clean lines. A form feed alone on its line becomes a
 * `<PAGE>` line; one that starts a line of text stays in front of it (the page
 * stage breaks before such a line), so neither adds a line. Only a form feed
 * after text on its line needs a line of its own.
 */
export function cleanLine(line: string): string[] {
  if (!line.includes('\f')) return [cleanColumns(line)];
  const out: string[] = [];
  line.split('\f').forEach((part, i) => {
    if (i === 0) {
      if (part.trim() !== '') out.push(cleanColumns(part));
    } else out.push(part.trim() === '' ? '<PAGE>' : `\f${cleanColumns(part)}`);
  });
  return out;
}

/** Expands tabs to 8-column stops, blanks `<R>`/`</R>` to spaces of the same width, and turns stray control bytes into spaces. */
export function cleanColumns(line: string): string {
  return expandTabs(line)
    .replace(/<\/?R>/gi, (tag) => ' '.repeat(tag.length))
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' ');
}

/** Replaces each tab with the spaces that reach the next 8-column stop. */
export function expandTabs(line: string, width = TAB_WIDTH): string {
  if (!line.includes('\t')) return line;
  const [first = '', ...rest] = line.split('\t');
  let out = first;
  for (const part of rest) out += ' '.repeat(width - (out.length % width)) + part;
  return out;
}
