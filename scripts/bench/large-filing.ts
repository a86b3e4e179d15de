/**
 * One large filing for timing the parser on a big input: a submission whose documents are the
 * documents of synthetic copies of real filings (each copy renamed and its numbers perturbed, see
 * synthetic-filing.ts), taken in turn until the text reaches the size asked for. Every document is
 * one the parser reads in the corpus, so the large filing parses like many filings in one file.
 */
import { synthesizeFiling, type SourceFiling } from './synthetic-filing.ts';

/** A `<DOCUMENT>` block of a submission, tags and all. */
const DOCUMENT = /^<DOCUMENT>[\s\S]*?^<\/DOCUMENT>[ \t]*$/gim;

/** The documents of a filing: its `<DOCUMENT>` blocks, or the whole text of a bare filing wrapped as one. */
export function documentsOf(text: string): string[] {
  const blocks = text.match(DOCUMENT);
  if (blocks) return blocks;
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return [`<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>1\n<TEXT>\n${body}</TEXT>\n</DOCUMENT>`];
}

/** Numbers a document's `<SEQUENCE>` anew, so the submission's documents count 1, 2, 3, ... */
function renumber(document: string, sequence: number): string {
  return /^<SEQUENCE>/m.test(document)
    ? document.replace(/^<SEQUENCE>.*$/m, `<SEQUENCE>${sequence}`)
    : document.replace(/^<DOCUMENT>[ \t]*$/m, `<DOCUMENT>\n<SEQUENCE>${sequence}`);
}

/**
 * A submission of at least `targetBytes` (latin1, one byte a character): an SEC header naming
 * one filer, then the documents of synthetic filings 0, 1, 2, ... from `sources`. Deterministic.
 */
export function makeLargeFiling(sources: readonly SourceFiling[], targetBytes: number): string {
  if (sources.length === 0) throw new RangeError('no source filings to make a large filing from');
  const head = '<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-K\nPUBLIC DOCUMENT COUNT:\t\t1\nFILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tLARGE FILING BENCHMARK INC\n</SEC-HEADER>\n';
  const parts = [head];
  let bytes = head.length;
  let sequence = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    for (const document of documentsOf(synthesizeFiling(sources, index).text)) {
      sequence++;
      const part = `${renumber(document, sequence)}\n`;
      parts.push(part);
      bytes += part.length;
    }
  }
  parts.push('</SEC-DOCUMENT>\n');
  return parts.join('');
}
