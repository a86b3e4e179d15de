import type { Line, Page } from './types.ts';

/** Flattens pages into the measured lines the block rules read (indent, blank, page start, source position). */
export function toLines(pages: Page[]): Line[] {
  void pages;
  throw new Error('toLines is not written yet');
}
