/**
 * Word recall: the share of a filing's words that survive into the generated
 * Markdown, counted as a multiset. It is the parser's promise that no text is
 * dropped, measured: 1 means every source word is somewhere in the output as
 * often as in the source.
 */
import { readClosingFolio, readFolio } from './parser/folio.ts';
import { PAGE_TAG_NUMBER } from './parser/tag-lines.ts';
import type { RemovedLine } from './parser/types.ts';

/** The result: recall in [0, 1], the missing words with how many of each are missing, and the number of source words. */
export interface WordRecall {
  recall: number;
  missing: Map<string, number>;
  total: number;
}

/** A run of source words joined by hyphens ("free-standing", or "free-" at a line end and "standing" below), as one unit. */
type HyphenGroup = string[];

/** SGML tags that live in EDGAR text: `<PAGE>`, `<TABLE>`, `<S>`, `<C>`, `<CAPTION>`, `<FN>`, `</TABLE>` ... */
const SGML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*>/g;

/** An alphanumeric run: what counts as a word on both sides. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The share of the source's words found in the output, as a multiset (for each
 * word, the smaller of its two counts, summed, over the source's total).
 * Source: the text of the submission's documents; its SGML tags and the folio
 * lines at page edges (next to a `<PAGE>` line or the start or end of the
 * text) are not words of the filing. Output: Markdown, with its markup (HTML
 * tags and attributes, link URLs, footnote labels, pipes, emphasis) ignored.
 * Case and punctuation do not count, and a hyphenated source word is found
 * when the output has it joined ("free-" "standing" as "freestanding").
 */
export function wordRecall(sourceText: string, outputMarkdown: string, furniture: readonly RemovedLine[] = []): WordRecall {
  const groups = withoutFurniture(sourceGroups(sourceText), furniture);
  const available = countWords(outputWords(outputMarkdown));
  const missing = new Map<string, number>();
  const miss = (word: string) => missing.set(word, (missing.get(word) ?? 0) + 1);
  const take = (word: string): boolean => {
    const n = available.get(word) ?? 0;
    if (n === 0) return false;
    available.set(word, n - 1);
    return true;
  };

  // Lone words first, so a hyphen group's joined form never takes a word another occurrence needed.
  for (const group of groups) if (group.length === 1 && !take(group[0] ?? '')) miss(group[0] ?? '');
  for (const group of groups) if (group.length > 1) matchHyphenGroup(group, available, take, miss);
  joinTableColumnHyphens(danglingHyphenWords(sourceText), available, missing);

  const total = groups.reduce((sum, group) => sum + group.length, 0);
  const lost = [...missing.values()].reduce((sum, n) => sum + n, 0);
  return { recall: total === 0 ? 1 : (total - lost) / total, missing, total };
}

/**
 * The source's words less the page furniture the pages stage removed: the repeats of a running
 * head (its first appearance stays and is counted), "(continued)" lines and folios that count the
 * pages; other folios are left to `withoutFolios`, which already blanks them at page edges. A word of furniture is taken out once
 * per removed line, so text the pages stage did not remove still has to be found.
 */
function withoutFurniture(groups: HyphenGroup[], furniture: readonly RemovedLine[]): HyphenGroup[] {
  const budget = new Map<string, number>();
  for (const line of furniture) {
    // A folio that counts the pages ("Page 4 of 19 Pages") can stand away from any <PAGE> line, where `withoutFolios` does not look.
    if (line.why === 'folio' && readClosingFolio(line.text) === null) continue;
    for (const m of line.text.matchAll(WORD)) budget.set(m[0].toLowerCase(), (budget.get(m[0].toLowerCase()) ?? 0) + 1);
  }
  if (budget.size === 0) return groups;
  return groups
    .map((group) =>
      group.filter((word) => {
        const n = budget.get(word) ?? 0;
        if (n === 0) return true;
        budget.set(word, n - 1);
        return false;
      }),
    )
    .filter((group) => group.length > 0);
}

/** Matches "a-b-c": each part as printed, else the whole joined, else part by part with adjacent pairs joined. */
function matchHyphenGroup(group: HyphenGroup, available: Map<string, number>, take: (w: string) => boolean, miss: (w: string) => void): void {
  const need = countWords(group);
  if ([...need].every(([word, n]) => (available.get(word) ?? 0) >= n)) {
    for (const word of group) take(word);
    return;
  }
  if (take(group.join(''))) return;
  for (let k = 0; k < group.length; k++) {
    const word = group[k] ?? '';
    if (take(word)) continue;
    const next = group[k + 1];
    if (next !== undefined && take(word + next)) {
      k++;
      continue;
    }
    miss(word);
  }
}

/**
 * Repairs words hyphenated down a table column, which reading the source line
 * by line cannot join: in an equity statement "Trans-" and "lation"
 * sit one above the other, with other headings between. A missing word that
 * ended in a hyphen, and a missing word that completes it, are found when the
 * output has them joined ("translation").
 */
function joinTableColumnHyphens(dangling: Map<string, number>, available: Map<string, number>, missing: Map<string, number>): void {
  const drop = (word: string) => {
    const n = (missing.get(word) ?? 0) - 1;
    if (n > 0) missing.set(word, n);
    else missing.delete(word);
  };
  for (const [head, count] of dangling) {
    for (let k = 0; k < count && (missing.get(head) ?? 0) > 0; k++) {
      const joined = [...available].find(([word, n]) => n > 0 && word.length > head.length && word.startsWith(head) && (missing.get(word.slice(head.length)) ?? 0) > 0);
      if (!joined) break;
      available.set(joined[0], joined[1] - 1);
      drop(head);
      drop(joined[0].slice(head.length));
    }
  }
}

/** Words printed with a hyphen and then a column gap or the line's end ("Trans-   Receivable"), counted; "short- and" is not one. */
export function danglingHyphenWords(sourceText: string): Map<string, number> {
  const text = sourceText.replace(SGML_TAG, (tag) => ' '.repeat(tag.length));
  const words = [...text.matchAll(/(?<![\p{L}\p{N}-])([\p{L}\p{N}]+)-(?=[ \t]{2,}\S|[ \t]*$)/gmu)].map((m) => (m[1] ?? '').toLowerCase());
  return countWords(words);
}

/** The source's words, lowercased, in hyphen groups, with SGML tags and page-edge folio lines left out. */
export function sourceGroups(sourceText: string): HyphenGroup[] {
  const text = withoutFolios(sourceText.split('\n'))
    .map(withoutBullet)
    .join('\n')
    .replace(SGML_TAG, (tag) => ' '.repeat(tag.length));
  const groups: HyphenGroup[] = [];
  let joinNext = false;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const between = text.slice(last, match.index);
    // "free-standing", or "free-" ending a line with "standing" on a later one; "short- and" and "--" are not joins.
    const hyphenated = joinNext && (between === '-' || /^-[ \t]*\n\s*$/.test(between));
    if (hyphenated) groups.at(-1)?.push(word);
    else groups.push([word]);
    joinNext = true;
    last = (match.index ?? 0) + match[0].length;
  }
  return groups;
}

/** Blanks a typed bullet ("     o   The Company...") that starts a line: it is list markup, as "-" is in Markdown. */
function withoutBullet(line: string): string {
  return line.replace(/^(\s*)o(?=\s+\S)/, '$1 ');
}

/** Blanks `<PAGE>` lines (with their sequence numbers) and folio-shaped lines next to a page edge. */
function withoutFolios(lines: string[]): string[] {
  // A form feed starting a line is a page edge before that line's text.
  const out = lines.flatMap((line) => (line.startsWith('\f') ? ['<PAGE>', line.slice(1)] : atPageTags(line)));
  const isPage = (line: string | undefined) => line !== undefined && /^\s*<PAGE>/i.test(line);
  const edges: number[] = [-1, out.length];
  out.forEach((line, i) => {
    if (isPage(line)) edges.push(i);
  });
  for (const edge of edges) {
    for (const step of [-1, 1]) {
      let i = edge + step;
      while (i >= 0 && i < out.length && (out[i] ?? '').trim() === '') i += step;
      if (i >= 0 && i < out.length && !isPage(out[i]) && readFolio(out[i] ?? '') !== null) out[i] = '';
    }
  }
  return out.map((line) => (isPage(line) ? '' : line));
}

/**
 * A line as page edges and text: a `<PAGE>` tag with the filer's page number after it ("<PAGE>   4")
 * is an edge; text before the tag ("-4-<PAGE>") or after it ("<PAGE> The second page") is text,
 * on a line of its own.
 */
function atPageTags(line: string): string[] {
  if (!/<PAGE>/i.test(line)) return [line];
  return line.split(/<PAGE>/i).flatMap((part, k) => {
    const text = k > 0 && PAGE_TAG_NUMBER.test(part.trim()) ? '' : part;
    return k === 0 ? (text.trim() === '' ? [] : [text]) : ['<PAGE>', ...(text.trim() === '' ? [] : [text])];
  });
}

/** The output's words, lowercased, with Markdown and HTML markup taken out. */
export function outputWords(markdown: string): string[] {
  const text = decodeEntities(
    markdown
      .replace(/(?<!\\)<(?:!--[\s\S]*?--|\/?[A-Za-z][^<>]*)>/g, ' ')
      .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
      .replace(/^ {0,3}\[(?!\^)[^\]\n]+\]:\s+\S+(?:\s+"[^"]*")?\s*$/gm, ' ')
      .replace(/\[\^([^\]\s]+)\]:?/g, (_, label: string) => ` ${printedMarker(label)} `),
  );
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

/**
 * The printed marker a footnote label stands for: its last run of letters or
 * digits ("t2-1" is the table's "(1)"). The label's prefix is markup; the
 * marker is the source's own "(1)", printed at the reference and its note.
 */
function printedMarker(label: string): string {
  return /[\p{L}\p{N}]+$/u.exec(label)?.[0] ?? '';
}

/** Decodes the character references mdast-util-to-markdown and HTML use: `&amp;`, `&#x20;`, `&#39;`. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (!body.startsWith('#')) return named[body.toLowerCase()] ?? whole;
    const code = /^#x/i.test(body) ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A multiset of words. */
function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
