/**
 * Lighthouse against a served page, shared by the browser tests (accessibility, best practices,
 * SEO: scores that do not depend on the machine's speed) and the bench (performance, which does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath, quietChromiumArgs } from './chromium.ts';

/** A Chromium that Lighthouse drives over its DevTools port, and how to stop it. */
export interface LighthouseBrowser {
  port: number;
  close: () => Promise<void>;
}

/** One audit: category scores out of 100, and the audits that lost points with what they blame. */
export interface LighthouseResult {
  scores: Record<string, number>;
  lost: string[];
}

/** Lighthouse drives Chromium over the DevTools port, so this Chromium is started by hand rather than by Playwright. */
export async function startLighthouseBrowser(): Promise<LighthouseBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pr-lighthouse-'));
  const chromium: ChildProcess = spawn(chromiumPath, ['--headless=new', ...quietChromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank']);
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  // Chromium writes its profile until it has exited, so the folder goes only after that.
  const close = async (): Promise<void> => {
    if (chromium.exitCode === null && chromium.signalCode === null) chromium.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    chromium.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) resolve(Number(match[1]));
    });
    chromium.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${log}`)));
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

/** The first few elements an audit blames, by their snippet, so a failure names them. */
function offenders(details: unknown): string {
  const items = (details as { items?: Array<{ node?: { snippet?: string } }> } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => item.node?.snippet ?? '')
    .filter(Boolean)
    .join(' | ');
}

/** One mobile Lighthouse run of `pageUrl` in the given categories. */
export async function auditPage(pageUrl: string, port: number, categories: readonly string[]): Promise<LighthouseResult> {
  const result = await lighthouse(pageUrl, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories], formFactor: 'mobile' });
  if (!result) throw new Error(`Lighthouse returned no result for ${pageUrl}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${pageUrl}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
  const lost = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}/${ref.id}: ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score} ${offenders(lhr.audits[ref.id]?.details)}`),
  );
  return { scores, lost };
}
