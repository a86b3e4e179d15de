/**
 * Step 1, one filing: parse it and write its section Markdown and HTML, its tables' CSV files and its
 * original text into content/generated. Run by the parse workers (parse-worker.ts); parse-library.ts
 * hands the filings out and writes the library index.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatMessage } from '../parser/messages.ts';
import { parseFiling } from '../parser/parse-filing.ts';
import type { ParsedFiling } from '../parser/types.ts';
import { readRegularFile } from '../regular-file.ts';
import { writeFilingContent } from '../write-content.ts';
import { libraryEntry } from './library-index.ts';
import type { LibraryEntry } from '../section-schema.ts';
import { generatedDir, SITE_FILES_DIR } from './generated-dir.ts';
import { originalFiles } from './original-files.ts';


/** One line for the build log: slug and what the parser found. */
export function summaryLine(parsed: ParsedFiling): string {
  const { report } = parsed;
  const skipped = report.skipped.length === 0 ? '' : ` (${report.skipped.map((s) => `${s.type} #${s.sequence}: ${s.reason}`).join('; ')})`;
  return `${parsed.filing.slug}: ${report.sections} sections, ${report.tables} tables (${report.preformattedTables} preformatted), ${report.footnotes} footnotes, ${sumsPart(report.sums)}${report.skipped.length} skipped documents${skipped}`;
}

/** "2 sums checked (1 failed), " for the summary line; nothing when the filing has no sum to check. */
function sumsPart(sums: ParsedFiling['report']['sums']): string {
  if (sums === undefined || sums.checked === 0) return '';
  return `${sums.checked} ${sums.checked === 1 ? 'sum' : 'sums'} checked (${sums.failed} not adding up), `;
}

/** What building one filing gives the build: its size for planning, its library record, its sums and its log lines. */
export interface BuiltFiling {
  slug: string;
  /** Bytes of Markdown, reports and CSV written (what batches are planned on). */
  bytes: number;
  entry: LibraryEntry;
  sums: { checked: number; failed: number };
  /** The tables' CSV files written. */
  csvFiles: number;
  /** The summary line, then one line per parser message. */
  lines: string[];
}

/** Parses one filing and writes everything generated from it; a bad filing is one sentence naming it. */
export function buildFiling(path: string, slug: string, generated = generatedDir): { ok: true; filing: BuiltFiling } | { ok: false; error: string } {
  const read = readRegularFile(path);
  if ('error' in read) return { ok: false, error: `${path}: ${read.error}` };
  try {
    const parsed = parseFiling(read.bytes, path, slug);
    const written = writeFilingContent(parsed, generated);
    const bytes = written.reduce((sum, file) => sum + statSync(file).size, 0);
    // The filing as filed and each printed page as filed, served beside the filing's pages.
    for (const file of originalFiles(read.bytes, parsed.sections.map((s) => s.frontMatter))) {
      const target = join(generated, slug, SITE_FILES_DIR, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.bytes);
    }
    const lines = [summaryLine(parsed), ...parsed.report.messages.map((m) => `  ${formatMessage(path, m)}`)];
    const sums = { checked: parsed.report.sums?.checked ?? 0, failed: parsed.report.sums?.failed ?? 0 };
    const csvFiles = written.filter((file) => file.endsWith('.csv')).length;
    return { ok: true, filing: { slug, bytes, entry: libraryEntry(parsed), sums, csvFiles, lines } };
  } catch (error) {
    // ParseError messages already name the file; anything else gets the file prepended.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.startsWith(path) ? message : `${path}: ${message}` };
  }
}
