/** `gold.py`'s three measures: headings found, table cells read right, footnotes found. */
import { alike } from './alike.ts';
import type { Gold } from './gold-file.ts';
import { footnoteDefinitions, markdownHeadings, markdownTables } from './markdown-read.ts';
import { cellText, normalise } from './normalise.ts';
import { pyRepr, pyReprList } from './python-format.ts';
import { codePoints } from './python-text.ts';
import { filingText, inFilingText } from './source-text.ts';

/** Headings: gold ones matched in order to output ones, each output heading used once. */
export interface HeadingMeasure {
  recall: number;
  precision: number;
  /** Gold headings matched. */
  hit: number;
  /** Gold headings. */
  gold: number;
  /** Output headings counted (with the source, those the parser made up are left out). */
  output: number;
  /** Gold headings no output heading is like, in order. */
  missed: string[];
}

/** Tables: each gold row scored by its best output row in the table its anchor finds. */
export interface TableMeasure {
  found: number;
  total: number;
  /** Tables found with as many columns as gold says. */
  widthRight: number;
  good: number;
  cells: number;
  accuracy: number;
  /** `gold.py`'s lines about tables not found and rows not fully matched, in order. */
  problems: string[];
}

/** Footnotes: gold notes whose first words start (or occur in) an output footnote definition. */
export interface FootnoteMeasure {
  hit: number;
  total: number;
  rate: number;
}

/** How many characters of a footnote's first words must agree. */
const FOOTNOTE_PREFIX_LENGTH = 30;

/** Heading recall and precision; with the filing's raw text, output headings not in its text are left out unless gold has them. */
export function measureHeadings(gold: Gold, md: string, rawSource?: string): HeadingMeasure {
  const goldTexts = (gold.headings ?? []).map((h) => h.text);
  let output = markdownHeadings(md);
  if (rawSource !== undefined) {
    const text = filingText(rawSource);
    output = output.filter((h) => inFilingText(h, text) || goldTexts.some((g) => alike(g, h)));
  }
  const used = new Set<number>();
  let hit = 0;
  for (const g of goldTexts) {
    const i = output.findIndex((o, at) => !used.has(at) && alike(g, o));
    if (i === -1) continue;
    used.add(i);
    hit++;
  }
  return {
    recall: goldTexts.length > 0 ? hit / goldTexts.length : 1,
    precision: output.length > 0 ? used.size / output.length : goldTexts.length === 0 ? 1 : 0,
    hit,
    gold: goldTexts.length,
    output: output.length,
    missed: goldTexts.filter((g) => !output.some((o) => alike(g, o))),
  };
}

/** Cell accuracy: the first output table with a row containing the anchor; each gold row scored by its best row there, cell by cell. */
export function measureTables(gold: Gold, md: string): TableMeasure {
  const tables = markdownTables(md);
  const measure: TableMeasure = { found: 0, total: (gold.tables ?? []).length, widthRight: 0, good: 0, cells: 0, accuracy: 1, problems: [] };
  for (const goldTable of gold.tables ?? []) {
    const anchor = normalise(goldTable.anchor);
    const table = tables.find((t) => t.some((row) => normalise(row.join(' ')).includes(anchor)));
    measure.cells += goldTable.rows.reduce((n, row) => n + row.length, 0);
    if (!table) {
      measure.problems.push(`table not found as a GFM table: anchor ${pyRepr(goldTable.anchor)}`);
      continue;
    }
    measure.found++;
    if (table.reduce((width, row) => Math.max(width, row.length), 0) === goldTable.columns) measure.widthRight++;
    for (const goldRow of goldTable.rows) {
      const best = table.reduce((most, row) => Math.max(most, sameCells(goldRow, row)), 0);
      measure.good += best;
      if (best < goldRow.length) measure.problems.push(`row ${pyReprList(goldRow.slice(0, 3))}... matched ${best}/${goldRow.length} cells`);
    }
  }
  measure.accuracy = measure.cells > 0 ? measure.good / measure.cells : 1;
  return measure;
}

/** Footnotes found: a gold note counts when an output definition starts with, or contains, its first 30 normalised characters. */
export function measureFootnotes(gold: Gold, md: string): FootnoteMeasure {
  const definitions = footnoteDefinitions(md).map(normalise);
  const notes = gold.footnotes ?? [];
  const hit = notes.filter((note) => {
    const start = codePoints(normalise(note.starts)).slice(0, FOOTNOTE_PREFIX_LENGTH).join('');
    return definitions.some((d) => d.startsWith(start) || d.includes(start));
  }).length;
  return { hit, total: notes.length, rate: notes.length > 0 ? hit / notes.length : 1 };
}

/** Cells equal at the same position (as far as the shorter row goes). */
function sameCells(goldRow: readonly string[], row: readonly string[]): number {
  let same = 0;
  for (let c = 0; c < Math.min(goldRow.length, row.length); c++) if (cellText(goldRow[c] ?? '') === cellText(row[c] ?? '')) same++;
  return same;
}
