import type { TableLine } from './table-lines.ts';

/** A printed page reference, as in a contents table ("12", "F-3", "S-1", "ii"). */
const PAGE_REF = /^(?:[A-Z]{1,2}-)?\d{1,3}$|^[ivxl]{1,6}$/i;

/** The head of a contents list's page column: "Page", "Pages", "Page No." or nothing. */
const PAGE_HEAD = /^(?:pages?(?: no\.?)?)?$/i;

/** True for a contents list in table tags: a last column of page numbers, under "Page" or nothing or after leaders. */
export function isContentsTable(header: string[], values: string[], lines: readonly TableLine[]): boolean {
  const text = lines.filter((l) => l.kind === 'text');
  const leaders = text.filter((l) => /\.{4,}|(?:\. ){3,}/.test(l.text)).length;
  const last = header[header.length - 1] ?? '';
  return (
    header.length >= 2 &&
    header.length <= 3 &&
    // A named last column ("AGE" beside "POSITION") holds figures of its own, not page numbers.
    (PAGE_HEAD.test(last.trim()) || (leaders * 2 >= text.length && !/[a-z]/i.test(last))) &&
    values.length > 0 &&
    values.every((v) => v === '' || PAGE_REF.test(v.replace(/^[.\s]+/, '')))
  );
}
