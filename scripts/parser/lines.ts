import type { Line, Page } from './types.ts';

/** Flattens pages into the measured lines the block rules read (indent, blank, page start, source position). */
export function toLines(pages: Page[]): Line[] {
  const out: Line[] = [];
  for (const page of pages) {
    let started = false;
    for (const { text: raw, line } of page.lines) {
      const text = raw.trimEnd();
      const blank = text.trim() === '';
      const pageStart = !blank && !started;
      if (pageStart) started = true;
      out.push({
        text,
        indent: blank ? 0 : text.length - text.trimStart().length,
        blank,
        pageStart,
        pos: { line, pageIndex: page.index, printedPage: page.printedPage },
      });
    }
  }
  return out;
}
