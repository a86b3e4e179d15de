/**
 * A printed page as filed: the fixed-width lines between the page breaks around the line where the parser saw the
 * page start. Works on the file's text decoded byte for byte (latin1), so the bytes written back are the file's own.
 */

/** A line that breaks a page in a filing: `<PAGE>` (maybe indented, maybe numbered) or a form feed. */
const PAGE_BREAK = /^\s*<PAGE>|^\f/i;
/** The start of a document's text: the header before it is no page. */
const TEXT_START = /^\s*<TEXT>/i;
/** The end of a document's text: nothing after it belongs to the page. */
const TEXT_END = /^\s*<\/(TEXT|DOCUMENT)>/i;

/** The file's lines (LF or CRLF), 0-based: line N of the parser is `lines[N - 1]`. */
export function sourceLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The lines of the page holding 1-based source line `line`, without its page-break lines; empty when the line is not in the file. */
export function pageLinesAt(lines: readonly string[], line: number): string[] {
  const at = line - 1;
  if (at < 0 || at >= lines.length) return [];
  let start = at;
  const opens = (text: string) => PAGE_BREAK.test(text) || TEXT_START.test(text);
  while (start > 0 && !opens(lines[start] ?? '')) start -= 1;
  // The break line opens the page; a form feed shares its line with the page's first text.
  const first = opens(lines[start] ?? '') && !(lines[start] ?? '').startsWith('\f') ? start + 1 : start;
  let end = Math.max(first, at);
  while (end < lines.length && !(end > first && PAGE_BREAK.test(lines[end] ?? '')) && !TEXT_END.test(lines[end] ?? '')) end += 1;
  const page = lines.slice(first, end).map((text) => text.replace(/\f/g, ''));
  while (page.length > 0 && page.at(-1)!.trim() === '') page.pop();
  while (page.length > 0 && page[0]!.trim() === '') page.shift();
  return page;
}

/** The page's text as a file: its lines and a final newline. */
export function pageText(lines: readonly string[], line: number): string {
  const page = pageLinesAt(lines, line);
  return page.length === 0 ? '' : `${page.join('\n')}\n`;
}
