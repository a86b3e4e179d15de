/**
 * Helpers for the per-filing corpus tests: parse a real filing once and read
 * back what a reader sees (section titles, headings, table rows, footnotes).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import type { ParsedFiling } from '../../scripts/parser/types.ts';
import { corpusDir, hasCorpus, unavailable } from '../shared-corpus.ts';

/** The shared corpus, read in place (never copied into the project). */
const CORPUS = pathToFileURL(`${corpusDir}/`);

/**
 * Parses a corpus filing (or, given a URL, any filing) through the whole pipeline. Without the
 * corpus beside the clone its tests are skipped, so the value is one that throws on any use.
 */
export function parseCorpusFiling(name: string | URL): ParsedFiling {
  if (typeof name === 'string' && !hasCorpus) return unavailable<ParsedFiling>(name);
  const url = typeof name === 'string' ? new URL(name, CORPUS) : name;
  const file = fileURLToPath(url);
  return parseFiling(new Uint8Array(readFileSync(file)), file, 'filing');
}

/** Markdown as a reader reads it: links (with their titles) as their text, a defined term's `<dfn>` as the term. */
export function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)\s]*(?: "(?:[^"\\]|\\.)*")?\)/g, '$1').replace(/<\/?dfn[^>]*>/g, '');
}

/** Every section's title in reading order. */
export function sectionTitles(parsed: ParsedFiling): string[] {
  return parsed.sections.map((s) => s.frontMatter.title);
}

/** Every heading of the filing as "depth text", in order. */
export function headingList(parsed: ParsedFiling): string[] {
  return parsed.sections.flatMap((s) => s.frontMatter.headings.map((h) => `${h.depth} ${h.text}`));
}

/** The cells of the first Markdown table row whose first cell starts with `label` (footnote references kept). */
export function tableRow(markdown: string, label: string): string[] | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith('|') && cellsOf(l)[0]?.startsWith(label));
  return line ? cellsOf(line) : undefined;
}

/** The header cells of the table whose header row has a cell equal to `cell`. */
export function tableHeader(markdown: string, cell: string): string[] | undefined {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l, i) => l.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '') && cellsOf(l).includes(cell));
  return at === -1 ? undefined : cellsOf(lines[at]!);
}

/** A row's cells, trimmed, with escaped pipes kept inside their cell. */
function cellsOf(line: string): string[] {
  return line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The footnote definition whose text starts with `text`: its label and its whole text. */
export function footnoteDefinition(markdown: string, text: string): { label: string; text: string } | undefined {
  const m = new RegExp(`^\\[\\^([^\\]]+)\\]: (${escape(text)}.*)$`, 'm').exec(markdown);
  return m ? { label: m[1]!, text: m[2]! } : undefined;
}

/** The lines (other than definitions) that cite footnote `label`. */
export function citing(markdown: string, label: string): string[] {
  return markdown.split('\n').filter((l) => l.includes(`[^${label}]`) && !l.startsWith(`[^${label}]:`));
}

/** The Markdown of the section titled `title` (front matter excluded). */
export function sectionMarkdown(parsed: ParsedFiling, title: string): string {
  const section = parsed.sections.find((s) => s.frontMatter.title === title);
  if (!section) throw new Error(`no section titled ${JSON.stringify(title)}`);
  return section.markdown;
}

/** A string as a literal regular-expression source. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
