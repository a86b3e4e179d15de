/**
 * Exhibit titles from the filing's own exhibit index, read from the printed text: a tagged table or
 * plain lines, one exhibit a row, its title wrapping onto indented continuation lines:
 *
 *     Exhibit
 *     Number    Notes        Description                                Page
 *      3.1       (1)        Restated Articles of Incorporation, filed
 *                           with the Secretary of State of the State     43
 *     12.  Ratio of Earnings to Fixed Charges.                          E-12-1
 *     Exhibit 99.01         Press Release.
 *     (10)(a)   Form of Indemnification Agreement . . . . . . . . . . .
 *
 * A row is read only near a line that speaks of exhibits, and only for the exhibits the filing
 * carries; the first row found for a number wins (a 10-K lists its exhibits in Item 14 and again in
 * its index).
 */
import type { SourceDocument } from './types.ts';

/** A title longer than this is cut at a word: an index's descriptions can run to a paragraph. */
const MAX_TITLE = 120;

/**
 * How far below a line naming exhibits ("EXHIBIT INDEX", "Exhibit Number", "(c) Exhibits") a row is
 * still read: a printed page is 66 lines, and an index repeats its caption on every page it runs to.
 */
const EXHIBIT_WINDOW = 66;

/** An index's number column sits at the left margin, though a tagged table may indent it by a tab stop or two. */
const MAX_NUMBER_INDENT = 16;

/** A continuation line may start this many columns left of the title's column (a hand-typed index is not always aligned). */
const CONTINUATION_SLACK = 2;

/** An index's title wraps to a few lines; more indented lines after it are text of another kind. */
const MAX_CONTINUATION_LINES = 8;

/** An exhibit number as printed: "27", "3.1", "10.A.46", "10.D.3-1", "99.01", "(10)(a)", "3(i)". */
const NUMBER = String.raw`(?:\(\d{1,3}\)|\d{1,3})(?:[.-](?:\d{1,3}|[A-Za-z]{1,2}))*(?:\([A-Za-z0-9]{1,4}\))*`;

/** One row's first line: an optional "Exhibit"/"EX-", the number, then a gap of two spaces, a period, a tab or a dash. */
const ROW = new RegExp(String.raw`^(\s{0,${MAX_NUMBER_INDENT}})((?:exhibit\s+(?:no\.?\s*)?|ex-)?)(${NUMBER})(\.?\s{2,}|\.\s|\t\s*|\s+[-–—]{1,2}\s+)(\S.*)$`, 'i');

/** A line that names exhibits: the index's title or its column caption. */
const EXHIBIT_WORD = /\bexhibits?\b/i;

/** Tag lines of a tagged table, read through as if absent. */
const TABLE_TAG = /^\s*<\/?(?:TABLE|CAPTION|S|C|FN)>(?:\s*<\/?(?:S|C)>)*\s*$/i;

/** A page reference printed at the right of a row: "43", "E-12-1", "F-3". */
const PAGE_FIELD = /^(?:[A-Z]{1,2}-)?\d{1,4}(?:-\d{1,4})*$/;

/** An exhibit names itself at its top, within this many non-blank lines ("(EXHIBIT 10.A.7)" above its title). */
const HEAD_LINES = 5;

/** The number an exhibit prints at its top: "EXHIBIT 20.1", "(EXHIBIT 10.A.7)", "Exhibit 99.01". */
const OWN_NUMBER = new RegExp(String.raw`^\s*\(?exhibit\s+(?:no\.?\s*)?(${NUMBER})\)?\s*$`, 'i');

/** A title's final period is dropped unless it ends an abbreviation ("Inc.", "N.A."). */
const ABBREVIATION_END = /(?:\b(?:Inc|Corp|Co|Ltd|Bros|No|Jr|Sr)|\b\p{L}\.\p{L})\.$/u;

/** "EX-10.A-46" or "10.A.46" -> "10.A.46", "EX-99.01" -> "99.1", "(10)(a)" -> "10.A": the number's parts, without prefix or leading zeros. */
export function exhibitKey(text: string): string {
  return text
    .replace(/^\s*ex(?:hibit)?[-.\s]*/i, '')
    .split(/[-.\s()]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part.toUpperCase()))
    .join('.');
}

/** A line's fields: runs of text separated by two or more spaces, each with the column it starts at. */
function fieldsOf(text: string, from: number): { text: string; column: number }[] {
  const fields: { text: string; column: number }[] = [];
  for (const m of text.slice(from).matchAll(/\S+(?: \S+)*/g)) fields.push({ text: m[0], column: from + m.index });
  return fields;
}

/** A field that can be a title: it holds a word of three letters (not a note code such as "88-S3" or "(1)"). */
function isWords(field: string): boolean {
  return /\p{L}{3}/u.test(field);
}

/** The fields of a line that belong to the title: a page number printed at the right is dropped. */
function titleFields(fields: { text: string; column: number }[]): string[] {
  const texts = fields.map((f) => f.text);
  if (texts.length > 1 && PAGE_FIELD.test(texts.at(-1)!)) texts.pop();
  return texts;
}

/** A title as the index prints it, on one line: dotted leaders and a final period dropped, cut at a word when long. */
function cleanTitle(text: string): string {
  let title = text
    .replace(/(?:\s*\.){3,}\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title.endsWith('.') && !ABBREVIATION_END.test(title)) title = title.slice(0, -1);
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}

/** Exhibit number key -> title, from the printed exhibit index of any document, for the keys in `wanted` only. */
export function readExhibitIndex(documents: readonly Pick<SourceDocument, 'text'>[], wanted: ReadonlySet<string>): Map<string, string> {
  const titles = new Map<string, string>();
  if (wanted.size === 0) return titles;
  for (const doc of documents) {
    const lines = doc.text.split('\n').filter((line) => !TABLE_TAG.test(line));
    let mention = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trimEnd();
      const row = ROW.exec(line);
      if (EXHIBIT_WORD.test(line)) mention = i;
      if (!row || i - mention > EXHIBIT_WINDOW) continue;
      const key = exhibitKey(row[3]!);
      if (!wanted.has(key) || titles.has(key)) continue;
      const rest = row[1]!.length + row[2]!.length + row[3]!.length + row[4]!.length;
      // A notes column ("(1)", "97/1Q") may stand between the number and the title.
      const fields = fieldsOf(line, rest);
      const first = fields.findIndex((f) => isWords(f.text));
      if (first < 0) continue;
      const column = fields[first]!.column;
      const parts = titleFields(fields.slice(first));
      for (let j = i + 1; j < lines.length && j <= i + MAX_CONTINUATION_LINES; j++) {
        const next = lines[j]!.trimEnd();
        const indent = next.length - next.trimStart().length;
        if (next.trim() === '' || indent < column - CONTINUATION_SLACK) break;
        parts.push(...titleFields(fieldsOf(next, indent)));
      }
      const title = cleanTitle(parts.join(' '));
      if (title) titles.set(key, title);
    }
  }
  return titles;
}

/** The number key an exhibit prints at its top, when it prints one. */
function ownKey(doc: Pick<SourceDocument, 'text'>): string | undefined {
  const head = doc.text.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('<')).slice(0, HEAD_LINES);
  for (const line of head) {
    const m = OWN_NUMBER.exec(line);
    if (m) return exhibitKey(m[1]!);
  }
  return undefined;
}

/**
 * Each exhibit's title from the filing's exhibit index, by document index (0 is the main document,
 * which has none): found by its type's number ("EX-99.01" is 99.1), else by the number it prints at
 * its top (an "EX-10" that opens with "(EXHIBIT 10.A.7)").
 */
export function exhibitTitles(documents: readonly Pick<SourceDocument, 'type' | 'text'>[]): Map<number, string> {
  const keys = documents.map((doc, i) => (i === 0 ? [] : [exhibitKey(doc.type), ownKey(doc)].filter((k): k is string => k !== undefined && k !== '')));
  const index = readExhibitIndex(documents, new Set(keys.flat()));
  const titles = new Map<number, string>();
  keys.forEach((candidates, i) => {
    const title = candidates.map((k) => index.get(k)).find((t) => t !== undefined);
    if (title !== undefined) titles.set(i, title);
  });
  return titles;
}
