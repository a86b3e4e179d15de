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
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

/** True for a known binary format's magic number, a NUL byte, or too many control bytes in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
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
 * and loses its "- ".
 */
export function rejoinTransportSplits(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length - 1; i++) {
    let k = i;
    let joined = out[i] ?? '';
    // A line over 2046 characters arrives split twice or more, so keep going while the piece is split-sized.
    while (k < out.length - 1 && TRANSPORT_SPLIT_LENGTHS.has((lines[k] ?? '').length)) {
      const next = lines[k + 1] ?? '';
      joined += next.startsWith('- -') ? next.slice(2) : next;
      out[++k] = '';
    }
    out[i] = joined;
    i = k;
  }
  return out;
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
