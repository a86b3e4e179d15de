/**
 * The contract for a generated section file's front matter: the build script
 * validates what it writes with it, and `src/content.config.ts` reads with it.
 */
import { z } from 'zod';

/** A printed page that starts inside a section, and the id of its anchor there. */
export const pageAnchorSchema = z.object({
  /** Unique in the filing, e.g. "page-4" (main document) or "ex-21-page-2" (an exhibit). */
  anchor: z.string(),
  /** As printed ("4", "F-3"); null for unnumbered pages. */
  printed: z.string().nullable(),
  /** The source line (1-based) where the page's text starts: the site cuts the page as filed from the original around it. */
  line: z.number().int().min(1).optional(),
});

export const headingRefSchema = z.object({
  depth: z.number().int().min(1).max(6),
  text: z.string(),
  /** The heading's id in HTML, unique across the filing. */
  id: z.string(),
});

/** A term the section defines: the term as printed, the id of its `<dfn>`, and the sentence that defines it. */
export const definedTermSchema = z.object({
  term: z.string(),
  id: z.string(),
  sentence: z.string(),
});

export const documentRefSchema = z.object({
  type: z.string(),
  sequence: z.number().int(),
  description: z.string().optional(),
  filename: z.string().optional(),
  /** An exhibit's title as the filing's exhibit index prints it ("Financial Data Schedule"). */
  title: z.string().optional(),
});

export const filingSchema = z.object({
  slug: z.string(),
  /** Human title for the library: company, else the first heading, else the slug. */
  title: z.string(),
  company: z.string().optional(),
  cik: z.string().optional(),
  formType: z.string().optional(),
  filingDate: z.string().optional(),
  period: z.string().optional(),
  accessionNumber: z.string().optional(),
  filers: z.array(z.string()).optional(),
  /** Number of physical pages in the filing. */
  pageCount: z.number().int(),
  sourceFile: z.string(),
});

/** One table row the site marks: its index among the table's body rows and what sets it apart (rows with nothing to say are left out). */
export const tableRowStructureSchema = z.object({
  row: z.number().int().min(0),
  kind: z.enum(['section', 'subtotal', 'total']).optional(),
  /** The stub's indent level, 1 and deeper (0 is left out). */
  indent: z.number().int().min(1).optional(),
  /** The rule printed above the row's figures. */
  rule: z.enum(['single', 'double']).optional(),
});

/** A sum the build checked: a figure column against its total row, or against a total the text states. */
export const tableSumSchema = z.object({
  /** The column (0 is the stub) and its header as printed. */
  column: z.number().int().min(1),
  label: z.string(),
  /** The body row of the printed total; absent when the total is one the text states. */
  row: z.number().int().min(0).optional(),
  /** The total as printed ("4,174,803") and the sum of the figures it closes. */
  total: z.string(),
  sum: z.string(),
  ok: z.boolean(),
  /** Where the text states the total (a section title), for a table with no total row. */
  stated: z.string().optional(),
});

/** A page that starts inside a table: the body row it starts at and the id of its page mark. */
export const tablePageRowSchema = z.object({ row: z.number().int().min(0), anchor: z.string() });

/** A table's row structure, which GFM Markdown cannot hold: the site puts it back on each `<tr>`, with the table's caption, page starts, CSV and checked sums. */
export const tableStructureSchema = z.object({
  rows: z.array(tableRowStructureSchema),
  /** The paragraph right before the table is its caption (title or units line printed above it). */
  caption: z.boolean().optional(),
  /** Pages that start inside the table, at the row they start at. */
  pages: z.array(tablePageRowSchema).optional(),
  /** The table's CSV file name beside the section page ("table-1.csv"). */
  csv: z.string().optional(),
  sums: z.array(tableSumSchema).optional(),
});

export const sectionFrontMatterSchema = z.object({
  filing: filingSchema,
  /** URL slug of the section, unique in the filing: `/<filing>/<slug>/`. */
  slug: z.string(),
  title: z.string(),
  /** Position in reading order, 0 = cover. */
  order: z.number().int().min(0),
  kind: z.enum(['cover', 'section', 'document']),
  document: documentRefSchema,
  /** Printed pages that start in this section, in order. */
  pages: z.array(pageAnchorSchema),
  /** Every heading of the section in document order (the first is the section title). */
  headings: z.array(headingRefSchema),
  /** The terms this section defines, in order (the filing's glossary is made from these). */
  terms: z.array(definedTermSchema),
  /** The ids of the defined terms whose use this section links, in order of first use. */
  termsUsed: z.array(z.string()),
  /** Every GFM table of the section in document order, with its rows' structure. */
  tables: z.array(tableStructureSchema).default([]),
});

export type TableStructure = z.infer<typeof tableStructureSchema>;
export type TableSum = z.infer<typeof tableSumSchema>;
export type PageAnchor = z.infer<typeof pageAnchorSchema>;
export type DefinedTermRef = z.infer<typeof definedTermSchema>;
export type FilingInfo = z.infer<typeof filingSchema>;
export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;

/** One filing in the library index (`content/generated/library.json`): enough for the library page without reading every section. */
export const libraryEntrySchema = z.object({
  filing: filingSchema,
  /** Sections other than the cover. */
  sectionCount: z.number().int().min(0),
});

export type LibraryEntry = z.infer<typeof libraryEntrySchema>;
