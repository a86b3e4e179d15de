/**
 * What `gold.py` reads from Markdown: ATX headings, GFM tables as rows of cell texts, and footnote
 * definitions. The patterns are Python's with `re.M`, where `^` and `$` see only "\n" as a line end
 * (JavaScript's `m` flag would also break at "\r", U+2028 and U+2029), and `\s` may run across lines.
 */
import { PY_SPACE, pyLstrip, pyStrip } from './python-text.ts';

const S = `[${PY_SPACE}]`;
/** Python's `^` and `$` under `re.M`. */
const LINE_START = '(?<![^\\n])';
const LINE_END = '(?![^\\n])';

const atxHeading = new RegExp(`${LINE_START}(#{1,6})${S}+([^\\n]*?)${S}*#*${S}*${LINE_END}`, 'gu');
const delimiterRow = new RegExp(`^[|:\\-${PY_SPACE}]+$`, 'u');
const unescapedPipe = /(?<!\\)\|/u;
const footnoteDefinition = new RegExp(`${LINE_START}\\[\\^[^\\]]+\\]:${S}*([^\\n]*)${LINE_END}`, 'gu');

/** `headings`: the text of every ATX heading ("## Title ##" gives "Title"), as written. */
export function markdownHeadings(md: string): string[] {
  return [...md.matchAll(atxHeading)].map((m) => m[2] ?? '');
}

/** `tables`: each run of lines starting with "|" is a table; its delimiter row is left out; each row is its cells. */
export function markdownTables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[] = [];
  for (const line of [...md.split('\n'), '']) {
    if (pyLstrip(line).startsWith('|')) {
      current.push(pyStrip(line));
    } else if (current.length > 0) {
      out.push(current.filter((l) => !delimiterRow.test(l)).map(splitRow));
      current = [];
    }
  }
  return out;
}

/** `split_row`: a table line's cells, split at pipes not escaped with a backslash, each stripped. */
export function splitRow(line: string): string[] {
  let row = pyStrip(line);
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(unescapedPipe).map(pyStrip);
}

/** The text of every footnote definition's first line ("[^1]: Text" gives "Text"), as written. */
export function footnoteDefinitions(md: string): string[] {
  return [...md.matchAll(footnoteDefinition)].map((m) => m[1] ?? '');
}
