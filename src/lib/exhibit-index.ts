/** Exhibit titles from the filing's own exhibit index: a table headed "Exhibit" whose rows start with an exhibit number ("10.A.46 | … | Resignation Agreement …"). */

/** A title longer than this is cut at a word: the index's descriptions can run to a paragraph. */
const MAX_TITLE = 120;

/** "EX-10.A-46" or "10.A.46" -> "10.A.46", "EX-99.01" -> "99.1": the exhibit number's parts, without prefix or leading zeros. */
export function exhibitKey(text: string): string {
  return text
    .replace(/^\s*ex(?:hibit)?[-.\s]*/i, '')
    .split(/[-.\s()]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part.toUpperCase()))
    .join('.');
}

/** The cells of one Markdown table row, with footnote references and escapes removed. */
function cellsOf(row: string): string[] {
  return row
    .replace(/^\s*\||\|\s*$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\[\^[^\]]*\]/g, '').replace(/\\([\\*_[\]|#])/g, '$1').trim());
}

/** Shortens a description at a word boundary. */
function clamp(text: string): string {
  if (text.length <= MAX_TITLE) return text;
  const cut = text.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}

/** Exhibit number key -> description, from every Markdown table whose header names an exhibit. */
export function exhibitIndexOf(markdown: readonly string[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const body of markdown) {
    let inIndex = false;
    for (const line of body.split('\n')) {
      if (!line.startsWith('|')) {
        inIndex = false;
        continue;
      }
      const cells = cellsOf(line);
      if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
      // A header row whose first cell names the exhibit ("EXHIBIT NUMBER", "Exhibit No.") opens an index; its rows are read until the table ends.
      if (!inIndex) {
        inIndex = /^exhibit\b/i.test(cells[0] ?? '');
        continue;
      }
      const number = cells[0] ?? '';
      if (!/^\d/.test(number)) continue;
      const description = cells.slice(1).filter((cell) => /[a-z]{3}/.test(cell)).sort((a, b) => b.length - a.length)[0];
      if (description && !titles.has(exhibitKey(number))) titles.set(exhibitKey(number), clamp(description));
    }
  }
  return titles;
}
