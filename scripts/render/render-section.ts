/**
 * A section's HTML, rendered once from the parser's own mdast: mdast to hast, the site's rehype
 * plugins (the one list in src/lib/rehype-plugins.ts, in its order), HTML. This is the pipeline
 * Astro's Markdown processor ran on the Markdown files (remark-rehype with raw HTML allowed, the
 * plugins, a last rehype-raw, rehype-stringify), without writing the Markdown out and parsing it again.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import { unified, type Processor } from 'unified';
import type { SectionFrontMatter } from '../section-schema.ts';
import { rehypePlugins } from '../../src/lib/rehype-plugins.ts';

/**
 * What remark-gfm does to the tree after parsing: a URL or e-mail address written in the text
 * ("http://www.sec.gov", "media@example.com") becomes a link. The parser's own tree has them as text.
 */
const gfmTransforms = gfmFromMarkdown().flatMap((extension) => extension.transforms ?? []);

/**
 * The rehype half of Astro's processor: the site's plugins, then rehype-raw, as Astro always ends
 * with it (HTML a plugin adds as raw text is parsed there). Made once per process, on first use.
 */
let processor: Processor<undefined, HastRoot, HastRoot> | undefined;

function rehypeProcessor(): Processor<undefined, HastRoot, HastRoot> {
  if (processor) return processor;
  // `use` takes a plugin list; the cast only says the list keeps the tree a hast root.
  const built = unified().use(rehypePlugins as never).use(rehypeRaw) as unknown as Processor<undefined, HastRoot, HastRoot>;
  processor = built.freeze();
  return processor;
}

/**
 * The HTML of one section. The plugins read the front matter where Astro puts it
 * (`file.data.astro.frontmatter`). They must be synchronous (all the site's are): a plugin
 * that returns a promise fails here with unified's message. Adds the autolinks to `tree` in place.
 */
export function renderSectionHtml(tree: MdastRoot, frontMatter: SectionFrontMatter): string {
  // In place: the tree's Markdown is written before this, and nothing reads the tree after.
  for (const transform of gfmTransforms) tree = transform(tree) ?? tree;
  // remark-rehype's options as Astro sets them: raw HTML kept as raw nodes, nothing passed through.
  const hast = toHast(tree, { allowDangerousHtml: true, passThrough: [] }) as HastRoot;
  const file = { data: { astro: { frontmatter: frontMatter as unknown as Record<string, unknown> } } };
  const out = rehypeProcessor().runSync(hast, file);
  // rehype-stringify's options as Astro sets them.
  return toHtml(out, { allowDangerousHtml: true });
}
