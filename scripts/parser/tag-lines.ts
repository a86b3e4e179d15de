import { documentLines } from './document-lines.ts';
import { parseMessage, type ParseMessage } from './messages.ts';
import type { SourceDocument } from './types.ts';

/**
 * What may follow `<PAGE>` on its line as the filer's page number rather than text: "<PAGE>   4",
 * "<PAGE>  F-3", "<PAGE> ii", "<PAGE> 12a" (a roman numeral in its form, so "<PAGE> civil" is text).
 */
export const PAGE_TAG_NUMBER = /^(?:[A-Za-z]{1,3}-?)?\d{1,4}[A-Za-z]?$|^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;

const PAGE = /<PAGE>/i;
const TABLE_TAG = /<\/?TABLE>/i;

/** Table tags other than `<TABLE>`/`</TABLE>`; the tables stage reads them inside a table, outside one they are strays. */
const INNER_TABLE_TAG = /<\/?(?:CAPTION|S|C|FN|F\d{1,2})>/gi;

/** A line of a document with its 1-based file line. */
interface NumberedLine {
  text: string;
  line: number;
}

/**
 * Puts page and table tags that share a line with text on lines of their own, so the page stage
 * and the block rules only ever see tags alone on their line: `<PAGE> The second page starts...`,
 * `</TABLE> The paragraph after...`, a folio glued before a page break (`-4-<PAGE>`). Both parts
 * keep the file line they came from, and text after a tag keeps its column. Left as they are: a
 * page number after `<PAGE>`, text after `<TABLE>` (a caption the table rule reads), and the tags
 * inside a table (`<S>`, `<C>`, `<CAPTION>`, `<FN>`), which the tables stage reads in place.
 * Outside a table those inner tags are strays and are blanked in place.
 */
export function splitGluedTags(doc: SourceDocument): { document: SourceDocument; messages: ParseMessage[] } {
  const messages: ParseMessage[] = [];
  const say = (reason: string, line: number): void => void messages.push(parseMessage('envelope', reason, { line }));
  const out: NumberedLine[] = [];
  let inTable = false;
  for (const numbered of documentLines(doc)) {
    // Most lines hold no tag at all: nothing to split, blank or switch.
    if (!numbered.text.includes('<')) {
      out.push(numbered);
      continue;
    }
    for (const part of splitPage(numbered, say)) {
      for (const piece of splitTable(part, say)) {
        const trimmed = piece.text.trim();
        if (/^<TABLE>/i.test(trimmed)) inTable = true;
        else if (/^<\/TABLE>/i.test(trimmed)) inTable = false;
        out.push(inTable ? piece : withoutStrayTableTags(piece, say));
      }
    }
  }
  const text = out.map((l) => l.text).join('\n');
  if (text === doc.text) return { document: doc, messages };
  const document: SourceDocument = { ...doc, text };
  if (out.some((l, k) => l.line !== doc.firstLine + k)) document.lineNumbers = out.map((l) => l.line);
  return { document, messages };
}

/** Splits a line at each `<PAGE>` that shares it with text: the text before, the tag (with its page number), the text after. */
function splitPage(numbered: NumberedLine, say: (reason: string, line: number) => void): NumberedLine[] {
  const { text, line } = numbered;
  const at = text.search(PAGE);
  if (at === -1) return [numbered];
  const before = text.slice(0, at);
  const rest = text.slice(at + '<PAGE>'.length);
  const number = rest.trim();
  const alone = before.trim() === '';
  if (alone && (number === '' || PAGE_TAG_NUMBER.test(number))) return [numbered];
  const parts: NumberedLine[] = [];
  if (!alone) {
    say('text before <PAGE> on its line kept as the last line of its page', line);
    parts.push({ text: before.trimEnd(), line });
  }
  if (number === '' || PAGE_TAG_NUMBER.test(number)) {
    parts.push({ text: `<PAGE>${rest}`, line });
    return parts;
  }
  parts.push({ text: '<PAGE>', line });
  if (!alone || rest.trim() !== '') say('text after <PAGE> on its line kept as the first line of the next page', line);
  // The text after the tag keeps its column; a second <PAGE> in it is split the same way.
  parts.push(...splitPage({ text: ' '.repeat(at + '<PAGE>'.length) + rest, line }, say));
  return parts;
}

/**
 * Splits text off `<TABLE>` and `</TABLE>`: text before either tag goes on a line of its own, and so
 * does text after `</TABLE>` (it follows the table). Text after `<TABLE>` stays: the table rule
 * reads it as the table's caption or heading ("<TABLE>      (in millions)").
 */
function splitTable(numbered: NumberedLine, say: (reason: string, line: number) => void): NumberedLine[] {
  const { text, line } = numbered;
  const tag = TABLE_TAG.exec(text);
  if (!tag) return [numbered];
  const at = tag.index;
  const tagText = tag[0].toUpperCase();
  const before = text.slice(0, at);
  const after = text.slice(at + tagText.length);
  const parts: NumberedLine[] = [];
  if (before.trim() !== '') {
    say(`text before ${tagText} on its line kept on a line of its own`, line);
    parts.push({ text: before.trimEnd(), line });
  }
  const indent = before.trim() === '' ? before : '';
  if (tagText === '<TABLE>' || after.trim() === '') {
    parts.push({ text: `${indent}${tag[0]}${after}`, line });
    return parts;
  }
  say('text after </TABLE> on its line kept as a line after the table', line);
  parts.push({ text: `${indent}${tag[0]}`, line });
  parts.push(...splitTable({ text: ' '.repeat(at + tagText.length) + after, line }, say));
  return parts;
}

/** Outside a table, `<S>`, `<C>`, `<CAPTION>`, `<FN>` beside text are strays: blanked in place, the text kept. */
function withoutStrayTableTags(numbered: NumberedLine, say: (reason: string, line: number) => void): NumberedLine {
  const { text, line } = numbered;
  if (!text.includes('<')) return numbered;
  const stripped = text.replace(INNER_TABLE_TAG, (tag) => ' '.repeat(tag.length));
  if (stripped === text || stripped.trim() === '') return numbered;
  say('stray table tag outside a table ignored; the text around it is kept', line);
  return { text: stripped, line };
}
