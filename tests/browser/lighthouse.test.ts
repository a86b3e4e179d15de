import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumPath } from './launch-browser.ts';
import { seedSite, seedSlug } from './site-context.ts';

const { url } = seedSite();
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

let chromium: ChildProcess;
let port: number;
let profile: string;

// Lighthouse drives Chromium over the DevTools port, so this Chromium is started by hand rather than by Playwright.
beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'pr-lighthouse-'));
  chromium = spawn(chromiumPath, [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  port = await new Promise<number>((resolve, reject) => {
    let log = '';
    chromium.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) resolve(Number(match[1]));
    });
    chromium.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${log}`)));
  });
});

afterAll(() => {
  chromium?.kill();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The first few elements an audit blames, by their snippet, so the failure names them. */
function offenders(details: unknown): string {
  const items = (details as { items?: Array<{ node?: { snippet?: string } }> } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => item.node?.snippet ?? '')
    .filter(Boolean)
    .join(' | ');
}

for (const [name, path] of [
  ['library', '/'],
  ['contents', `/${seedSlug}/`],
  ['section', `/${seedSlug}/risk-factors/`],
  ['whole document', `/${seedSlug}/full/`],
] as const) {
  test(`Lighthouse (mobile) scores the ${name} page 100 in every category`, { timeout: 180_000 }, async () => {
    const result = await lighthouse(url + path, { port, output: 'json', logLevel: 'error', onlyCategories: categories, formFactor: 'mobile' });
    expect(result, 'a Lighthouse result').toBeDefined();
    const lhr = result!.lhr;
    expect(lhr.runtimeError?.message ?? '', 'Lighthouse runtime error').toBe('');
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
    console.log(`Lighthouse ${path}: ${JSON.stringify(scores)}`);
    // Name the audits that cost points so a failure says what to fix.
    const lost = categories.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}/${ref.id}: ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score} ${offenders(lhr.audits[ref.id]?.details)}`),
    );
    expect(scores, `audits below full marks:\n${lost.join('\n')}`).toEqual(Object.fromEntries(categories.map((category) => [category, 100])));
  });
}
