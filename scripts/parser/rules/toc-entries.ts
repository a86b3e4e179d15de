import type { TocEntry } from '../types.ts';
import { isAllCaps } from './line-tests.ts';

/** A printed page reference: "12", "A-3", "F-12", "ii". */
const PAGE = /^(?:[A-Z]{1,2}-?)?\d{1,4}$|^[ivxlc]{1,6}$/i;

/** The page reference at the very end of a line, after a dot or a space: "...2", "... A-10". */
const PAGE_AT_END = /(?:^|[\s.])((?:[A-Z]{1,2}-?)?\d{1,4}|[ivxlc]{1,6})$/i;

/** Splits a contents line "RISK FACTORS      ......2" into title and page; null when it is not one. */
export function leaderEntry(text: string): { title: string; page: string } | null {
  const t = text.trim();
  const m = PAGE_AT_END.exec(t);
  if (!m || !PAGE.test(m[1] ?? '')) return null;
  // Walk back over the leaders by hand: nested quantifiers over long dot runs backtrack badly.
  let k = t.length - (m[1] ?? '').length;
  let dots = 0;
  while (k > 0 && (t[k - 1] === '.' || t[k - 1] === ' ')) {
    if (t[k - 1] === '.') dots++;
    k--;
  }
  if (dots < 3) return null;
  return { title: t.slice(0, k).replace(/\s+/g, ' ').trim(), page: m[1] ?? '' };
}

/** A contents line without leaders whose last token, after a wide gap, is a page: "Item 1.  Business      3". */
export function gapEntry(text: string): { title: string; page: string } | null {
  const m = /^(.*?\S)\s{3,}(\S+)$/.exec(text.trim());
  if (!m || !PAGE.test(m[2] ?? '') || /\s{3,}/.test(m[1] ?? '')) return null;
  return { title: (m[1] ?? '').replace(/\s+/g, ' '), page: m[2] ?? '' };
}

/** A "Page" column header over a contents listing. */
export function isPageHeader(text: string): boolean {
  return /^pages?$/i.test(text.trim());
}

/** How many columns left of its entries a group head ranks: one level up, wherever it was typed (often centred). */
const GROUP_STEP = 2;

/** One source line of a contents listing with its indent. */
export interface TocLine {
  text: string;
  indent: number;
  /** The line is the contents' own title (it carried the "Page" header): an entry of its own. */
  title?: boolean;
}

/**
 * Reads contents lines into entries: leader lines carry a page; a line without one is joined
 * onto the next entry ("Incorporation of Certain Documents" / "by Reference....A-3") unless it
 * ends with ":" and so heads a group ("Financial Statements:"). Levels rank the indents used.
 */
export function tocEntries(lines: readonly TocLine[], allowGapEntries: boolean): TocEntry[] {
  const raw: { title: string; page: string | null; indent: number }[] = [];
  let pending: { title: string; indent: number } | null = null;
  for (const line of lines) {
    const t = line.text.trim();
    // A line left standing before a blank line heads a group: "PART I.  FINANCIAL INFORMATION" / "" / "Item 1. ...".
    if (t === '' && pending) {
      raw.push({ title: pending.title, page: null, indent: pending.indent });
      pending = null;
    }
    // Blank lines, the "Page" header and its underline ("----") are layout, not entries.
    if (t === '' || isPageHeader(t) || /^[-=_\s]+$/.test(t)) continue;
    const entry = leaderEntry(t) ?? (allowGapEntries ? gapEntry(t) : null);
    // A line in capitals over entries in mixed case heads a group, one level up ("PROSPECTUS SUPPLEMENT" / "The Company....S-3"):
    // a wrapped title goes on in its own case.
    if (pending && isAllCaps(pending.title) && !isAllCaps(entry?.title ?? t)) {
      raw.push({ title: pending.title, page: null, indent: line.indent - GROUP_STEP });
      pending = null;
    }
    if (entry) {
      const title = pending ? `${pending.title} ${entry.title}` : entry.title;
      raw.push({ title, page: entry.page, indent: pending?.indent ?? line.indent });
      pending = null;
      continue;
    }
    const title = t.replace(/\s+/g, ' ');
    if (t.endsWith(':') || line.title) {
      if (pending) raw.push({ title: pending.title, page: null, indent: pending.indent });
      pending = null;
      raw.push({ title, page: null, indent: line.indent });
    } else pending = pending ? { title: `${pending.title} ${title}`, indent: pending.indent } : { title, indent: line.indent };
  }
  if (pending) raw.push({ title: pending.title, page: null, indent: pending.indent });
  const indents = [...new Set(raw.map((r) => r.indent))].sort((a, b) => a - b);
  // Indents one column apart are the same level typed a little unevenly.
  const levelOf = (indent: number): number => {
    let level = 0;
    let base = indents[0] ?? 0;
    for (const i of indents) {
      if (i - base >= 2) {
        level++;
        base = i;
      }
      if (i >= indent) break;
    }
    return level;
  };
  return raw.map((r) => ({ title: r.title, page: r.page, level: levelOf(r.indent) }));
}
