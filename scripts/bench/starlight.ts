/**
 * The site a user would otherwise make: Starlight building the very Markdown our parser writes
 * (each section file with only its title as front matter). Starlight is installed by the bench into
 * a cache folder of its own (`bench-results/starlight-site/`, its own package.json and node_modules),
 * never into the project's dependencies, and is built side by side with our build, alternating.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseFiling } from '../parser/parse-filing.ts';
import { filingSlug } from '../parser/ids.ts';
import { sectionFileName } from '../write-content.ts';
import { runBuild, type BuildTimings } from './build-run.ts';
import { sampleTreeMemory } from './process-tree-sampler.ts';
import { median } from './stats.ts';
import { listFilings } from './synthetic-library.ts';
import type { TextTable } from './table-printer.ts';
import { formatMs } from './table-printer.ts';

/** The package.json of the Starlight site: Starlight as npm has it today, on the same Astro as ours. */
export function starlightPackageJson(astroVersion: string, markdownRemarkVersion: string): string {
  const pkg = {
    name: 'prospectus-reader-bench-starlight',
    private: true,
    type: 'module',
    // "latest": the current Starlight on npm when the cache is made; the installed version is printed with the figures.
    dependencies: { '@astrojs/starlight': 'latest', astro: astroVersion, '@astrojs/markdown-remark': markdownRemarkVersion },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Starlight's defaults, as its getting-started template has them; the cache sits in the site so it can be cleared before each build. */
export const STARLIGHT_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: './.astro-cache',
  integrations: [starlight({ title: 'Filings' })],
});
`;

/** Starlight's docs collection, as its template has it. */
export const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The floor of any Astro build on this machine: a site of one page and no integration, on the
 * Astro that Starlight uses. Built beside the two, so the table shows how much of a build is
 * Astro's own start-up, bundling and writing, which no change to our pages can remove.
 */
export const BARE_ASTRO_CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({ cacheDir: './.astro-cache' });
`;

/** The bare site's one page. */
export const BARE_ASTRO_PAGE = '<html lang="en"><head><title>Filings</title></head><body><p>Filings</p></body></html>\n';

/** Makes the bare Astro site in `dir`, its node_modules a link to the Starlight site's (the same Astro, nothing installed twice). */
export function ensureBareAstroSite(dir: string, starlightSiteDir: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'prospectus-reader-bench-bare-astro', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), BARE_ASTRO_CONFIG);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), BARE_ASTRO_PAGE);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join('..', basename(starlightSiteDir), 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** One Markdown file of the Starlight site: its path under src/content/docs and its text. */
export interface StarlightDoc {
  path: string;
  text: string;
}

/** A filing's sections as Starlight docs: the Markdown our parser writes, with only the title as front matter. */
export function starlightDocs(bytes: Uint8Array, file: string, slug: string): StarlightDoc[] {
  const parsed = parseFiling(bytes, file, slug);
  return parsed.sections.map((section) => ({
    path: `${slug}/${sectionFileName(section.frontMatter.order, section.frontMatter.slug, parsed.sections.length)}`,
    text: `---\ntitle: ${JSON.stringify(section.frontMatter.title)}\n---\n\n${section.markdown}`,
  }));
}

/** The version of a package installed in `nodeModules`, or null. */
function installedVersion(nodeModules: string, name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/**
 * Makes (or reuses) the Starlight site in `siteDir`: writes its package.json and config, and runs
 * `npm install` there when its package.json changed or nothing is installed. Returns the installed
 * Starlight version, or an error sentence.
 */
export function ensureStarlightSite(siteDir: string, projectDir: string, log: (line: string) => void): { version: string } | { error: string } {
  const ours = join(projectDir, 'node_modules');
  const astro = installedVersion(ours, 'astro');
  const remark = installedVersion(ours, '@astrojs/markdown-remark');
  if (astro === null || remark === null) return { error: 'the project has no astro installed' };
  mkdirSync(join(siteDir, 'src', 'content', 'docs'), { recursive: true });
  const pkgPath = join(siteDir, 'package.json');
  const pkg = starlightPackageJson(astro, remark);
  const changed = !existsSync(pkgPath) || readFileSync(pkgPath, 'utf8') !== pkg;
  writeFileSync(pkgPath, pkg);
  writeFileSync(join(siteDir, 'astro.config.mjs'), STARLIGHT_CONFIG);
  writeFileSync(join(siteDir, 'src', 'content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  const site = join(siteDir, 'node_modules');
  if (changed || installedVersion(site, '@astrojs/starlight') === null) {
    log(`    installing Starlight into ${siteDir} (npm install, once)`);
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (npm.status !== 0) return { error: `npm install of Starlight failed: ${(npm.stderr || npm.stdout || String(npm.error)).trim().split('\n').slice(-1)[0]}` };
  }
  const version = installedVersion(site, '@astrojs/starlight');
  return version === null ? { error: 'Starlight did not install' } : { version };
}

/** Replaces the Starlight site's docs with the Markdown our parser writes for every filing in `filingsDir`; returns the number of files. */
export function writeStarlightContent(siteDir: string, filingsDir: string): number {
  const docs = join(siteDir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  let count = 0;
  for (const file of listFilings(filingsDir)) {
    const name = file.split('/').pop()!;
    for (const doc of starlightDocs(readFileSync(file), file, filingSlug(name))) {
      const path = join(docs, doc.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, doc.text);
      count += 1;
    }
  }
  return count;
}

/** One `astro build` of a bench site (Starlight's or the bare one) from a cold cache (as our build has: each of its Astro batches starts with a fresh cache). */
export function runSiteBuild(siteDir: string): Promise<{ totalMs: number; cpuMs: number; exitCode: number | null; outputTail: string }> {
  rmSync(join(siteDir, 'dist'), { recursive: true, force: true });
  rmSync(join(siteDir, '.astro-cache'), { recursive: true, force: true });
  rmSync(join(siteDir, '.astro'), { recursive: true, force: true });
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const stop = sampleTreeMemory(child.pid ?? -1);
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      const totalMs = performance.now() - start;
      resolve({ totalMs, cpuMs: stop().cpuMs, exitCode: code, outputTail: output.split('\n').slice(-6).join('\n') });
    });
  });
}

/** The figures of one work (seed or corpus) built both ways. */
export interface StarlightComparison {
  name: string;
  /** Markdown files Starlight builds (our section files). */
  files: number;
  oursMs: number[];
  starlightMs: number[];
  oursCpuMs: number[];
  starlightCpuMs: number[];
  /** The bare one-page Astro site, built in the same alternation: Astro's own floor. */
  bareMs: number[];
  bareCpuMs: number[];
  /** Our build's own split of each run (parse, Astro, Pagefind), to say where our time goes. */
  oursTimings: (BuildTimings | null)[];
  /** Why a build failed, when one did. */
  failure?: string;
}

/** Builds `filingsDir` with our build, with Starlight and the bare Astro site, `runs` times each, alternating (ours first). */
export async function compareWithStarlight(
  name: string,
  buildRoot: string,
  siteDir: string,
  bareSiteDir: string,
  filingsDir: string,
  outDir: string,
  runs: number,
  log: (line: string) => void,
): Promise<StarlightComparison> {
  const result: StarlightComparison = { name, files: writeStarlightContent(siteDir, filingsDir), oursMs: [], starlightMs: [], oursCpuMs: [], starlightCpuMs: [], bareMs: [], bareCpuMs: [], oursTimings: [] };
  for (let i = 0; i < runs; i++) {
    rmSync(outDir, { recursive: true, force: true });
    const ours = await runBuild(buildRoot, filingsDir, outDir);
    if (ours.exitCode !== 0) return { ...result, failure: `ours exit ${ours.exitCode}: ${ours.outputTail.split('\n').slice(-3).join(' | ')}` };
    const theirs = await runSiteBuild(siteDir);
    if (theirs.exitCode !== 0) return { ...result, failure: `Starlight exit ${theirs.exitCode}: ${theirs.outputTail.split('\n').slice(-3).join(' | ')}` };
    const bare = await runSiteBuild(bareSiteDir);
    if (bare.exitCode !== 0) return { ...result, failure: `bare Astro exit ${bare.exitCode}: ${bare.outputTail.split('\n').slice(-3).join(' | ')}` };
    result.oursMs.push(ours.totalMs);
    result.oursCpuMs.push(ours.memory.cpuMs);
    result.oursTimings.push(ours.timings);
    result.starlightMs.push(theirs.totalMs);
    result.starlightCpuMs.push(theirs.cpuMs);
    result.bareMs.push(bare.totalMs);
    result.bareCpuMs.push(bare.cpuMs);
    const split = ours.timings ? ` (parse ${ours.timings.parse}, astro ${ours.timings.astro}, pagefind ${ours.timings.pagefind})` : '';
    log(`    ${name} run ${i + 1}/${runs}: ours ${Math.round(ours.totalMs)} ms${split}, Starlight ${Math.round(theirs.totalMs)} ms, bare Astro ${Math.round(bare.totalMs)} ms`);
  }
  rmSync(outDir, { recursive: true, force: true });
  return result;
}

/** The side-by-side table: medians of wall time (and CPU time), and ours / Starlight. */
export function starlightTable(rows: readonly StarlightComparison[], version: string, runs: number): TextTable {
  const ratio = (a: number[], b: number[]): string => (a.length > 0 && b.length > 0 ? (median(a) / median(b)).toFixed(2) : 'n/a');
  const ms = (v: number[]): string => (v.length > 0 ? formatMs(median(v)) : 'n/a');
  return {
    title: `Build time against Starlight ${version} on the same Markdown (medians)`,
    columns: ['work', 'files', 'ours', 'Starlight', 'ratio', 'ours cpu', 'Starlight cpu', 'cpu ratio', 'bare Astro', 'bare Astro cpu'],
    rows: rows.map((r) => [
      r.failure ? `${r.name} (FAILED)` : r.name,
      String(r.files),
      ms(r.oursMs),
      ms(r.starlightMs),
      ratio(r.oursMs, r.starlightMs),
      ms(r.oursCpuMs),
      ms(r.starlightCpuMs),
      ratio(r.oursCpuMs, r.starlightCpuMs),
      ms(r.bareMs),
      ms(r.bareCpuMs),
    ]),
    notes: [
      `${runs} build(s) each, alternating ours then Starlight; ours = wall time of \`node scripts/build-main.ts\`, what \`npm run build\` runs (parse, Astro, Pagefind), Starlight = wall time of \`astro build\` (with its Pagefind) from a cold cache`,
      'files = the section Markdown files Starlight builds, each with only its title as front matter; ratio = ours / Starlight (the target is at most 0.5)',
      'bare Astro = a one-page Astro site with no integration on the same Astro, built in the same alternation: the floor of any Astro build here',
      ...rows.filter((r) => r.failure).map((r) => `${r.name} failed: ${r.failure}`),
    ],
  };
}

/** Where the bench keeps the Starlight site between runs (git-ignored with the rest of bench-results/). */
export const STARLIGHT_SITE = join('bench-results', 'starlight-site');

/** Where the bench keeps the bare Astro site (its node_modules a link to the Starlight site's). */
export const BARE_ASTRO_SITE = join('bench-results', 'bare-astro-site');

/** The whole comparison: the Starlight site made or reused, then each work built both ways. */
export async function measureAgainstStarlight(
  projectDir: string,
  buildRoot: string,
  outDir: string,
  works: readonly { name: string; filingsDir: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<{ version: string; rows: StarlightComparison[] } | { error: string }> {
  const siteDir = join(projectDir, STARLIGHT_SITE);
  const site = ensureStarlightSite(siteDir, projectDir, log);
  if ('error' in site) return site;
  const bareDir = join(projectDir, BARE_ASTRO_SITE);
  ensureBareAstroSite(bareDir, siteDir);
  const rows: StarlightComparison[] = [];
  for (const work of works) rows.push(await compareWithStarlight(work.name, buildRoot, siteDir, bareDir, work.filingsDir, outDir, runs, log));
  return { version: site.version, rows };
}
