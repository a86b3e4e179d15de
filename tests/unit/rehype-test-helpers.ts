/** Runs one rehype plugin over an HTML fragment, or the site's whole rendering of a section, for the rehype-* tests. */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { renderSectionHtml } from '../../scripts/render/render-section.ts';
import type { SectionFrontMatter } from '../../scripts/section-schema.ts';

type Transformer = (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => void;

/** `plugin()` applied to `html`, with `frontmatter` where Astro puts it; returns the resulting HTML. */
export function runPlugin(plugin: () => Transformer, html: string, frontmatter: Record<string, unknown> = {}): string {
  const tree = fromHtml(html, { fragment: true });
  plugin()(tree, { data: { astro: { frontmatter } } });
  return toHtml(tree);
}

/**
 * A section written as Markdown, rendered as the build renders a section (scripts/render/render-section.ts:
 * the tree to hast, the site's rehype plugins, HTML). The parser hands the renderer its tree; a test
 * writes the Markdown that tree serialises to, which parses back to the same tree (render-section.test.ts).
 */
export async function renderMarkdown(markdown: string, frontmatter: Record<string, unknown>): Promise<string> {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return renderSectionHtml(tree, frontmatter as unknown as SectionFrontMatter);
}
