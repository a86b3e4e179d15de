/** Step 1: parse every filing and write its section Markdown into content/generated. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../parser/parse-filing.ts';
import type { ParsedFiling } from '../parser/types.ts';
import { writeFilingContent } from '../write-content.ts';
import { filingSlug } from '../parser/ids.ts';
import { listFilingFiles } from './filing-files.ts';

/** Where the generated section files go (read by src/content.config.ts). */
export const generatedDir = 'content/generated';

/** One line for the build log: slug and what the parser found. */
export function summaryLine(parsed: ParsedFiling): string {
  const { report } = parsed;
  const skipped = report.skipped.length === 0 ? '' : ` (${report.skipped.map((s) => `${s.type} #${s.sequence}: ${s.reason}`).join('; ')})`;
  return `${parsed.filing.slug}: ${report.sections} sections, ${report.tables} tables (${report.preformattedTables} preformatted), ${report.footnotes} footnotes, ${report.skipped.length} skipped documents${skipped}`;
}

/** Parses each filing in order; the first bad one stops the build with a sentence naming it. */
export function parseFilings(dir: string, log: (line: string) => void): { ok: true; count: number } | { ok: false; error: string } {
  let files: string[];
  try {
    files = listFilingFiles(dir);
  } catch {
    return { ok: false, error: `${dir}: cannot read the filings directory` };
  }
  if (files.length === 0) return { ok: false, error: `${dir}: no .txt filings to build` };
  rmSync(generatedDir, { recursive: true, force: true });
  const slugs = new Map<string, string>();
  for (const name of files) {
    const path = join(dir, name);
    const slug = filingSlug(name);
    const clash = slugs.get(slug);
    if (clash !== undefined) return { ok: false, error: `${path}: its URL slug "${slug}" is already taken by ${clash}` };
    slugs.set(slug, name);
    try {
      const parsed = parseFiling(readFileSync(path), path, slug);
      writeFilingContent(parsed, generatedDir);
      log(summaryLine(parsed));
    } catch (error) {
      // ParseError messages already name the file; anything else gets the file prepended.
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: message.startsWith(path) ? message : `${path}: ${message}` };
    }
  }
  return { ok: true, count: files.length };
}
