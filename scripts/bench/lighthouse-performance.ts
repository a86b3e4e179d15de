/** Lighthouse's performance score (mobile) for one page of each type: a timing, so it is a bench figure, never a test. */
import { urlPathOf } from '../check-site/list-site-pages.ts';
import { auditPage, startLighthouseBrowser } from '../lighthouse-audit.ts';
import { serveStatic } from '../static-server.ts';
import type { SitePages } from './site-pages.ts';
import type { TextTable } from './table-printer.ts';

/** One page's performance score over the runs, and its median. */
export interface PerformanceRow {
  type: string;
  path: string;
  scores: number[];
  median: number;
}

/** Serves `outDir` and audits each picked page `runs` times. */
export async function measureLighthousePerformance(outDir: string, pages: SitePages, runs: number): Promise<PerformanceRow[]> {
  const server = await serveStatic(outDir);
  const browser = await startLighthouseBrowser();
  try {
    const rows: PerformanceRow[] = [];
    for (const [type, file] of Object.entries(pages)) {
      if (file === null) continue;
      const path = urlPathOf(file);
      const scores: number[] = [];
      for (let i = 0; i < runs; i++) scores.push((await auditPage(server.url + path, browser.port, ['performance'])).scores.performance ?? 0);
      const sorted = [...scores].sort((a, b) => a - b);
      rows.push({ type, path, scores, median: sorted[Math.floor(sorted.length / 2)] ?? 0 });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The printed table. */
export function lighthouseTable(rows: PerformanceRow[] | { error: string }): TextTable {
  const title = 'Lighthouse performance (mobile) of the seed site';
  if ('error' in rows) return { title, columns: ['page type', 'score'], rows: [], notes: [`Lighthouse failed: ${rows.error}`] };
  return {
    title,
    columns: ['page type', 'path', 'median', 'runs'],
    rows: rows.map((r) => [r.type, r.path, String(r.median), r.scores.join(', ')]),
    notes: ['a timing on this machine: other processes running at the same time lower it'],
  };
}
