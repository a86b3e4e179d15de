import { documentLines } from './document-lines.ts';
import { readClosingFolio, readEdgeFolio, readFolio } from './folio.ts';
import { removeRunningHeads } from './running-heads.ts';
import type { Page, RemovedLine, SourceDocument } from './types.ts';

/** A page break: `<PAGE>` at the start of a line, maybe followed by the filer's sequence number ("<PAGE>   6"); or a form feed starting a line. */
// Some filers indent the tag: " <PAGE>" (e.g. before PART I).
const PAGE_TAG = /^\s*<PAGE>\s*(\S*)/i;

/** "(continued)", "(Continued on next page)", "- continued -": page-edge furniture, not text. */
const CONTINUED = /^[-(\s]*continued(?:\s+on\s+(?:the\s+)?(?:next|following)\s+page)?[-.)\s]*$/i;

/** A page as cut at `<PAGE>`, before its furniture is read. */
interface RawPage {
  lines: { text: string; line: number }[];
  /** The number on the `<PAGE>` line that opened this page, when there is one. */
  openingTag?: string;
  /** The number on the `<PAGE>` line that closed this page, when there is one. */
  closingTag?: string;
  /** The page was opened by a folio that closed the page before ("Page 3 of 19"), not by a tag. */
  afterFolio?: boolean;
}

/**
 * One shape for "a page starts here": a `<PAGE>` line (its number, if any), or a form feed in
 * front of the text that starts the new page. Null when the line starts no page.
 */
export function pageBreakAt(text: string): { tagNumber?: string; carried?: string } | null {
  const tag = PAGE_TAG.exec(text);
  if (tag) {
    const number = tag[1] ?? '';
    return /^\d{1,4}$/.test(number) ? { tagNumber: number } : {};
  }
  // Decoding leaves a form feed in front of the text that starts a page: "\fPART II".
  if (text.startsWith('\f')) return { carried: text.slice(1) };
  return null;
}

/**
 * Splits a document at `<PAGE>` (and form feeds, which decoding turned into
 * `<PAGE>`), removing folios and running heads and keeping each printed page
 * number. A page's folio is its last non-blank line, else its first, when the
 * line is folio-shaped and outside a table; without one the number on the
 * `<PAGE>` line stands in, read the way this document numbers its tags (see
 * `tagNumbersClose`). Pages with no visible text (a `<PAGE>` right after
 * `<TEXT>`) are not pages.
 */
export function splitPages(doc: SourceDocument): Page[] {
  const inTable = linesInsideTables(doc);
  const cut = cutAtPageTags(doc, inTable);
  cut.forEach((page, i) => {
    const next = cut[i + 1]?.openingTag;
    if (next !== undefined) page.closingTag = next;
  });
  const raw = cut.filter((page) => page.lines.some((l) => l.text.trim() !== ''));
  // Every line of the pages before, so a title repeated at a page top with "(Continued)" is known as a repeat.
  const seen = new SeenTitles();
  const folios = raw.map((page) => {
    const removed: RemovedLine[] = [];
    const lines = [...page.lines];
    const folio = takeFolio(lines, inTable, removed);
    takeContinued(lines, removed);
    takeContinuedTitle(lines, removed, seen);
    seen.add(page.lines);
    return { lines, removed, folio };
  });
  takeNumberedEdges(folios, inTable);
  const closes = tagNumbersClose(raw, folios.map((f) => f.folio));
  const pages = folios.map(({ lines, removed, folio }, index): Page => {
    const tagged = closes ? raw[index]?.closingTag : raw[index]?.openingTag;
    return { index, printedPage: folio ?? tagged ?? null, lines, removed };
  });
  return removeRunningHeads(pages);
}

/**
 * Whether the number on a `<PAGE>` line names the page it closes ("<PAGE>   4" after page 4's
 * text) rather than the page it opens ("<PAGE>   1" straight after `<TEXT>`). The document's own
 * evidence decides: printed folios that match the tag before or after their page, or that follow
 * or precede its number in sequence; without any,
 * a first page with text before the first numbered tag means the tags close pages.
 */
function tagNumbersClose(raw: readonly RawPage[], folios: readonly (string | null)[]): boolean {
  let opening = 0;
  let closing = 0;
  folios.forEach((folio, i) => {
    if (folio === null) return;
    if (raw[i]?.openingTag === folio) opening++;
    if (raw[i]?.closingTag === folio) closing++;
    // Pages run in sequence: the tag over page 6 names page 5 when tags close pages, the tag under it page 7 when they open them.
    if (!/^\d+$/.test(folio)) return;
    if (raw[i]?.openingTag === String(Number(folio) - 1)) closing++;
    if (raw[i]?.closingTag === String(Number(folio) + 1)) opening++;
  });
  if (opening !== closing) return closing > opening;
  const firstTagged = raw.findIndex((page) => page.openingTag !== undefined);
  // "<PAGE>   1" after the cover's text ends page 1; "<PAGE>   1" before any text opens it.
  return firstTagged > 0 && raw[firstTagged]?.openingTag === '1';
}

/**
 * Cuts the document's lines at each page start (`<PAGE>` lines, form feeds) and after a folio that
 * counts the pages ("Page 4 of 19 Pages"); each line keeps its 1-based line number in the file.
 */
function cutAtPageTags(doc: SourceDocument, inTable: ReadonlySet<number>): RawPage[] {
  const pages: RawPage[] = [{ lines: [] }];
  documentLines(doc).forEach(({ text, line }) => {
    const start = pageBreakAt(text);
    if (start) {
      const current = pages.at(-1);
      // A tag straight after a closing folio opens the page the folio already opened.
      if (current?.afterFolio && !current.lines.some((l) => l.text.trim() !== '')) {
        current.afterFolio = false;
        if (start.tagNumber !== undefined) current.openingTag = start.tagNumber;
      } else pages.push(start.tagNumber !== undefined ? { lines: [], openingTag: start.tagNumber } : { lines: [] });
      if (start.carried !== undefined) pages.at(-1)?.lines.push({ text: start.carried, line });
      return;
    }
    pages.at(-1)?.lines.push({ text, line });
    if (!inTable.has(line) && readClosingFolio(text) !== null) pages.push({ lines: [], afterFolio: true });
  });
  return pages;
}

/** The file line numbers that sit between `<TABLE>` and `</TABLE>`, where a lone number is data, not a folio. */
function linesInsideTables(doc: SourceDocument): Set<number> {
  const inside = new Set<number>();
  let open = false;
  documentLines(doc).forEach(({ text, line }) => {
    if (/^\s*<\/TABLE>/i.test(text)) open = false;
    else if (/^\s*<TABLE>/i.test(text)) open = true;
    else if (open) inside.add(line);
  });
  return inside;
}

/**
 * Removes the page's folio line (last non-blank line, else first) and returns
 * its printed number. Inside a table a lone number is data, unless it closes a
 * page that breaks the table, set off by a blank line and centred on the 80-column
 * page, as the seed's "                                       4" is before `<PAGE>`.
 */
function takeFolio(lines: Page['lines'], inTable: Set<number>, removed: RemovedLine[]): string | null {
  const last = lastVisible(lines);
  const first = firstVisible(lines);
  for (const at of [last, first]) {
    const candidate = lines[at];
    if (!candidate) continue;
    // A folio heading a page stands alone: "<PAGE>", "   2", a blank line; a number run into text is text.
    if (at === first && at !== last && (lines[at + 1]?.text.trim() ?? '') !== '') continue;
    if (inTable.has(candidate.line) && !(at === last && lines[at - 1]?.text.trim() === '' && isCentred(candidate.text))) continue;
    const folio = readFolio(candidate.text);
    if (folio === null) continue;
    lines.splice(at, 1);
    removed.push({ ...candidate, why: 'folio' });
    return folio;
  }
  return null;
}

/** Fewest pages a numbered running head or foot must recur on (its words the same, its number not): two could be chance, three is a habit. */
const MIN_EDGE_PAGES = 3;

/**
 * For pages without a folio line, a running head or foot that carries the page number
 * ("WIDGET CORPORATION      Page 3" at the top, "Form 10-Q  -  June 30, 1998        4" at the
 * foot) gives the page its number and goes as furniture, when the same words stand at the edge of
 * at least three pages with at least two different numbers.
 */
function takeNumberedEdges(pages: { lines: Page['lines']; removed: RemovedLine[]; folio: string | null }[], inTable: ReadonlySet<number>): void {
  const edges = pages.map((page) => {
    if (page.folio !== null) return [];
    const at = [...new Set([lastVisible(page.lines), firstVisible(page.lines)])];
    return at.flatMap((k) => {
      const line = page.lines[k];
      const edge = line && !inTable.has(line.line) ? readEdgeFolio(line.text) : null;
      return edge ? [{ at: k, ...edge }] : [];
    });
  });
  const numbers = new Map<string, string[]>();
  for (const list of edges) for (const e of list) numbers.set(e.key, [...(numbers.get(e.key) ?? []), e.folio]);
  // Page numbers rise from page to page; the figures ending a table row on each page ("Net income   45") need not.
  const furniture = (key: string): boolean => {
    const seen = numbers.get(key) ?? [];
    const values = seen.map((folio) => Number(/\d+$/.exec(folio)?.[0] ?? Number.NaN));
    const rising = values.every((v, k) => k === 0 || Number.isNaN(v) || v > values[k - 1]!);
    return seen.length >= MIN_EDGE_PAGES && new Set(seen).size === seen.length && rising;
  };
  pages.forEach((page, i) => {
    const edge = edges[i]?.find((e) => furniture(e.key));
    if (!edge) return;
    // Its words are a running head's (or foot's), furniture on every page it stands on.
    const [line] = page.lines.splice(edge.at, 1);
    if (line) page.removed.push({ ...line, why: 'running head' });
    page.folio = edge.folio;
  });
}

/** True when the line's text sits around the middle of an 80-column page. */
function isCentred(text: string): boolean {
  const trimmed = text.trim();
  const middle = text.length - text.trimStart().length + trimmed.length / 2;
  return Math.abs(middle - 40) <= 8;
}

/** Removes "(continued)" lines from the page's edges (its first and last visible lines). */
function takeContinued(lines: Page['lines'], removed: RemovedLine[]): void {
  for (const edge of [lastVisible, firstVisible]) {
    const at = edge(lines);
    const candidate = lines[at];
    if (!candidate || !CONTINUED.test(candidate.text)) continue;
    lines.splice(at, 1);
    removed.push({ ...candidate, why: 'continued' });
  }
}

/** "INDEX TO EXHIBITS (Continued)", "(c) Exhibits  (continued)": a title repeated at a page top. */
const CONTINUED_TITLE = /^(.{2,70}?)\s*(?:--?|—)?\s*\((?:continued|cont'd\.?)\)$/i;

/** Longest line tested as a "(Continued)" title: the title's 70 characters, the dash and the word; longer lines would only feed the pattern's backtracking. */
const CONTINUED_TITLE_MAX = 100;

/** How many lines at a page's top a "(Continued)" title may stand under: a company line, then the title. */
const CONTINUED_TITLE_REACH = 2;

/** A line as titles are compared: trimmed, spaces collapsed, upper case. */
function titleKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * The lines of the pages read so far, as title keys. A "(Continued)" title is rare, so the keys are
 * made only when one is asked about, for the lines added since the last question: each line once
 * at most, and none at all in a filing without such a title.
 */
class SeenTitles {
  private readonly keys = new Set<string>();
  private pending: (readonly { text: string }[])[] = [];

  add(lines: readonly { text: string }[]): void {
    this.pending.push(lines);
  }

  has(key: string): boolean {
    for (const lines of this.pending) for (const l of lines) this.keys.add(titleKey(l.text));
    this.pending = [];
    return this.keys.has(key);
  }
}

/**
 * Removes a page's first line when it repeats an earlier title with "(Continued)" (e.g.
 * "INDEX TO EXHIBITS (Continued)" over each page of the exhibit list), and a lone "(continued)"
 * straight under the page's first line ("SCHEDULE II" / "(continued)"). A "(Continued)" title
 * never seen before is text and stays.
 */
function takeContinuedTitle(lines: Page['lines'], removed: RemovedLine[], seen: SeenTitles): void {
  const at = firstVisible(lines);
  const top = lines[at];
  if (!top) return;
  // "NOTES TO FINANCIAL STATEMENTS -- (CONTINUED)" may stand under the company's name at the top.
  const visible: number[] = [];
  for (let k = 0; k < lines.length && visible.length < CONTINUED_TITLE_REACH; k++) if (lines[k]!.text.trim() !== '') visible.push(k);
  for (const k of visible) {
    const line = lines[k]!;
    const text = line.text.trim();
    const title = text.length <= CONTINUED_TITLE_MAX ? CONTINUED_TITLE.exec(text) : null;
    if (title && seen.has(titleKey(title[1]!))) {
      lines.splice(k, 1);
      removed.push({ ...line, why: 'continued' });
      return;
    }
  }
  const next = lines[at + 1];
  if (next && CONTINUED.test(next.text) && next.text.trim() !== '') {
    lines.splice(at + 1, 1);
    removed.push({ ...next, why: 'continued' });
  }
}

/** Index of the first line with visible text, or -1. */
export function firstVisible(lines: Page['lines']): number {
  return lines.findIndex((l) => l.text.trim() !== '');
}

/** Index of the last line with visible text, or -1. */
export function lastVisible(lines: Page['lines']): number {
  return lines.findLastIndex((l) => l.text.trim() !== '');
}
