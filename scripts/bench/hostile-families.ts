/**
 * Filings built to stress one stage each: the shapes a large or hostile filing can take
 * (one long table, one heading repeated, many pages, ...). Each family makes a bare filing
 * of `n` repetitions of its unit, so parse time can be compared at two sizes.
 */

/** One family: a name, what it repeats, and the filing of `n` repetitions. */
export interface HostileFamily {
  name: string;
  /** What one repetition is, for the bench table. */
  unit: string;
  make: (n: number) => string;
  /** Repetitions at the two bench sizes (the larger is 4 times the smaller). */
  sizes: [number, number];
  /** The family repeats page furniture (a running head, a table's header reprinted on each page) that the parser keeps once on purpose. */
  furniture?: true;
}

/** A paragraph of ordinary prose to put between repeated units, so each unit is a block of its own. */
const PROSE = 'The Company may issue additional shares from time to time, and the holders\nof the notes will have no right to vote on any such issue.\n';

/** Prose that differs per unit, so no line repeats at the top of every page (a running head). */
const prose = (i: number): string => `Under agreement ${i + 1} the Company may issue additional shares from time to time,\nand the holders of the notes will have no right to vote on any such issue.\n`;

/** A printed page number for page `i`: "A-1" to "A-900", then "B-1", ... (folios stay short, as printed). */
const folio = (i: number): string => `${String.fromCharCode(65 + Math.floor(i / 900))}-${(i % 900) + 1}`;

/** A four-digit-grouped number that differs per row, so rows never look repeated. */
const amount = (i: number): string => ((i * 7919) % 1_000_000).toLocaleString('en-US');

/** `<TABLE>` of `n` data rows and no total or section row. */
function longTable(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) rows.push(`Holder number ${String(i).padEnd(30)}${amount(i).padStart(14)}${amount(i + 1).padStart(14)}`);
  return `${PROSE}\n<TABLE>\n<S>                                        <C>           <C>\n                                               Shares        Shares\nName                                          Before         After\n${rows.join('\n')}\n</TABLE>\n\n${PROSE}`;
}

/** The same heading over and over, each with a paragraph under it that cites the heading. */
function repeatedHeading(n: number): string {
  return Array.from({ length: n }, () => `RISK FACTORS\n\n${PROSE}See "Risk Factors".\n`).join('\n');
}

/** "ITEM n." headings of a 10-K, the numbers 1 to 14 over and over (as in a file of many annual reports). */
function items(n: number): string {
  return Array.from({ length: n }, (_, i) => `ITEM ${(i % 14) + 1}.  BUSINESS\n\n${PROSE}`).join('\n');
}

/** `n` printed pages, each with a hand-typed footnote at its foot. */
function pageFootnotes(n: number): string {
  return Array.from({ length: n }, (_, i) => `${prose(i)}The notes are described below.(1)\n\n-----------\n(1) As of March 31, 1998.\n\n                                   ${folio(i)}\n<PAGE>\n`).join('');
}

/** `n` printed pages of prose. */
function manyPages(n: number): string {
  return Array.from({ length: n }, (_, i) => `${prose(i)}\n                                   ${folio(i)}\n<PAGE>\n`).join('');
}

/** `n` printed pages, each under the same running head. */
function runningHeads(n: number): string {
  return Array.from({ length: n }, (_, i) => `                     ACME HOLDINGS, INC. AND SUBSIDIARIES\n\n${prose(i)}\n                                   ${folio(i)}\n<PAGE>\n`).join('');
}

/** One table continued over `n` pages, each page reopening it under the same header. */
function continuedTable(n: number): string {
  const page = (p: number) => {
    const rows = Array.from({ length: 20 }, (_, r) => `Holder number ${String(p * 20 + r).padEnd(30)}${amount(p * 20 + r).padStart(14)}${amount(p * 20 + r + 1).padStart(14)}`);
    return `<TABLE>\n<S>                                        <C>           <C>\n                                               Shares        Shares\nName                                          Before         After\n${rows.join('\n')}\n</TABLE>\n\n                                   ${folio(p)}\n<PAGE>\n`;
  };
  return `${PROSE}\n${Array.from({ length: n }, (_, p) => page(p)).join('')}${PROSE}`;
}

/** A submission of `n` exhibit documents. */
function manyDocuments(n: number): string {
  const docs = Array.from(
    { length: n },
    (_, i) => `<DOCUMENT>\n<TYPE>EX-10.${i + 1}\n<SEQUENCE>${i + 2}\n<DESCRIPTION>AGREEMENT NUMBER ${i + 1}\n<TEXT>\nAGREEMENT NUMBER ${i + 1}\n\n${PROSE}</TEXT>\n</DOCUMENT>\n`,
  );
  return `<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n${PROSE}</TEXT>\n</DOCUMENT>\n${docs.join('')}</SEC-DOCUMENT>\n`;
}

/** One line of `n` words with no line break. */
function longLine(n: number): string {
  return `${Array.from({ length: n }, (_, i) => `word${i}`).join(' ')}\n`;
}

/** One paragraph of `n` 70-column lines with no blank line. */
function longParagraph(n: number): string {
  return Array.from({ length: n }, (_, i) => `the holders of the notes will have no right to vote on issue ${i}`).join('\n') + '\n';
}

/** `n` small tables, each between paragraphs. */
function manyTables(n: number): string {
  const table = (i: number) =>
    `<TABLE>\n<S>                            <C>          <C>\n                                  1997         1998\nRevenue                    ${amount(i).padStart(10)}   ${amount(i + 3).padStart(10)}\nCosts                      ${amount(i + 1).padStart(10)}   ${amount(i + 4).padStart(10)}\n</TABLE>\n`;
  return Array.from({ length: n }, (_, i) => `${PROSE}\n${table(i)}\n`).join('');
}

/** A printed contents of `n` dotted-leader entries, then the sections it lists. */
function longContents(n: number): string {
  const entries = Array.from({ length: n }, (_, i) => `SECTION NUMBER ${String(i + 1).padEnd(8)}${'.'.repeat(40)}${i + 1}`);
  const sections = Array.from({ length: n }, (_, i) => `SECTION NUMBER ${i + 1}\n\n${PROSE}`);
  return `TABLE OF CONTENTS\n\n${entries.join('\n')}\n\n${sections.join('\n')}`;
}

/** `n` headings, each cited from the text of another ('see "Agreement 7"'). */
function crossReferences(n: number): string {
  return Array.from({ length: n }, (_, i) => `AGREEMENT ${i + 1}\n\nThe terms are described under "Agreement ${((i * 7) % n) + 1}" and\nalso under "Agreement ${((i * 3) % n) + 1} - Terms", see page ${(i % 90) + 1}.\n`).join('\n');
}

/** One bulleted list of `n` items. */
function longList(n: number): string {
  return `${PROSE}\n${Array.from({ length: n }, (_, i) => `     o    the holders of series ${i + 1} will have no right to vote on any\n          such issue;\n`).join('\n')}\n${PROSE}`;
}

/** A table `n` columns wide (one long header and a few long rows). */
function wideTable(n: number): string {
  const cols = Array.from({ length: n }, () => '<C>').join('        ');
  const head = Array.from({ length: n }, (_, j) => String(1900 + (j % 100)).padStart(11)).join('');
  const row = (r: number) => `Item ${r}`.padEnd(20) + Array.from({ length: n }, (_, j) => amount(r * n + j).padStart(11)).join('');
  return `${PROSE}\n<TABLE>\n<S>                 ${cols}\n${' '.repeat(20)}${head}\n${[1, 2, 3, 4].map(row).join('\n')}\n</TABLE>\n\n${PROSE}`;
}

/** One table of `n` rows and `n` notes under it, each row citing one (markers run 1 to 99 and start again). */
function tableNotes(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => `Holder number ${i + 1}(${(i % 99) + 1})`.padEnd(40) + amount(i).padStart(14));
  const notes = Array.from({ length: n }, (_, i) => `(${(i % 99) + 1}) Includes shares held in trust number ${i + 1}.`);
  return `${PROSE}\n<TABLE>\n<S>                                     <C>\n                                               Shares\n${rows.join('\n')}\n</TABLE>\n\n-----------\n${notes.join('\n')}\n\n${PROSE}`;
}

/** A table whose one note runs on for `n` lines. */
function longNote(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `    shares held in trust number ${i + 1} for the bene-`);
  return `${PROSE}\n<TABLE>\n<S>                                     <C>\n                                               Shares\nHolder number 1(1)                          ${amount(1).padStart(12)}\n</TABLE>\n\n-----------\n(1) Includes\n${lines.join('\n')}\n    fit of the holder.\n\n${PROSE}`;
}

/** Every family, in the order the bench prints them. */
export const HOSTILE_FAMILIES: readonly HostileFamily[] = [
  { name: 'long table', unit: 'table row', make: longTable, sizes: [5_000, 20_000] },
  { name: 'repeated heading', unit: 'heading', make: repeatedHeading, sizes: [5_000, 20_000] },
  { name: 'ITEM n.', unit: 'item heading', make: items, sizes: [2_500, 10_000] },
  { name: 'page footnotes', unit: 'page with a footnote', make: pageFootnotes, sizes: [2_000, 8_000] },
  { name: 'many pages', unit: 'page', make: manyPages, sizes: [2_500, 10_000] },
  { name: 'continued table', unit: 'page of 20 rows', make: continuedTable, sizes: [250, 1_000], furniture: true },
  { name: 'running heads', unit: 'page', make: runningHeads, sizes: [2_500, 10_000], furniture: true },
  { name: 'many documents', unit: 'exhibit', make: manyDocuments, sizes: [500, 2_000] },
  { name: 'long line', unit: 'word', make: longLine, sizes: [25_000, 100_000] },
  { name: 'long paragraph', unit: 'line', make: longParagraph, sizes: [5_000, 20_000] },
  { name: 'many tables', unit: 'table', make: manyTables, sizes: [500, 2_000] },
  { name: 'long contents', unit: 'contents entry', make: longContents, sizes: [1_000, 4_000] },
  { name: 'cross references', unit: 'cited heading', make: crossReferences, sizes: [1_000, 4_000] },
  { name: 'long list', unit: 'list item', make: longList, sizes: [2_500, 10_000] },
  { name: 'wide table', unit: 'column', make: wideTable, sizes: [250, 1_000] },
  { name: 'table notes', unit: 'row with a note', make: tableNotes, sizes: [1_000, 4_000] },
  { name: 'long note', unit: 'line of a note', make: longNote, sizes: [2_500, 10_000] },
];
