import type { SourceDocument } from './types.ts';

/** A document's lines of text, each with its 1-based line in the file. */
export function documentLines(doc: Pick<SourceDocument, 'text' | 'firstLine' | 'lineNumbers'>): { text: string; line: number }[] {
  return doc.text.split('\n').map((text, offset) => ({ text, line: doc.lineNumbers?.[offset] ?? doc.firstLine + offset }));
}
