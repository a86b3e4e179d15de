/**
 * `npm run corpus -- DIR`: parses every *.txt filing in DIR and prints one
 * aligned line per file (documents, sections, headings, tables as gfm/pre,
 * footnotes, word recall, time), then a TOTAL line. Exits 1 when a file fails
 * or loses words (recall under 0.999), naming the most-missed words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeFiling } from './parser/decode.ts';
import { readEnvelope } from './parser/envelope.ts';
import { ParseError } from './parser/parse-error.ts';
import { parseFiling } from './parser/parse-filing.ts';
import { wordRecall } from './word-recall.ts';

/** Below this recall a filing counts as losing text. */
const MIN_RECALL = 0.999;

/** How many of the most-missed words a low-recall line lists. */
const MISSED_SHOWN = 10;

/** One file's figures, or its one-line failure. */
type Outcome =
  | { file: string; ok: true; documents: number; sections: number; headings: number; tables: number; pre: number; footnotes: number; found: number; total: number; recall: number; ms: number; missed: [string, number][] }
  | { file: string; ok: false; error: string };

const HEADER = ['file', 'documents', 'sections', 'headings', 'tables', 'footnotes', 'recall', 'ms'];

/** Parses one filing and measures it; never throws. */
export function measureFiling(file: string): Outcome {
  const name = path.basename(file);
  try {
    const bytes = readFileSync(file);
    const started = performance.now();
    const parsed = parseFiling(bytes, file, slugOf(name));
    const ms = performance.now() - started;
    // Page furniture (repeated running heads, "(continued)") is left out of the source, as the pages stage removed it.
    const { recall, missing, total } = wordRecall(sourceText(bytes, file), parsed.markdown, parsed.report.furniture);
    const { report } = parsed;
    return {
      file: name,
      ok: true,
      documents: report.documents,
      sections: report.sections,
      headings: report.headings,
      tables: report.tables,
      pre: report.preformattedTables,
      footnotes: report.footnotes,
      found: total - [...missing.values()].reduce((a, b) => a + b, 0),
      total,
      recall,
      ms,
      missed: [...missing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MISSED_SHOWN),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return { file: name, ok: false, error: error instanceof ParseError ? message : `${file}: internal error: ${message}` };
  }
}

/** The text of the submission's text documents, each ending at a page edge so its folios are recognised as such. */
export function sourceText(bytes: Uint8Array, file: string): string {
  return readEnvelope(decodeFiling(bytes, file), file)
    .documents.map((doc) => doc.text)
    .join('\n<PAGE>\n');
}

/** "1994-apple-computer-10-k.txt" to "1994-apple-computer-10-k". */
export function slugOf(name: string): string {
  return name
    .replace(/\.txt$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The report: one aligned row per file, a TOTAL row, and the failures and missed words below. */
export function formatReport(outcomes: Outcome[]): string {
  const rows: string[][] = [HEADER];
  const notes: string[] = [];
  const sum = { documents: 0, sections: 0, headings: 0, tables: 0, pre: 0, footnotes: 0, found: 0, total: 0, ms: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      rows.push([o.file, o.error]);
      continue;
    }
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += o[key];
    rows.push([o.file, `${o.documents}`, `${o.sections}`, `${o.headings}`, `${o.tables}/${o.pre}`, `${o.footnotes}`, o.recall.toFixed(4), `${Math.round(o.ms)}`]);
    if (o.recall < MIN_RECALL) notes.push(`${o.file}: recall ${o.recall.toFixed(4)}; most missed: ${o.missed.map(([w, n]) => `${w}×${n}`).join(', ')}`);
  }
  const recall = sum.total === 0 ? 1 : sum.found / sum.total;
  rows.push(['TOTAL', `${sum.documents}`, `${sum.sections}`, `${sum.headings}`, `${sum.tables}/${sum.pre}`, `${sum.footnotes}`, recall.toFixed(4), `${Math.round(sum.ms)}`]);
  return [...alignRows(rows), ...notes].join('\n');
}

/** True when every file parsed and kept its words. */
export function allPassed(outcomes: Outcome[]): boolean {
  return outcomes.length > 0 && outcomes.every((o) => o.ok && o.recall >= MIN_RECALL);
}

/** Pads columns: the first left-aligned, the figures right-aligned; a failed file's row is its name and its error. */
function alignRows(rows: string[][]): string[] {
  const figures = rows.filter((row) => row.length === HEADER.length);
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => (c === 0 || row.length === HEADER.length ? (row[c] ?? '').length : 0))));
  return rows.map((row) => {
    if (!figures.includes(row)) return `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${row[1] ?? ''}`;
    return row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
  });
}

/** The command: list DIR, measure each filing, print, set the exit code. */
function main(argv: string[]): void {
  const dir = argv[0];
  if (!dir) {
    console.error('usage: npm run corpus -- DIR');
    process.exitCode = 1;
    return;
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  } catch (error) {
    console.error(`${dir}: cannot read the folder (${error instanceof Error ? error.message : String(error)})`);
    process.exitCode = 1;
    return;
  }
  if (names.length === 0) {
    console.error(`${dir}: no *.txt filings`);
    process.exitCode = 1;
    return;
  }
  const outcomes = names.map((name) => measureFiling(path.join(dir, name)));
  console.log(formatReport(outcomes));
  if (!allPassed(outcomes)) process.exitCode = 1;
}

if (path.resolve(process.argv[1] ?? '') === path.resolve(import.meta.filename)) main(process.argv.slice(2));
