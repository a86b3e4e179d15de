import { readsAsSentence } from './rules/line-tests.ts';
import type { Page, RemovedLine } from './types.ts';

/** A running head is short: a company name or a document title, not a sentence. */
const MAX_HEAD_LENGTH = 70;

/** Fewest pages a line must head before it counts as a running head: two could be chance, three is a habit. */
const MIN_PAGES = 3;

/** How many visible lines at a page's top a running head may take: company, title in two lines, units line, and one spare. */
const MAX_HEAD_LINES = 5;

/**
 * Share of the document's pages a one-line head must top to go wherever it stands. A head that
 * tops fewer pages ("JUNGLEE CORP." over each financial statement) goes only where the page
 * carries on with text; over a new title it is that title's company line and stays.
 */
const MIN_SHARE = 0.5;

/** A line's place at the top of a page. */
interface TopLine {
  /** Index in the page's lines. */
  at: number;
  key: string | null;
  rule: boolean;
}

/**
 * Removes running heads: the lines at the top of a page (up to five visible lines) that recur at
 * the top of at least three pages (same text, ignoring a page number before or after it), with a
 * dash rule printed under them. The first page a head tops keeps it, as the title it also is; the
 * repeats go, and are listed in `removed`. A repeated title followed by the same opening line on
 * each page is a form printed again (a run of one-page powers of attorney), not a running head:
 * each copy keeps its title.
 */
export function removeRunningHeads(pages: Page[]): Page[] {
  const tops = pages.map(topLines);
  const counts = new Map<string, number>();
  for (const top of tops) for (const key of new Set(top.map((t) => t.key))) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (key: string | null): key is string => key !== null && (counts.get(key) ?? 0) >= MIN_PAGES;
  const strong = (key: string) => (counts.get(key) ?? 0) >= pages.length * MIN_SHARE;
  const forms = repeatedForms(pages, tops, repeated);

  const seen = new Set<string>();
  return pages.map((page, i) => {
    const top = tops[i] ?? [];
    const peel: TopLine[] = [];
    for (const line of top) {
      if (line.rule && peel.length > 0 && peel[peel.length - 1]!.at === line.at - 1) {
        peel.push(line);
        continue;
      }
      if (!repeated(line.key) || forms.has(line.key)) break;
      peel.push(line);
    }
    // The first page a head tops keeps it, as the title it also is; a head seen before goes, with its rule.
    const fresh = new Set(peel.filter((l) => l.key !== null && !seen.has(l.key)).map((l) => l.key));
    for (const l of peel) if (l.key !== null) seen.add(l.key);
    const drop = peel.filter((l, k) => (l.key !== null ? !fresh.has(l.key) : !fresh.has(peel[k - 1]?.key ?? null)));
    const heads = drop.filter((l) => l.key !== null);
    if (heads.length === 0) return page;
    const weak = heads.filter((l) => !strong(l.key!));
    const next = page.lines.findIndex((l, k) => k > peel[peel.length - 1]!.at && l.text.trim() !== '');
    // A lone weak head over a new capitals title is the title's company line, not furniture.
    if (weak.length === 1 && heads.length === 1 && next !== -1 && titleLike(page.lines[next]!.text)) return page;
    const gone = new Set(drop.map((l) => l.at));
    const removed: RemovedLine[] = drop.map((l) => ({ ...page.lines[l.at]!, why: 'running head' }));
    return { ...page, lines: page.lines.filter((_, j) => !gone.has(j)), removed: [...(page.removed ?? []), ...removed] };
  });
}

/** The first visible lines of a page, each with its head key, stopping at a tag line. */
function topLines(page: Page): TopLine[] {
  const out: TopLine[] = [];
  for (let at = 0; at < page.lines.length && out.length < MAX_HEAD_LINES; at++) {
    const text = page.lines[at]!.text;
    if (text.trim() === '') continue;
    if (text.trim().startsWith('<')) break;
    out.push({ at, key: headKey(text), rule: /^[-=_\s]+$/.test(text) && /[-=_]{3}/.test(text) });
  }
  return out;
}

/**
 * Head keys that top pages as the start of one form or notice printed again and again ("POWER OF
 * ATTORNEY" / "KNOW ALL MEN BY THESE PRESENTS, that the undersigned..."): the repeated lines run
 * into prose, or the same opening line follows them each time. Each copy begins a document of its
 * own, so its title is a title every time.
 */
function repeatedForms(pages: readonly Page[], tops: readonly TopLine[][], repeated: (key: string | null) => key is string): Set<string> {
  const openings = new Map<string, string[]>();
  const forms = new Set<string>();
  pages.forEach((page, i) => {
    const top = tops[i] ?? [];
    const block: TopLine[] = [];
    for (const l of top) {
      if (!repeated(l.key) && !l.rule) break;
      block.push(l);
    }
    const heads = block.filter((l) => l.key !== null);
    const last = block[block.length - 1];
    if (!last) return;
    if (heads.some((l) => readsAsSentence(page.lines[l.at]?.text ?? ''))) for (const l of heads) forms.add(l.key!);
    const next = page.lines.findIndex((l, k) => k > last.at && l.text.trim() !== '');
    const opening = next === -1 ? '' : (page.lines[next]?.text ?? '').trim().replace(/\s+/g, ' ');
    for (const l of heads) {
      const list = openings.get(l.key!) ?? [];
      list.push(opening);
      openings.set(l.key!, list);
    }
  });
  for (const [key, list] of openings) {
    const same = new Map<string, number>();
    for (const o of list) if (o !== '') same.set(o, (same.get(o) ?? 0) + 1);
    if (Math.max(0, ...same.values()) * 2 > list.length) forms.add(key);
  }
  return forms;
}

/** A short line in capitals with no sentence end: a statement or section title ("BALANCE SHEETS"). */
function titleLike(text: string): boolean {
  const t = text.trim();
  const letters = t.replace(/[^A-Za-z]/g, '');
  return t.length <= MAX_HEAD_LENGTH && letters.length >= 3 && letters === letters.toUpperCase() && !/[.:;]$/.test(t);
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
