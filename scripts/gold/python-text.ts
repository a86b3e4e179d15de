/**
 * Python's text semantics where they differ from JavaScript's, so the scorer reads text exactly as
 * the reference `gold.py` does: its whitespace (`str.isspace`, `re`'s `\s`), word characters
 * (`re`'s `\w`), digits (`\d`), `strip()`, and the newline translation of a file opened as text.
 */

/**
 * The characters of Python's `\s` and `str.isspace()` as a class body: JavaScript's `\s` adds U+FEFF
 * and lacks U+001C-U+001F and NEL (U+0085).
 */
export const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Python's `\w` on str (letters, any numeric, underscore); use with the `u` flag. */
export const PY_WORD = '\\p{L}\\p{N}_';

/** Python's `\d` on str (any decimal digit, not only ASCII); use with the `u` flag. */
export const PY_DIGIT = '\\p{Nd}';

const leading = new RegExp(`^[${PY_SPACE}]+`, 'u');
const trailing = new RegExp(`[${PY_SPACE}]+$`, 'u');
const wordChar = new RegExp(`^[${PY_WORD}]$`, 'u');

/** `s.strip()`. */
export function pyStrip(s: string): string {
  return pyLstrip(s).replace(trailing, '');
}

/** `s.lstrip()`. */
export function pyLstrip(s: string): string {
  return s.replace(leading, '');
}

/** True when the one character (code point) `ch` is a Python word character. */
export function isPyWordChar(ch: string | undefined): boolean {
  return ch !== undefined && wordChar.test(ch);
}

/** What Python's `open(path).read()` gives for text: "\r\n" and a lone "\r" become "\n". */
export function universalNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Code points, as Python indexes and measures a str. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/**
 * `open(path, encoding=..., errors="replace").read()`: bytes decoded as UTF-8 (bad bytes as U+FFFD, a
 * BOM kept as Python keeps it) or as Latin-1 (one character per byte), with newlines translated.
 */
export function decodeAsPython(bytes: Uint8Array, encoding: 'utf-8' | 'latin-1'): string {
  const text = encoding === 'latin-1' ? Buffer.from(bytes).toString('latin1') : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return universalNewlines(text);
}
