/**
 * `npm run corpus -- DIR`: parses every *.txt filing in DIR and prints one
 * aligned line per file (documents, sections, headings, tables as gfm/pre,
 * footnotes, column sums checked/not adding up, word recall, time), then a TOTAL line; then the parser's messages
 * per filing (counts per rule and the first few); then, for the filings with a
 * gold annotation in the `gold` folder beside DIR, the gold figures and their
 * averages. Exits 1 when a file fails or loses words (recall under 0.999),
 * naming the most-missed words; the gold figures are informational.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GoldFileError, readGoldFile } from './gold/gold-file.ts';
import { formatGoldTable, type GoldRow } from './gold/gold-table.ts';
import { decodeAsPython } from './gold/python-text.ts';
import { scoreGold } from './gold/score-gold.ts';
import { decodeFiling } from './parser/decode.ts';
import { countByRule, formatMessage, type ParseMessage } from './parser/messages.ts';
import { ParseError } from './parser/parse-error.ts';
import { parseFiling } from './parser/parse-filing.ts';
import { recallSource } from './recall-source.ts';
import { wordRecall } from './word-recall.ts';

/** Below this recall a filing counts as losing text. */
const MIN_RECALL = 0.999;

/** How many of the most-missed words a low-recall line lists. */
const MISSED_SHOWN = 10;

/** How many of a filing's messages the report quotes; the counts per rule cover the rest. */
const MESSAGES_SHOWN = 3;

/** One file's figures, or its one-line failure; either way its gold figures when it has a gold annotation. */
export type Outcome = (
  | {
      file: string;
      ok: true;
      documents: number;
      sections: number;
      headings: number;
      tables: number;
      pre: number;
      footnotes: number;
      /** Column sums checked, and those that did not add up. */
      sums: number;
      sumsFailed: number;
      found: number;
      total: number;
      recall: number;
      ms: number;
      missed: [string, number][];
      /** The parser's messages, with the path they are printed with. */
      messages: { path: string; list: ParseMessage[] };
    }
  | { file: string; ok: false; error: string }
) & { gold?: GoldRow };

const HEADER = ['file', 'documents', 'sections', 'headings', 'tables', 'footnotes', 'sums', 'recall', 'ms'];

/**
 * Parses one filing and measures it; never throws. With `goldDir`, a filing that has `goldDir/NAME.txt.json`
 * is also scored against it, as `gold.py GOLD OUTPUT SOURCE` scores it.
 */
export function measureFiling(file: string, goldDir?: string): Outcome {
  const name = path.basename(file);
  const goldFile = goldDir === undefined ? undefined : path.join(goldDir, `${name}.json`);
  const hasGold = goldFile !== undefined && existsSync(goldFile);
  try {
    const bytes = readFileSync(file);
    const started = performance.now();
    const parsed = parseFiling(bytes, file, slugOf(name));
    const ms = performance.now() - started;
    // Page furniture (repeated running heads, "(continued)") is left out of the source, as the pages stage removed it.
    const { recall, missing, total } = wordRecall(sourceText(bytes, file), parsed.markdown, parsed.report.furniture);
    const { report } = parsed;
    const outcome: Outcome = {
      file: name,
      ok: true,
      documents: report.documents,
      sections: report.sections,
      headings: report.headings,
      tables: report.tables,
      pre: report.preformattedTables,
      footnotes: report.footnotes,
      sums: report.sums?.checked ?? 0,
      sumsFailed: report.sums?.failed ?? 0,
      found: total - [...missing.values()].reduce((a, b) => a + b, 0),
      total,
      recall,
      ms,
      missed: [...missing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MISSED_SHOWN),
      messages: { path: file, list: report.messages },
    };
    return hasGold ? { ...outcome, gold: goldRow(goldFile, name, parsed.markdown, bytes) } : outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const failed: Outcome = { file: name, ok: false, error: error instanceof ParseError ? message : `${file}: internal error: ${message}` };
    return hasGold ? { ...failed, gold: { file: name, error: 'not parsed (see above)' } } : failed;
  }
}

/** The filing's gold figures, or the one line saying why its gold file cannot be read; never throws. */
function goldRow(goldFile: string, name: string, markdown: string, bytes: Uint8Array): GoldRow {
  try {
    // As gold.py reads OUTPUT and SOURCE: text files with newlines translated, the source as Latin-1.
    const output = decodeAsPython(new TextEncoder().encode(markdown), 'utf-8');
    return { file: name, score: scoreGold(readGoldFile(goldFile), output, decodeAsPython(bytes, 'latin-1')) };
  } catch (error) {
    if (error instanceof GoldFileError) return { file: name, error: error.message };
    return { file: name, error: `${goldFile}: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** The words the filing must keep: its decoded text documents as the file has them (`recallSource`), not as the envelope reader read them. */
export function sourceText(bytes: Uint8Array, file: string): string {
  return recallSource(decodeFiling(bytes, file));
}

/** "1994-acme-widgets-10-k.txt" to "1994-acme-widgets-10-k". */
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
  const sum = { documents: 0, sections: 0, headings: 0, tables: 0, pre: 0, footnotes: 0, sums: 0, sumsFailed: 0, found: 0, total: 0, ms: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      rows.push([o.file, o.error]);
      continue;
    }
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += o[key];
    rows.push([o.file, `${o.documents}`, `${o.sections}`, `${o.headings}`, `${o.tables}/${o.pre}`, `${o.footnotes}`, `${o.sums}/${o.sumsFailed}`, o.recall.toFixed(4), `${Math.round(o.ms)}`]);
    if (o.recall < MIN_RECALL) notes.push(`${o.file}: recall ${o.recall.toFixed(4)}; most missed: ${o.missed.map(([w, n]) => `${w}×${n}`).join(', ')}`);
  }
  const recall = sum.total === 0 ? 1 : sum.found / sum.total;
  rows.push(['TOTAL', `${sum.documents}`, `${sum.sections}`, `${sum.headings}`, `${sum.tables}/${sum.pre}`, `${sum.footnotes}`, `${sum.sums}/${sum.sumsFailed}`, recall.toFixed(4), `${Math.round(sum.ms)}`]);
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

/** The parser's messages: a line per filing that has any (its counts per rule), under it the first few as `file:line: reason (rule, p. N, section)`. */
export function formatMessages(outcomes: Outcome[]): string {
  const withMessages = outcomes.flatMap((o) => (o.ok && o.messages.list.length > 0 ? [o] : []));
  const count = withMessages.reduce((n, o) => n + o.messages.list.length, 0);
  if (count === 0) return 'messages: none';
  const lines = [`messages: ${count} in ${withMessages.length} of ${outcomes.length} filings (counts per rule, then the first ${MESSAGES_SHOWN})`];
  for (const { file, messages } of withMessages) {
    const counts = [...countByRule(messages.list)].map(([rule, n]) => `${rule} ${n}`).join(', ');
    lines.push(`${file}: ${counts}`);
    for (const m of messages.list.slice(0, MESSAGES_SHOWN)) lines.push(`  ${formatMessage(messages.path, m)}`);
    const more = messages.list.length - MESSAGES_SHOWN;
    if (more > 0) lines.push(`  ... ${more} more (npm run parse -- ${messages.path} prints them all on stderr)`);
  }
  return lines.join('\n');
}

/** The gold table of the filings that have an annotation in `goldDir` (`shown` is how the folder is named to the reader). */
export function formatGold(outcomes: Outcome[], shown: string): string {
  const rows = outcomes.flatMap((o) => (o.gold ? [o.gold] : []));
  if (rows.length === 0) return `gold: no annotations (NAME.txt.json) in ${shown}`;
  const heading = `gold: ${rows.length} of ${outcomes.length} filings annotated in ${shown} (the details of one: npm run gold -- GOLD.json OUTPUT.md SOURCE.txt)`;
  return [heading, ...formatGoldTable(rows)].join('\n');
}

/** The `gold` folder beside DIR's folder: `../shared/corpus/gold` for `../shared/corpus/filings`. */
export function goldDirBeside(dir: string): string {
  return path.join(path.dirname(path.resolve(dir)), 'gold');
}

/** The command's work: the report to print and whether the run failed, or the one-line error. */
export function runCorpus(args: string[]): { stdout: string; failed: boolean } | { error: string } {
  const dir = args[0];
  if (!dir) return { error: 'usage: npm run corpus -- DIR' };
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  } catch (error) {
    return { error: `${dir}: cannot read the folder (${error instanceof Error ? error.message : String(error)})` };
  }
  if (names.length === 0) return { error: `${dir}: no *.txt filings` };
  const goldDir = goldDirBeside(dir);
  const outcomes = names.map((name) => measureFiling(path.join(dir, name), goldDir));
  const shown = path.relative(process.cwd(), goldDir) || '.';
  return { stdout: [formatReport(outcomes), '', formatMessages(outcomes), '', formatGold(outcomes, shown)].join('\n'), failed: !allPassed(outcomes) };
}

/** The command: print the report, set the exit code. */
function main(argv: string[]): void {
  const result = runCorpus(argv);
  if ('error' in result) {
    console.error(result.error);
    process.exitCode = 1;
    return;
  }
  console.log(result.stdout);
  if (result.failed) process.exitCode = 1;
}

if (path.resolve(process.argv[1] ?? '') === path.resolve(import.meta.filename)) main(process.argv.slice(2));
