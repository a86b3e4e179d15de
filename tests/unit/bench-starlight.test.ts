import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BARE_ASTRO_PAGE, ensureBareAstroSite, starlightDocs, starlightPackageJson, starlightTable } from '../../scripts/bench/starlight.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

const filing = ['ACME WIDGETS, INC.', '', '<PAGE>', 'RISK FACTORS', '', 'Widgets may "break".', '', '<PAGE>', 'LEGAL MATTERS', '', 'None.'].join('\n');
const bytes = new TextEncoder().encode(filing);

test('Starlight gets the very Markdown the parser writes, each section file with only its title as front matter', () => {
  const docs = starlightDocs(bytes, 'acme.txt', 'acme');
  const parsed = parseFiling(bytes, 'acme.txt', 'acme');
  expect(docs.map((d) => d.path)).toEqual(['acme/00-cover.md', 'acme/01-risk-factors.md', 'acme/02-legal-matters.md']);
  parsed.sections.forEach((section, i) => {
    expect(docs[i]!.text).toBe(`---\ntitle: ${JSON.stringify(section.frontMatter.title)}\n---\n\n${section.markdown}`);
  });
  expect(docs[1]!.text).toContain('title: "RISK FACTORS"\n---\n\n## RISK FACTORS');
});

test("Starlight's site has its own dependencies, on the project's Astro", () => {
  const pkg = JSON.parse(starlightPackageJson('7.3.5', '7.3.1')) as { dependencies: Record<string, string> };
  expect(pkg.dependencies).toEqual({ '@astrojs/starlight': 'latest', astro: '7.3.5', '@astrojs/markdown-remark': '7.3.1' });
});

test('the table gives medians of the three builds and ours / Starlight, and says which work failed', () => {
  const table = starlightTable(
    [
      { name: 'seed', files: 10, oursMs: [900, 1000, 5000], starlightMs: [4000, 4100, 3900], oursCpuMs: [1200, 1300, 1100], starlightCpuMs: [3000, 3000, 3000], bareMs: [1500, 1400, 1450], bareCpuMs: [1300, 1200, 1250], oursTimings: [] },
      { name: 'corpus', files: 144, oursMs: [], starlightMs: [], oursCpuMs: [], starlightCpuMs: [], bareMs: [], bareCpuMs: [], oursTimings: [], failure: 'Starlight exit 1: boom' },
    ],
    '0.42.9',
    3,
  );
  expect(table.title).toContain('Starlight 0.42.9');
  expect(table.rows[0]).toEqual(['seed', '10', '1000 ms', '4000 ms', '0.25', '1200 ms', '3000 ms', '0.40', '1450 ms', '1250 ms']);
  expect(table.rows[1]!.slice(0, 5)).toEqual(['corpus (FAILED)', '144', 'n/a', 'n/a', 'n/a']);
  expect(table.notes?.at(-1)).toBe('corpus failed: Starlight exit 1: boom');
});

test('the bare Astro site is one page on the Starlight site\'s own node_modules, its cache inside it', () => {
  const root = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  try {
    mkdirSync(join(root, 'starlight-site', 'node_modules'), { recursive: true });
    const bare = join(root, 'bare-astro-site');
    ensureBareAstroSite(bare, join(root, 'starlight-site'));
    ensureBareAstroSite(bare, join(root, 'starlight-site'));
    expect(readlinkSync(join(bare, 'node_modules'))).toBe(join('..', 'starlight-site', 'node_modules'));
    expect(readFileSync(join(bare, 'src', 'pages', 'index.astro'), 'utf8')).toBe(BARE_ASTRO_PAGE);
    expect(readFileSync(join(bare, 'astro.config.mjs'), 'utf8')).toContain("cacheDir: './.astro-cache'");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
