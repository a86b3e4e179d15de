import type { Page } from './types.ts';

/** A running head is short: a company name or a document title, not a sentence. */
const MAX_HEAD_LENGTH = 70;

/** Fewest pages a line must head before it counts as a running head. */
const MIN_PAGES = 3;

/**
 * Share of the document's pages a running head must top. A true running head
 * runs through the document; a title that only recurs on a few statement pages
 * ("JUNGLEE CORP." over each financial statement in Amazon's 1998 8-K) is text.
 */
const MIN_SHARE = 0.5;

/**
 * Removes running heads: a short line that is the first visible line of at
 * least three pages and of half the document's pages (same text, ignoring a
 * page number before or after it). The first page it tops keeps it, as the
 * title it also is; the repeats go, and are listed in `removed`.
 */
export function removeRunningHeads(pages: Page[]): Page[] {
  const tops = pages.map((page) => {
    const at = page.lines.findIndex((l) => l.text.trim() !== '');
    return { at, key: at === -1 ? null : headKey(page.lines[at]?.text ?? '') };
  });
  const counts = new Map<string, number>();
  for (const { key } of tops) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const heads = new Set(
    [...counts].filter(([, n]) => n >= MIN_PAGES && n >= pages.length * MIN_SHARE).map(([key]) => key),
  );
  if (heads.size === 0) return pages;

  const seen = new Set<string>();
  return pages.map((page, i) => {
    const { at, key } = tops[i] ?? { at: -1, key: null };
    if (key === null || !heads.has(key)) return page;
    if (!seen.has(key)) {
      seen.add(key);
      return page;
    }
    const head = page.lines[at];
    if (!head) return page;
    return {
      ...page,
      lines: page.lines.filter((_, j) => j !== at),
      removed: [...(page.removed ?? []), { ...head, why: 'running head' as const }],
    };
  });
}

/** The text a running head is compared by: trimmed, spaces collapsed, a page number before or after it dropped; null for lines that cannot be one. */
export function headKey(text: string): string | null {
  const key = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:page\s+)?[A-Z]?-?\d{1,3}\s+(?=\S)/i, '')
    .replace(/\s+(?:page\s+)?[A-Z]?-?\d{1,3}$/i, '')
    .toUpperCase();
  if (key === '' || key.length > MAX_HEAD_LENGTH || key.startsWith('<')) return null;
  // A lone number or rule is a folio or a drawing, never a running head.
  if (!/\p{L}{2}/u.test(key)) return null;
  return key;
}
