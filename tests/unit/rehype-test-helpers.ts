/** Runs one rehype plugin over an HTML fragment, or the site's whole Markdown pipeline, for the rehype-* tests. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import { rehypePlugins } from '../../src/lib/rehype-plugins.ts';

type Transformer = (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => void;

/** `plugin()` applied to `html`, with `frontmatter` where Astro puts it; returns the resulting HTML. */
export function runPlugin(plugin: () => Transformer, html: string, frontmatter: Record<string, unknown> = {}): string {
  const tree = fromHtml(html, { fragment: true });
  plugin()(tree, { data: { astro: { frontmatter } } });
  return toHtml(tree);
}

/** Markdown through the same processor astro.config.mjs configures (GFM, the site's rehype plugins, no highlighter). */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm], rehypePlugins, syntaxHighlight: false });
  return (await processor.render(markdown, { frontmatter })).code;
}
