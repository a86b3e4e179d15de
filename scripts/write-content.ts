import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_FILES_DIR } from './build/generated-dir.ts';
import { withFrontMatter } from './front-matter.ts';
import type { ParsedFiling } from './parser/types.ts';
import { renderSectionHtml } from './render/render-section.ts';
import { renderedFileName } from './render/rendered-file.ts';

/** `NN-<slug>.md`: the order zero-padded to the width of the largest order (at least two digits), so names sort in reading order. */
export function sectionFileName(order: number, slug: string, count: number): string {
  const width = Math.max(2, String(Math.max(count - 1, 0)).length);
  return `${String(order).padStart(width, '0')}-${slug}.md`;
}

/**
 * Writes a parsed filing as `outDir/<filing>/NN-<section>.md` files (the converter's
 * output) plus `report.json`, after removing that filing's old files so no stale section
 * survives a re-parse. Beside each Markdown file goes its HTML, rendered once from the
 * parser's tree (`NN-<section>.html`, what the site shows; see src/content.config.ts).
 * Returns the Markdown files and the report, in order (the HTML beside them is not listed:
 * batches are planned on the Markdown's size).
 */
export function writeFilingContent(parsed: ParsedFiling, outDir: string): string[] {
  const dir = path.join(outDir, parsed.filing.slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const section of parsed.sections) {
    const fm = section.frontMatter;
    const file = path.join(dir, sectionFileName(fm.order, fm.slug, parsed.sections.length));
    writeFileSync(file, withFrontMatter(fm, section.markdown));
    writeFileSync(renderedFileName(file), renderSectionHtml(section.tree, fm));
    written.push(file);
    // Each table's CSV, named as its front matter says, among the files served as they are (`/<filing>/<section>/table-N.csv`).
    fm.tables.forEach((table, i) => {
      const csv = section.csv?.[i];
      if (table.csv === undefined || csv === undefined) return;
      const tableFile = path.join(dir, SITE_FILES_DIR, fm.slug, table.csv);
      mkdirSync(path.dirname(tableFile), { recursive: true });
      writeFileSync(tableFile, csv);
      written.push(tableFile);
    });
  }
  const report = path.join(dir, 'report.json');
  writeFileSync(report, `${JSON.stringify(parsed.report, null, 2)}\n`);
  written.push(report);
  return written;
}
