/**
 * The text word recall measures against: a filing's text documents as the file has them. It is
 * read here on its own, without the envelope reader, so that text the reader loses (a document
 * cut short by a stray tag, an exhibit skipped) shows up as missing words.
 */
import { cutEmbeddedBinaries, whyNotText } from './parser/binary-body.ts';
import { isPemBoundary, isPemHeaderLine, isPemWrapped } from './parser/pem.ts';

/** The tags that can open a submission (its first line). */
const SUBMISSION_START = /^\s*<(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|SUBMISSION|DOCUMENT)>/i;
const DOCUMENT_OPEN = /^\s*<DOCUMENT>/i;
const HEADER_OPEN = /^\s*<(?:SEC|IMS)-HEADER>/i;
const HEADER_CLOSE = /^\s*<\/(?:SEC|IMS)-HEADER>/i;

/** A document's own tag lines under `<DOCUMENT>`: metadata, not its text. */
const DOCUMENT_TAG = /^\s*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT)>\s*(.*?)\s*$/i;

/**
 * The decoded file's text documents, each ending at a page edge so its folios are known as
 * such: without the PEM wrapper, the SEC header (and the header tags before the first
 * `<DOCUMENT>`), each document's tag lines, and binary documents and blocks. Every other line
 * counts, wherever it stands (text after a stray closing tag, text before the first document);
 * the tags inside lines are left for `wordRecall`, which does not count them.
 */
export function recallSource(decoded: string): string {
  const lines = withoutPem(decoded.split('\n'));
  const first = lines.find((line) => line.trim() !== '') ?? '';
  const submission = SUBMISSION_START.test(first) && lines.some((line) => DOCUMENT_OPEN.test(line) || HEADER_CLOSE.test(line));
  if (!submission) return lines.join('\n');
  const firstDocument = lines.findIndex((line) => DOCUMENT_OPEN.test(line));
  const end = firstDocument === -1 ? lines.length : firstDocument;
  const parts: string[][] = [];
  const before: string[] = [];
  let inHeader = false;
  for (const line of lines.slice(0, end)) {
    if (HEADER_OPEN.test(line)) inHeader = true;
    else if (HEADER_CLOSE.test(line)) inHeader = false;
    else if (!inHeader && !/^\s*</.test(line)) before.push(line);
  }
  parts.push(before);
  let document: string[] = [];
  for (const line of lines.slice(end)) {
    if (DOCUMENT_OPEN.test(line) && document.length > 0) {
      parts.push(documentText(document));
      document = [];
    }
    document.push(line);
  }
  if (document.length > 0) parts.push(documentText(document));
  return parts.map((part) => part.join('\n')).join('\n<PAGE>\n');
}

/** One document from its `<DOCUMENT>` line: the opening line (text after the tag counts), then its body; nothing when binary. */
function documentText(lines: readonly string[]): string[] {
  let k = 1;
  let type = 'DOCUMENT';
  for (let m; k < lines.length && (m = DOCUMENT_TAG.exec(lines[k] ?? '')); k++) if ((m[1] ?? '').toUpperCase() === 'TYPE') type = m[2] || type;
  const body = lines.slice(k);
  if (whyNotText(type, body)) return [];
  return [lines[0] ?? '', ...cutEmbeddedBinaries(body, 1).body];
}

/** The lines without a PEM wrapper's BEGIN and END lines and the header fields under BEGIN. */
function withoutPem(lines: string[]): string[] {
  if (!isPemWrapped(lines)) return lines;
  const out = lines.map((line) => (isPemBoundary(line) ? '' : line));
  const begin = lines.findIndex((line) => isPemBoundary(line));
  for (let i = begin + 1; i < out.length && isPemHeaderLine(out[i] ?? ''); i++) out[i] = '';
  return out;
}
