import { cutEmbeddedBinaries, whyNotText } from './binary-body.ts';
import { ParseError } from './parse-error.ts';
import { unwrapPem } from './pem.ts';
import { readSecHeader } from './sec-header.ts';
import type { SkippedDocument, SourceDocument, Submission } from './types.ts';

/** Lines that only a submission envelope has (a bare document has none of them). */
const ENVELOPE_LINE = /^<(SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|SUBMISSION|DOCUMENT)>/;

/** A document's own tags before `<TEXT>`; each value runs to the end of its line, with no closing tag. */
const DOCUMENT_TAG = /^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>\s*(.*?)\s*$/;

/** Lines that end a document body when `</TEXT>` is missing. */
const BODY_END = /^<\/(TEXT|DOCUMENT|SEC-DOCUMENT|IMS-DOCUMENT|SUBMISSION)>|^<DOCUMENT>\s*$/;

/**
 * Reads a bare document or a full EDGAR submission (PEM wrapper, SEC header,
 * `<DOCUMENT>`s) into its metadata and text documents; binaries are skipped.
 * Lines removed on the way (PEM preamble, embedded `<PDF>` blocks) become
 * empty lines, so every document's `firstLine` counts lines of the file.
 */
export function readEnvelope(text: string, file: string): Submission {
  const lines = unwrapPem(text.split('\n'));
  if (!lines.some((line) => ENVELOPE_LINE.test(line))) {
    return { meta: {}, documents: [{ type: 'DOCUMENT', sequence: 1, text: lines.join('\n'), firstLine: 1 }], skipped: [], messages: [] };
  }
  const firstDocument = lines.findIndex((line) => /^<DOCUMENT>\s*$/.test(line));
  const meta = readSecHeader(firstDocument === -1 ? lines : lines.slice(0, firstDocument));
  const documents: SourceDocument[] = [];
  const skipped: SkippedDocument[] = [];
  for (const found of findDocuments(lines, firstDocument)) {
    const reason = whyNotText(found.type, found.body);
    if (reason) {
      skipped.push(withoutUndefined({ type: found.type, sequence: found.sequence, filename: found.filename, reason }));
      continue;
    }
    const { body, cuts } = cutEmbeddedBinaries(found.body, found.firstLine);
    for (const cut of cuts) skipped.push(withoutUndefined({ type: found.type, sequence: found.sequence, filename: found.filename, reason: cut }));
    documents.push(
      withoutUndefined({
        type: found.type,
        sequence: found.sequence,
        filename: found.filename,
        description: found.description,
        text: body.join('\n'),
        firstLine: found.firstLine,
      }),
    );
  }
  if (documents.length === 0) throw new ParseError('no text documents in the submission', file);
  return { meta, documents, skipped, messages: [] };
}

/** A `<DOCUMENT>` as found, before it is judged text or binary. */
interface FoundDocument {
  type: string;
  sequence: number;
  filename?: string;
  description?: string;
  body: string[];
  firstLine: number;
}

/** Splits the lines into `<DOCUMENT>`s: their tags, and the body between `<TEXT>` and `</TEXT>` (or the document's end). */
function findDocuments(lines: readonly string[], from: number): FoundDocument[] {
  const found: FoundDocument[] = [];
  if (from === -1) return found;
  let i = from;
  while (i < lines.length) {
    if (!/^<DOCUMENT>\s*$/.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    i++;
    const tags = new Map<string, string>();
    for (let m; i < lines.length && (m = DOCUMENT_TAG.exec(lines[i] ?? '')); i++) tags.set(m[1] ?? '', m[2] ?? '');
    // Most documents open their body with <TEXT>; a body that starts without it is taken as is.
    if (/^<TEXT>\s*$/.test(lines[i] ?? '')) i++;
    const start = i;
    while (i < lines.length && !BODY_END.test(lines[i] ?? '')) i++;
    const sequence = Number.parseInt(tags.get('SEQUENCE') ?? '', 10);
    found.push({
      type: tags.get('TYPE') || 'DOCUMENT',
      sequence: Number.isFinite(sequence) ? sequence : found.length + 1,
      filename: tags.get('FILENAME') || undefined,
      description: tags.get('DESCRIPTION') || undefined,
      body: lines.slice(start, i),
      firstLine: start + 1,
    });
  }
  return found;
}

/** Drops keys whose value is undefined, so optional fields are absent rather than present-and-undefined. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
