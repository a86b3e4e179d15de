/**
 * The words a reader of an EDGAR text filing sees: the filing minus its SGML
 * markup and the printed page numbers, which the site turns into anchors.
 */

// Layout tags of the 1993-2005 format: "<PAGE>", "<TABLE>", "<S>", "<C>", "</TABLE>", "<CAPTION>".
const sgmlTag = /<\/?[A-Z][A-Z0-9-]*>/g;

// A folio: a page number alone on a line, centred, e.g. "                                       4".
const folioLine = /^ {20,}\d{1,3} *$/;

/** `text` without SGML layout tags and centred page-number (folio) lines. */
export function filingReadingText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !folioLine.test(line))
    .map((line) => line.replace(sgmlTag, ' '))
    .join('\n');
}
