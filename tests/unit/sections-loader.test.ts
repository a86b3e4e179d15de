import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { withFrontMatter } from '../../scripts/front-matter.ts';
import { renderedSections } from '../../scripts/render/sections-loader.ts';

/** A project root with generated section files: each `[relative path, text]`. */
function project(files: [string, string][]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sections-loader-'));
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Runs the loader against `root` with a store that records what is set, and a parseData that returns the data as read. */
async function load(root: string, patterns: string | string[]): Promise<Record<string, unknown>[]> {
  const entries: Record<string, unknown>[] = [];
  const store = { clear: () => entries.splice(0), set: (entry: Record<string, unknown>) => entries.push(entry) };
  const loader = renderedSections({ base: './content/generated', patterns });
  await loader.load({ store, parseData: async ({ data }: { data: unknown }) => data, config: { root: pathToFileURL(`${root}/`) } } as never);
  return entries;
}

const acme = [
  ['content/generated/acme/00-cover.md', withFrontMatter({ slug: 'cover', order: 0 }, 'ACME WIDGETS\n')],
  ['content/generated/acme/00-cover.html', '<p id="cover-p1">ACME WIDGETS</p>'],
  ['content/generated/acme/01-risk-factors.md', withFrontMatter({ slug: 'risk-factors', order: 1 }, '## RISK FACTORS\n')],
  ['content/generated/acme/01-risk-factors.html', '<h2 id="risk-factors">RISK FACTORS</h2>'],
  ['content/generated/zeta/00-cover.md', withFrontMatter({ slug: 'cover', order: 0 }, 'ZETA\n')],
  ['content/generated/zeta/00-cover.html', '<p>ZETA</p>'],
  ['content/generated/library.json', '[]'],
] satisfies [string, string][];

test('each section file is an entry with its front matter, its Markdown body and the HTML rendered beside it', async () => {
  const root = project(acme);
  try {
    const entries = await load(root, '*/*.md');
    expect(entries.map((e) => e.id)).toEqual(['acme/00-cover', 'acme/01-risk-factors', 'zeta/00-cover']);
    expect(entries[1]).toEqual({
      id: 'acme/01-risk-factors',
      data: { slug: 'risk-factors', order: 1 },
      body: '## RISK FACTORS\n',
      filePath: 'content/generated/acme/01-risk-factors.md',
      rendered: { html: '<h2 id="risk-factors">RISK FACTORS</h2>', metadata: { frontmatter: { slug: 'risk-factors', order: 1 } } },
    });
    // A build batch names its filings' patterns: the others are not loaded.
    expect((await load(root, ['zeta/*.md'])).map((e) => e.id)).toEqual(['zeta/00-cover']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a section without its rendered HTML, or without front matter, stops the load with a sentence naming the file', async () => {
  const root = project([acme[0]!, ['content/generated/acme/01-risk-factors.md', '## No front matter\n']]);
  try {
    await expect(load(root, 'acme/00-*.md')).rejects.toThrow('content/generated/acme/00-cover.md: its rendered HTML content/generated/acme/00-cover.html is missing');
    await expect(load(root, 'acme/01-*.md')).rejects.toThrow('content/generated/acme/01-risk-factors.md: no front matter');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
