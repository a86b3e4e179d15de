/**
 * The values that flow between the parser's stages. Each stage is a pure
 * function from one of these to the next; nothing here knows about Astro.
 *
 *   bytes --decode--> string --envelope--> Submission
 *   SourceDocument --pages--> Page[] --lines--> Line[]
 *   Line[] --blocks--> Block[] (tables via tables.ts, footnotes via footnotes.ts)
 *   Block[] --sections--> Section[] --links--> --mdast--> Root --markdown--> string
 */

import type { ParseMessage } from './messages.ts';

/** Where a piece of output came from: the 1-based line in the submission file and the printed page. */
export interface SourcePosition {
  /** 1-based line number in the original file (after decoding, before any joining). */
  line: number;
  /** Index of the physical page within its document, 0-based (page breaks are `<PAGE>` or form feeds). */
  pageIndex: number;
  /** The page number printed on that page ("4", "F-3", "ii"), or null where none is printed. */
  printedPage: string | null;
}

/** Metadata from the SEC header of a full submission; every field is optional because bare documents have none. */
export interface FilingMeta {
  company?: string;
  cik?: string;
  formType?: string;
  /** ISO date, YYYY-MM-DD. */
  filingDate?: string;
  /** ISO date, YYYY-MM-DD: CONFORMED PERIOD OF REPORT. */
  period?: string;
  accessionNumber?: string;
  /** Every filer named in the header (co-registrants), in order. */
  filers?: string[];
}

/** One `<DOCUMENT>` of a submission, or the whole file when it is a bare document. */
export interface SourceDocument {
  /** `<TYPE>`, e.g. "10-K", "EX-21"; "DOCUMENT" for a bare file. */
  type: string;
  sequence: number;
  filename?: string;
  description?: string;
  /** The text between `<TEXT>` and `</TEXT>`, already cleaned of transport quirks. */
  text: string;
  /** 1-based line in the submission file where `text` starts. */
  firstLine: number;
  /**
   * The 1-based file line of each line of `text`, present only when they are not `firstLine`,
   * `firstLine + 1`, ...: a tag glued to text was split onto a line of its own, both parts keeping
   * the line they came from. Read lines through `documentLines`.
   */
  lineNumbers?: number[];
}

/** A document that was not rendered (uuencoded binary, `<PDF>` block), named in the build report. */
export interface SkippedDocument {
  type: string;
  sequence: number;
  filename?: string;
  reason: string;
}

/** The envelope stage's result. */
export interface Submission {
  meta: FilingMeta;
  documents: SourceDocument[];
  skipped: SkippedDocument[];
  /** What the envelope reader had to assume (a stray tag ignored, an unclosed document). */
  messages: ParseMessage[];
}

/** A physical page of a document, with its furniture (folio, running head) removed. */
export interface Page {
  index: number;
  printedPage: string | null;
  /** The lines of the page, each with its 1-based source line number. */
  lines: { text: string; line: number }[];
  /** Page furniture taken out of `lines` (folio, running head, "(continued)"), kept so the build can count it. */
  removed?: RemovedLine[];
}

/** A line the page stage removed as furniture, and why. */
export interface RemovedLine {
  text: string;
  /** 1-based source line number. */
  line: number;
  why: 'folio' | 'running head' | 'continued' | 'repeated table head';
}

/** One line of document text handed to the block rules. */
export interface Line {
  text: string;
  /** Leading spaces. */
  indent: number;
  /** True when the line has no visible characters. */
  blank: boolean;
  /** True for the first content line of a physical page (a page anchor goes before it). */
  pageStart: boolean;
  pos: SourcePosition;
}

/** A cell of a parsed table. */
export interface TableCell {
  text: string;
  /** Footnote markers that trailed the cell text, e.g. ["1", "2"] for "(1),(2)". */
  notes: string[];
}

export interface TableRow {
  cells: TableCell[];
  /** The row follows a total rule (`-----` / `=====`) under its numbers. */
  total: boolean;
  /** Indent level of the stub label (0 = flush), kept as hierarchy. */
  level: number;
  /** The row has a label and no values: a heading row inside the table. */
  section: boolean;
  /** What the row is: figures, a section label ("Short-term debt:"), a subtotal or a total (see `rowKind`). */
  kind?: RowKind;
  /** The rule printed above the row's figures ("----------" single, "==========" double), if any. */
  rule?: RowRule;
  pos: SourcePosition;
}

/** The kinds of table row the site styles apart. */
export type RowKind = 'data' | 'section' | 'subtotal' | 'total';
/** A rule printed above a row's figures. */
export type RowRule = 'single' | 'double' | null;

/** A table the tables stage understood. */
export interface TableModel {
  caption?: string;
  header: TableCell[];
  rows: TableRow[];
  align: ('left' | 'right' | 'center' | null)[];
  /** Footnote definitions found with the table, keyed by marker as printed ("1", "*", "a"). */
  notes: { marker: string; text: string; pos: SourcePosition; printed?: string }[];
}

/** Inline content after the links stage. */
export type Inline =
  | { kind: 'text'; value: string }
  /** `title` is shown on hover: the defining sentence of a defined term's use; `page` is the printed page of a cross-reference's target. */
  | { kind: 'link'; url: string; title?: string; page?: string; children: Inline[] }
  /** Where the filing defines a term: its `<dfn>`, the target of the term's later uses. */
  | { kind: 'definition'; id: string; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'footnoteRef'; label: string }
  /** Marks the start of a printed page inside running text. */
  | { kind: 'pageMark'; anchor: string; printedPage: string | null };

/** A block found by the block rules. `pos` is where it starts. */
export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; text: string; pos: SourcePosition }
  /** `leadIn` is a run-in heading ("Principal Products.") shown bold before `text`. */
  | { kind: 'paragraph'; text: string; leadIn?: string; pos: SourcePosition; pageBreaks: PageBreakInText[] }
  /** Lines that keep their breaks: addresses, signature blocks, check-box lines. */
  | { kind: 'lineBlock'; lines: string[]; pos: SourcePosition }
  | { kind: 'list'; ordered: boolean; items: { text: string; pos: SourcePosition; pageBreaks?: PageBreakInText[] }[]; pos: SourcePosition }
  | { kind: 'table'; table: TableModel; pos: SourcePosition; pageBreaks: SourcePosition[] }
  | { kind: 'preformatted'; text: string; reason: string; pos: SourcePosition }
  | { kind: 'toc'; entries: TocEntry[]; pos: SourcePosition }
  /** A note; `printed` is its marker as printed ("a/", "[1]") when not "(label)"; `pageBreaks` holds the page starts inside its text when it runs onto the next page. */
  | { kind: 'footnoteDefinition'; label: string; text: string; pos: SourcePosition; printed?: string; pageBreaks?: PageBreakInText[] }
  /** A physical page starts between blocks here (pages that start inside a paragraph are in its pageBreaks). */
  | { kind: 'pageBreak'; pos: SourcePosition }
  | { kind: 'thematicBreak'; pos: SourcePosition };

/** A page that starts inside a paragraph: the character offset in `text` where it starts. */
export interface PageBreakInText {
  offset: number;
  pos: SourcePosition;
}

/** One line of a printed table of contents. */
export interface TocEntry {
  title: string;
  /** Printed page it points to, if the line carries one. */
  page: string | null;
  /** Nesting level, 0 for top level. */
  level: number;
}

/** A heading as listed in a section's front matter and the contents page. */
export interface HeadingRef {
  depth: number;
  text: string;
  /** The id the heading gets in HTML; unique across the whole filing. */
  id: string;
}

/** What the build report counts for one filing. */
export interface ParseReport {
  documents: number;
  skipped: SkippedDocument[];
  sections: number;
  headings: number;
  tables: number;
  preformattedTables: number;
  footnotes: number;
  /** Column sums checked against a total row or a total the text states, and how many did not add up. */
  sums?: { checked: number; failed: number };
  /** Positioned messages about what the parser assumed or kept as it was (never dropped text), in source order. */
  messages: ParseMessage[];
  /**
   * Page furniture the pages stage took out: folios, "(continued)" lines and the repeats of a
   * running head (its first appearance stays in the text). Word recall leaves exactly these lines
   * out of the source, so a repeat printed on every page is not counted as lost, and nothing else is.
   */
  furniture?: RemovedLine[];
}

/** A run of source lines handed to the tables stage (the text between `<TABLE>` and `</TABLE>`, or an untagged table). */
export interface TableSource {
  lines: { text: string; pos: SourcePosition }[];
  /** True when the lines came from inside `<TABLE>` tags. */
  tagged: boolean;
}

/** A section before it is turned into mdast: its title, its blocks, the document it belongs to. */
export interface SectionDraft {
  kind: 'cover' | 'section' | 'document';
  title: string;
  /** The document (main or exhibit) this section belongs to. */
  document: { type: string; sequence: number; description?: string; filename?: string };
  blocks: Block[];
  pos: SourcePosition;
}

/** A generated section: validated front matter plus the Markdown body. */
export interface ParsedSection {
  frontMatter: import('../section-schema.ts').SectionFrontMatter;
  /** Markdown body, without front matter. */
  markdown: string;
  /** The mdast the Markdown was written from (the site renders its HTML from this tree, not from the Markdown). */
  tree: import('mdast').Root;
  /** Each GFM table of the section as CSV, in order (front matter `tables[i].csv` names its file). */
  csv?: string[];
}

/** The whole pipeline's result for one filing. */
export interface ParsedFiling {
  filing: import('../section-schema.ts').FilingInfo;
  sections: ParsedSection[];
  report: ParseReport;
  /** The whole filing as one Markdown document (what `npm run parse` prints). */
  markdown: string;
}
