import { cutEmbeddedBinaries, hasWords, whyNotText } from './binary-body.ts';
import { parseMessage, type ParseMessage } from './messages.ts';
import { ParseError } from './parse-error.ts';
import { readPem } from './pem.ts';
import { isHeaderLine, readSecHeader } from './sec-header.ts';
import { splitGluedTags } from './tag-lines.ts';
import type { SkippedDocument, SourceDocument, Submission } from './types.ts';

/** Lines that open a submission when one is the first line of the file (after its PEM wrapper). */
const SUBMISSION_START = /^\s*<(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|SUBMISSION|DOCUMENT)>/i;

/** A document's opening line; "<DOCUMENT>." (a typing slip) opens one too where a document can start. */
const DOCUMENT_OPEN = /^\s*<DOCUMENT>/i;

const HEADER_OPEN = /^\s*<(?:SEC|IMS)-HEADER>/i;
const HEADER_CLOSE = /^\s*<\/(?:SEC|IMS)-HEADER>\s*$/i;

/** A document's own tags before `<TEXT>`; each value runs to the end of its line, with no closing tag. */
const DOCUMENT_TAG = /^\s*<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>\s*(.*?)\s*$/i;

const TEXT_OPEN = /^\s*<TEXT>/i;

/** A line that closes a document body (alone on its line; with text beside it, it is a stray tag in the text). */
const CLOSER = /^\s*<\/(?:TEXT|DOCUMENT|SEC-DOCUMENT|IMS-DOCUMENT|SUBMISSION)>\s*$/i;

/** Envelope tags, which in a document's text are strays: removed, with the text around them kept. */
const ENVELOPE_TAG = /<\/?(?:SEC-DOCUMENT|IMS-DOCUMENT|SEC-HEADER|IMS-HEADER|SUBMISSION|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT|PDF)>/gi;

/** One document as the scan found it: its tags and the file lines (0-based) that carry its text. */
interface FoundDocument {
  tags: Map<string, string>;
  /** The line of its `<DOCUMENT>` tag (0-based), or of its first text line when it has none. */
  opened: number;
  lines: number[];
}

/**
 * Reads a bare document or a full EDGAR submission (PEM wrapper, SEC header,
 * `<DOCUMENT>`s) into its metadata and text documents; binaries are skipped.
 * Lines removed on the way (PEM preamble, tags, embedded `<PDF>` blocks)
 * become empty lines, so every document's `firstLine` counts lines of the file.
 *
 * No text is dropped: a stray tag inside a document's text is removed and the
 * text around it kept; a closing tag ends a document only when no text follows
 * it before the next `<DOCUMENT>`; text outside every document joins the first
 * text document. Each such repair is a positioned message. A file with no text
 * at all (only tags, page breaks or an SEC header) is a ParseError.
 */
export function readEnvelope(text: string, file: string): Submission {
  const pem = readPem(text.split('\n'));
  const lines = pem.lines;
  const messages: ParseMessage[] = [...pem.messages];
  if (!isSubmission(lines)) {
    const whole = { tags: new Map<string, string>(), opened: 0, lines: lines.map((_, i) => i) };
    const skipped: SkippedDocument[] = [];
    const documents = textDocuments([whole], lines, messages, skipped);
    if (documents.length === 0) throw new ParseError('no text to read: the file holds only tags and page breaks', file);
    return { meta: {}, documents, skipped, messages: sorted(messages) };
  }
  const scan = scanSubmission(lines, messages);
  const skipped: SkippedDocument[] = [];
  const textual = scan.found.filter((found) => {
    const reason = whyNotText(typeOf(found), found.lines.map((i) => lines[i] ?? ''));
    if (reason) skipped.push(withoutUndefined({ type: typeOf(found), sequence: sequenceOf(found, scan.found), filename: found.tags.get('FILENAME') || undefined, reason }));
    return !reason;
  });
  keepOrphans(scan.orphans, textual, scan.found, messages);
  reportMissingDocuments(lines, scan.found, messages);
  const documents = textDocuments(textual, lines, messages, skipped, scan.found);
  if (documents.length === 0) throw new ParseError('no text documents in the submission', file);
  return { meta: readSecHeader(scan.header), documents, skipped, messages: sorted(messages) };
}

/**
 * A submission starts with one of its tags (after the PEM wrapper) and has a `<DOCUMENT>` or a
 * closed SEC header; anything else is a bare document, whose stray envelope tags are ignored.
 */
function isSubmission(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '') ?? '';
  return SUBMISSION_START.test(first) && lines.some((line) => DOCUMENT_OPEN.test(line) || HEADER_CLOSE.test(line));
}

/** What the scan of a submission found: header lines, documents, and text lines outside any document. */
interface Scan {
  header: string[];
  found: FoundDocument[];
  orphans: number[];
}

/** Reads a submission line by line: SEC header, then `<DOCUMENT>`s with their tags and text. */
function scanSubmission(lines: readonly string[], messages: ParseMessage[]): Scan {
  const n = lines.length;
  const next = lookahead(lines);
  const lastHeaderClose = lines.findLastIndex((line) => HEADER_CLOSE.test(line));
  const header: string[] = [];
  const found: FoundDocument[] = [];
  const orphans: number[] = [];
  let state = 'outside' as 'outside' | 'header' | 'tags' | 'body';
  let doc: FoundDocument | undefined;
  let bodyHasText = false;
  const say = (reason: string, i: number): void => void messages.push(parseMessage('envelope', reason, { line: i + 1 }));
  // A <DOCUMENT> line with a <TYPE> (or another document tag) under it opens a document wherever it stands.
  const opensDocument = (i: number): boolean => DOCUMENT_OPEN.test(lines[i] ?? '') && DOCUMENT_TAG.test(lines[next.nonBlank[i + 1] ?? n] ?? '');
  // A closing tag ends the document when only blanks and closing tags stand between it and the next document.
  const closesDocument = (i: number): boolean => {
    const j = next.significant[i + 1] ?? n;
    return j >= n || DOCUMENT_OPEN.test(lines[j] ?? '');
  };
  // Opens a document at line i; text after the tag on its line ("<DOCUMENT>Exhibit 99") is its first text.
  const open = (i: number): FoundDocument => {
    const line = lines[i] ?? '';
    const opened: FoundDocument = { tags: new Map(), opened: i, lines: [] };
    found.push(opened);
    const rest = line.replace(DOCUMENT_OPEN, '');
    if (rest.trim() === '') return opened;
    say(`"${line.trim()}" read as <DOCUMENT>`, i);
    if (hasWords([rest])) opened.lines.push(i);
    return opened;
  };

  for (let i = 0; i < n; i++) {
    const line = lines[i] ?? '';
    const blank = line.trim() === '';
    if (state === 'header') {
      if (HEADER_CLOSE.test(line)) state = 'outside';
      else if (DOCUMENT_OPEN.test(line) && (opensDocument(i) || i > lastHeaderClose)) {
        say('the SEC header has no closing tag: it ends at the first <DOCUMENT>', i);
        doc = open(i);
        state = 'tags';
        bodyHasText = false;
      } else if (isHeaderLine(line)) header.push(line);
      // A line of prose inside the header is text outside any document, kept like the others.
      else orphans.push(i);
      continue;
    }
    if (state === 'outside') {
      if (DOCUMENT_OPEN.test(line)) {
        doc = open(i);
        state = 'tags';
        bodyHasText = false;
      } else if (HEADER_OPEN.test(line) && found.length === 0) {
        state = 'header';
        header.push(line);
      } else if (/^\s*</.test(line) && found.length === 0 && orphans.length === 0 && isHeaderLine(line)) {
        // Tags before any document and any text are the header's; once text has begun, "<F1>Items reported as ..." is more of it.
        header.push(line);
      } else if (!blank && !CLOSER.test(line)) orphans.push(i);
      continue;
    }
    if (state === 'tags') {
      // Blank lines among a document's tags are not its text.
      if (blank) continue;
      const tag = DOCUMENT_TAG.exec(line);
      if (tag) {
        doc?.tags.set((tag[1] ?? '').toUpperCase(), tag[2] ?? '');
        continue;
      }
      if (TEXT_OPEN.test(line)) {
        state = 'body';
        if (hasWords([line.replace(TEXT_OPEN, '')])) doc?.lines.push(i);
        continue;
      }
      if (DOCUMENT_OPEN.test(line) && !opensDocument(i)) {
        say('a second <DOCUMENT> tag in a row ignored', i);
        continue;
      }
      if (!CLOSER.test(line) && !DOCUMENT_OPEN.test(line)) say('the document has no <TEXT> tag: its text starts here', i);
      state = 'body';
    }
    // In a document's text.
    if (CLOSER.test(line) && closesDocument(i)) {
      state = 'outside';
      continue;
    }
    if (opensDocument(i)) {
      say('the document before this <DOCUMENT> was not closed', i);
      doc = open(i);
      state = 'tags';
      bodyHasText = false;
      continue;
    }
    const late = bodyHasText ? null : DOCUMENT_TAG.exec(line);
    const lateName = (late?.[1] ?? '').toUpperCase();
    if (late && doc && !doc.tags.has(lateName) && !/\s/.test(late[2] ?? '')) {
      // "<TEXT>" typed before "<SEQUENCE>1": still the document's own tag, not text. A tag the document
      // already has, or one followed by words ("<TYPE>This prospectus is..."), is a stray in the text.
      doc.tags.set(lateName, late[2] ?? '');
      say(`${lateName} tag after <TEXT> read as the document's tag`, i);
      continue;
    }
    doc?.lines.push(i);
    if (!blank) bodyHasText = true;
  }
  if (doc && state !== 'outside') say('the last document is not closed: its text runs to the end of the file', doc.opened);
  return { header, found, orphans };
}

/**
 * For each line, the index of the next line at or after it that is not blank (`nonBlank`), and
 * that is neither blank nor a closing tag (`significant`); the line count where there is none.
 */
function lookahead(lines: readonly string[]): { nonBlank: number[]; significant: number[] } {
  const n = lines.length;
  const nonBlank = new Array<number>(n + 1).fill(n);
  const significant = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const blank = line.trim() === '';
    nonBlank[i] = blank ? (nonBlank[i + 1] ?? n) : i;
    significant[i] = blank || CLOSER.test(line) ? (significant[i + 1] ?? n) : i;
  }
  return { nonBlank, significant };
}

/** The header's count of the submission's documents: "PUBLIC DOCUMENT COUNT:\t\t2" or "<PUBLIC-DOCUMENT-COUNT>2". */
const DOCUMENT_COUNT = /^\s*(?:PUBLIC DOCUMENT COUNT:|<PUBLIC-DOCUMENT-COUNT>)\s*(\d{1,4})\s*$/i;

/**
 * Says when the file holds fewer documents than its SEC header counts, or when their `<SEQUENCE>`
 * numbers skip one: a document was lost in transit or its `<DOCUMENT>` tag mistyped, and its text
 * (if any) was read as part of the document before it.
 */
function reportMissingDocuments(lines: readonly string[], found: readonly FoundDocument[], messages: ParseMessage[]): void {
  const headerEnd = found[0]?.opened ?? lines.length;
  for (let i = 0; i < headerEnd; i++) {
    const counted = DOCUMENT_COUNT.exec(lines[i] ?? '');
    if (!counted) continue;
    const count = Number(counted[1]);
    if (found.length < count) messages.push(parseMessage('envelope', `the SEC header counts ${count} documents; the file holds ${found.length}`, { line: i + 1 }));
    break;
  }
  const sequences = found.map((doc) => Number.parseInt(doc.tags.get('SEQUENCE') ?? '', 10));
  for (let k = 1; k < found.length; k++) {
    const before = sequences[k - 1]!;
    const after = sequences[k]!;
    if (Number.isFinite(before) && Number.isFinite(after) && after > before + 1) {
      const missing = after === before + 2 ? `${before + 1} is` : `${before + 1} to ${after - 1} are`;
      messages.push(parseMessage('envelope', `document ${missing} missing: the sequence goes from ${before} to ${after}`, { line: found[k]!.opened + 1 }));
    }
  }
}

/** Text outside every document (before the first, after the header) joins the first text document, or becomes one. */
function keepOrphans(orphans: readonly number[], text: FoundDocument[], found: readonly FoundDocument[], messages: ParseMessage[]): void {
  const first = orphans[0];
  if (first === undefined) return;
  const into = text[0];
  // Not unshift(...orphans): a long run of orphan lines can outgrow the argument limit.
  if (into) into.lines = [...orphans, ...into.lines];
  else text.push({ tags: new Map(), opened: first, lines: [...orphans] });
  const where = into ? `kept with document ${found.indexOf(into) + 1}` : 'kept as a document of its own';
  messages.push(parseMessage('envelope', `${orphans.length} line(s) of text outside any <DOCUMENT> ${where}`, { line: first + 1 }));
}

/**
 * The text documents: each found document's lines as one text (lines between its own that are not
 * its text, such as tags, left empty), embedded binaries cut, stray envelope tags removed, tags
 * glued to text split onto lines of their own. A document without words is not a text document.
 */
function textDocuments(
  text: readonly FoundDocument[],
  lines: readonly string[],
  messages: ParseMessage[],
  skipped: SkippedDocument[],
  all: readonly FoundDocument[] = text,
): SourceDocument[] {
  const documents: SourceDocument[] = [];
  for (const found of text) {
    if (found.lines.length === 0) continue;
    // Not Math.min(...lines): a bare document's line list can outgrow the argument limit.
    const from = found.lines.reduce((a, b) => Math.min(a, b));
    const to = found.lines.reduce((a, b) => Math.max(a, b));
    const body = new Array<string>(to - from + 1).fill('');
    for (const i of found.lines) body[i - from] = lines[i] ?? '';
    const type = typeOf(found);
    const sequence = sequenceOf(found, all);
    const filename = found.tags.get('FILENAME') || undefined;
    const cut = cutEmbeddedBinaries(body, from + 1);
    for (const reason of cut.cuts) skipped.push(withoutUndefined({ type, sequence, filename, reason }));
    const kept = cut.body.map((line, k) => withoutStrayTags(line, from + k + 1, messages));
    if (!hasWords(kept)) continue;
    const source = withoutUndefined({ type, sequence, filename, description: found.tags.get('DESCRIPTION') || undefined, text: kept.join('\n'), firstLine: from + 1 });
    const split = splitGluedTags(source);
    messages.push(...split.messages);
    documents.push(split.document);
  }
  return documents;
}

/** A line of text with its stray envelope tags blanked in place (so columns hold), and a message for each. */
function withoutStrayTags(line: string, lineNumber: number, messages: ParseMessage[]): string {
  if (!line.includes('<')) return line;
  return line.replace(ENVELOPE_TAG, (tag) => {
    messages.push(parseMessage('envelope', `stray ${tag.toUpperCase()} tag in the text ignored; the text around it is kept`, { line: lineNumber }));
    return ' '.repeat(tag.length);
  });
}

/** The document's `<TYPE>`, or "DOCUMENT" when it has none. */
function typeOf(found: FoundDocument): string {
  return found.tags.get('TYPE') || 'DOCUMENT';
}

/** The document's `<SEQUENCE>`, or its place among the documents found. */
function sequenceOf(found: FoundDocument, all: readonly FoundDocument[]): number {
  const sequence = Number.parseInt(found.tags.get('SEQUENCE') ?? '', 10);
  return Number.isFinite(sequence) ? sequence : all.indexOf(found) + 1;
}

/** Messages in line order, so a report reads top to bottom. */
function sorted(messages: ParseMessage[]): ParseMessage[] {
  return [...messages].sort((a, b) => a.line - b.line);
}

/** Drops keys whose value is undefined, so optional fields are absent rather than present-and-undefined. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
