import type { Block, SectionDraft, SourceDocument } from './types.ts';

/** Groups a document's blocks into the cover and its top-level sections (main document) or one section (exhibit). */
export function splitSections(doc: SourceDocument, blocks: Block[], isMain: boolean): SectionDraft[] {
  void doc;
  void blocks;
  void isMain;
  throw new Error('splitSections is not written yet');
}
