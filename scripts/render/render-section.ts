/**
 * A section's HTML, rendered once from the parser's own mdast: mdast to hast, the site's rehype
 * plugins (the one list in src/lib/rehype-plugins.ts, in its order), HTML. This is the pipeline
 * Astro's Markdown processor ran on the Markdown files (remark-rehype with raw HTML allowed, the
 * plugins, a last rehype-raw, rehype-stringify), without writing the Markdown out and parsing it again.
 */
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import rehypeRaw from 'rehype-raw';
import { unified, type Processor } from 'unified';
import type { SectionFrontMatter } from '../section-schema.ts';
import { rehypePlugins } from '../../src/lib/rehype-plugins.ts';
import { rawHtmlToNodes } from './raw-html-nodes.ts';
import { rehypeRawWhenNeeded } from './rehype-raw-when-needed.ts';
import { mdastToHast } from './to-hast.ts';

/**
 * What remark-gfm does to the tree after parsing: a URL or e-mail address written in the text
 * ("http://www.sec.gov", "media@example.com") becomes a link. The parser's own tree has them as text.
 */
const gfmTransforms = gfmFromMarkdown().flatMap((extension) => extension.transforms ?? []);

/** Every address those transforms link holds "http://", "https://", "www." or "@": a section without any is left alone (the search costs a walk over every text). */
const MAY_LINK = /https?:\/\/|www\.|@/i;

/** True when some text node of the tree matches `pattern`. */
function someText(node: MdastRoot | MdastContent, pattern: RegExp): boolean {
  if (node.type === 'text') return pattern.test(node.value);
  return 'children' in node && node.children.some((child: MdastContent) => someText(child, pattern));
}

/** True when the tree holds raw HTML (a `raw` node) anywhere. */
function hasRaw(node: HastRoot | HastContent): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => hasRaw(child));
}

/**
 * The rehype half of Astro's processor: the site's plugins, then rehype-raw as Astro always ends
 * with it, so HTML a plugin adds as raw text is parsed there. That last pass runs only when such raw
 * text is left: a parse of a tree with nothing raw in it gives the same HTML. Made once per process.
 */
let processor: Processor<undefined, HastRoot, HastRoot> | undefined;

/** rehype-raw, on a tree that still holds raw HTML. */
function rehypeRawWhenRawLeft(this: Processor) {
  const raw = rehypeRaw.call(this as never) as unknown as (tree: HastRoot, file: unknown) => HastRoot;
  return (tree: HastRoot, file: unknown): HastRoot => (hasRaw(tree) ? raw(tree, file) : tree);
}

/**
 * The list's own rehype-raw (first: Markdown brings the page marks as raw HTML) runs only on a tree that
 * needs an HTML parse (rehype-raw-when-needed.ts): the parser's raw HTML reaches it as elements already
 * (raw-html-nodes.ts). Swapped here, not in the list: Astro's processor ends with rehype-raw too, and unified
 * keeps one entry per plugin (a second `use` only sets its options), so with rehype-raw itself in the list
 * Astro parses once, first; the list keeps rehype-raw so that it still does.
 */
const renderedPlugins = rehypePlugins.map((plugin) => (plugin === rehypeRaw ? rehypeRawWhenNeeded : plugin));

function rehypeProcessor(): Processor<undefined, HastRoot, HastRoot> {
  if (processor) return processor;
  // `use` takes a plugin list; the cast only says the list keeps the tree a hast root.
  const built = unified()
    .use(renderedPlugins as never)
    .use(rehypeRawWhenRawLeft) as unknown as Processor<undefined, HastRoot, HastRoot>;
  processor = built.freeze();
  return processor;
}

/**
 * The HTML of one section. The plugins read the front matter where Astro puts it
 * (`file.data.astro.frontmatter`). They must be synchronous (all the site's are): a plugin
 * that returns a promise fails here with unified's message. Changes `tree` in place: autolinks added, the
 * parser's raw HTML made elements, positions cleared.
 */
export function renderSectionHtml(tree: MdastRoot, frontMatter: SectionFrontMatter): string {
  // In place: the tree's Markdown is written before this, and nothing reads the tree after.
  if (someText(tree, MAY_LINK)) for (const transform of gfmTransforms) tree = transform(tree) ?? tree;
  // The parser's page marks, defined terms and anchors as the elements their HTML parses to.
  tree = rawHtmlToNodes(tree);
  // The parser's nodes carry their source lines but no character offsets, which rehype-raw's parse5 step
  // requires of any position it meets; the page needs neither, so the HTML tree is made without them
  // (dropped from the smaller mdast, toHast copies none).
  dropPositions(tree);
  // remark-rehype's options as Astro sets them: raw HTML kept as raw nodes, nothing passed through.
  const hast = mdastToHast(tree, { allowDangerousHtml: true, passThrough: [] });
  const file = { data: { astro: { frontmatter: frontMatter as unknown as Record<string, unknown> } } };
  const out = rehypeProcessor().runSync(hast, file);
  // rehype-stringify's options as Astro sets them.
  return toHtml(out, { allowDangerousHtml: true });
}

/** Clears `position` on every node of a tree, in place (set to undefined: deleting the key was ~5% of a render). */
function dropPositions(node: { position?: unknown; children?: unknown[] }): void {
  if (node.position !== undefined) node.position = undefined;
  if (node.children) for (const child of node.children) dropPositions(child as { position?: unknown; children?: unknown[] });
}
