/** Document types that are never plain text (the Loughran-McDonald Stage One parse drops the same ones). */
const BINARY_TYPES = new Set(['GRAPHIC', 'ZIP', 'EXCEL', 'PDF', 'XML', 'JSON']);

/** The first line of a uuencoded file: "begin 644 g12345.jpg". */
const UUENCODE_BEGIN = /^begin [0-7]{3,4} (\S.*?)\s*$/;

/** A full uuencoded line: a length character "M" (45 bytes) and 60 characters of data. */
const UUENCODE_LINE = /^M[\x21-\x60]{60}$/;

/**
 * Why a document is not rendered as text, or undefined when it is text: a binary
 * `<TYPE>`, a uuencoded body, a `<PDF>` body, or an HTML/XML body (this reader
 * renders plain-text filings only).
 */
export function whyNotText(type: string, body: readonly string[]): string | undefined {
  const upper = type.toUpperCase();
  if (BINARY_TYPES.has(upper)) return `${upper} document (not text)`;
  if (/^EX-101\./.test(upper)) return 'XBRL document (XML, not text)';
  const first = body.find((line) => line.trim() !== '')?.trim() ?? '';
  const uu = UUENCODE_BEGIN.exec(first);
  if (uu) return `uuencoded file ${uu[1]} (binary)`;
  if (isPdfBlock(body, body.findIndex((line) => line.trim() !== ''))) return 'PDF document (not text)';
  if (/^<\?xml|^<XBRL>/i.test(first)) return 'XML document (not text)';
  if (/^<(?:!DOCTYPE\s+html|html|head|title|body)[\s>]/i.test(first)) return 'HTML document (this reader renders plain-text filings)';
  if (!hasWords(body)) return 'empty document (no text)';
  return undefined;
}

/** A `<PAGE>` line with at most a short page number after the tag ("<PAGE>   4", "<PAGE>  F-3"). */
const PAGE_LINE = /^\s*<PAGE>\s*\S{0,8}\s*$/i;

/** An SGML tag as EDGAR text carries them: `<PAGE>`, `<TABLE>`, `</TEXT>` ... */
const SGML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*>/g;

/** True when some line has a letter or digit outside its tags; page breaks and their numbers are not text. */
export function hasWords(lines: readonly string[]): boolean {
  return lines.some((line) => !PAGE_LINE.test(line) && /[\p{L}\p{N}]/u.test(line.replace(SGML_TAG, '')));
}

/**
 * True when line `at` opens a `<PDF>` block: the tag, then a uuencoded file on the next non-blank
 * line ("begin 644 annual.pdf"). A `<PDF>` line with text after it is a stray tag, not a binary.
 */
export function isPdfBlock(lines: readonly string[], at: number): boolean {
  if (at < 0 || !/^\s*<PDF>\s*$/i.test(lines[at] ?? '')) return false;
  const next = findIndexFrom(lines, at + 1, (l) => l.trim() !== '');
  return next !== -1 && UUENCODE_BEGIN.test((lines[next] ?? '').trim());
}

/**
 * Cuts `<PDF>...</PDF>` blocks and uuencoded files out of a text document's
 * body, leaving empty lines in their place so line numbers hold, and says what
 * was cut and where (1-based file lines: `firstLine` for the body's first line,
 * or each body line's own number).
 */
export function cutEmbeddedBinaries(body: readonly string[], firstLine: number | readonly number[]): { body: string[]; cuts: string[] } {
  const lineOf = (i: number): number => (typeof firstLine === 'number' ? firstLine + i : (firstLine[i] ?? 0));
  const out = [...body];
  const cuts: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    let end = -1;
    let what = '';
    if (isPdfBlock(out, i)) {
      end = findIndexFrom(out, i, (l) => /<\/PDF>/i.test(l));
      // Without its </PDF>, the block ends with its uuencoded file's "end" line.
      if (end === -1) end = findIndexFrom(out, i, (l) => l.trim() === 'end');
      what = 'embedded <PDF> block';
    } else if (UUENCODE_BEGIN.test(line) && UUENCODE_LINE.test(out[i + 1] ?? '')) {
      end = findIndexFrom(out, i + 1, (l) => l.trim() === 'end');
      what = `embedded uuencoded file ${UUENCODE_BEGIN.exec(line)?.[1] ?? ''}`;
    } else continue;
    // An unclosed block runs to the end of the document.
    if (end === -1) end = out.length - 1;
    cuts.push(`${what}, lines ${lineOf(i)}-${lineOf(end)} (binary, not rendered)`);
    for (let j = i; j <= end; j++) out[j] = '';
    i = end;
  }
  return { body: out, cuts };
}

/** Index of the first line at or after `from` that passes the test, or -1. */
function findIndexFrom(lines: readonly string[], from: number, test: (line: string) => boolean): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i] ?? '')) return i;
  return -1;
}
