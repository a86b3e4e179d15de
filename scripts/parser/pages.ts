import type { Page, SourceDocument } from './types.ts';

/** Splits a document at `<PAGE>` (and form feeds), removing folios and running heads and keeping each printed page number. */
export function splitPages(doc: SourceDocument): Page[] {
  void doc;
  throw new Error('splitPages is not written yet');
}
