/**
 * The Astro content loader of the sections: each entry is a generated section file's front matter
 * and Markdown body (`NN-<slug>.md`) with the HTML the build rendered from the parser's tree
 * (`NN-<slug>.html`, scripts/render/render-section.ts). Astro stores that HTML as the entry's
 * rendered content, so it parses no Markdown; one render serves the section's page, the
 * whole-filing page and the cover on the contents page.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readFrontMatter } from '../front-matter.ts';
import { renderedFileName } from './rendered-file.ts';

/** The section files under `base` (relative to the project root) that `patterns` match, sorted, each with its entry id `<filing>/<NN-section>`. */
export function sectionFiles(baseDir: string, patterns: string | string[]): { file: string; id: string }[] {
  return globSync(patterns, { cwd: baseDir })
    .map((file) => file.split('\\').join('/'))
    .sort()
    .map((file) => ({ file, id: file.replace(/\.md$/, '') }));
}

/** Loads the sections of `base` that `patterns` match (every filing, or one build batch's). */
export function renderedSections(options: { base: string; patterns: string | string[] }): Loader {
  return {
    name: 'rendered-sections',
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, options.base);
      store.clear();
      for (const { file, id } of sectionFiles(baseDir, options.patterns)) {
        const path = join(baseDir, file);
        const filePath = relative(root, path).split('\\').join('/');
        const read = readFrontMatter(readFileSync(path, 'utf8'));
        if ('error' in read) throw new Error(`${filePath}: ${read.error}`);
        let html: string;
        try {
          html = readFileSync(renderedFileName(path), 'utf8');
        } catch {
          throw new Error(`${filePath}: its rendered HTML ${renderedFileName(filePath)} is missing (npm run build writes both)`);
        }
        const data = await parseData({ id, data: read.data, filePath: path });
        store.set({ id, data, body: read.body, filePath, rendered: { html, metadata: { frontmatter: read.data } } });
      }
    },
  };
}
