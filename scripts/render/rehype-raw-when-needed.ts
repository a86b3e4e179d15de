/**
 * rehype-raw, only on a tree that needs an HTML parse: one holding raw HTML, or a link inside a link (which the parser
 * takes apart). The parser's trees hold neither once raw-html-nodes.ts has made their raw HTML elements, and the parse
 * was a fifth of a section's render. A tree that skips it is left as the parse would leave it: neighbouring texts joined, and a `data-*`
 * attribute set to `true` read back as "" (`data-footnote-ref=""`), so the HTML is the same bytes either way.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';

type Transform = (tree: Root, file: unknown) => Root;

/** A `data-*` property (`dataFootnoteRef`): the HTML parser reads its value back as a string. */
const DATA_PROPERTY = /^data[A-Z]/;

/** Whether a tree walked so far needs the parse. */
interface Walk {
  raw: boolean;
}

/** Normalises `node`'s subtree as the parse would, and notes in `walk` what only the parse can do. */
function tidy(node: Root | Element, inLink: boolean, walk: Walk): void {
  const children = node.children as (RootContent | ElementContent)[];
  let merged = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'raw') walk.raw = true;
    else if (child.type === 'text') merged ||= children[i + 1]?.type === 'text';
    else if (child.type === 'element') {
      if (inLink && child.tagName === 'a') walk.raw = true;
      trueDataToEmpty(child.properties);
      tidy(child, inLink || child.tagName === 'a', walk);
    }
  }
  if (merged) node.children = joinTexts(children) as typeof node.children;
}

/** `true` on a `data-*` property becomes "", as it reads back from an attribute. */
function trueDataToEmpty(properties: Properties): void {
  for (const key in properties) if (properties[key] === true && DATA_PROPERTY.test(key)) properties[key] = '';
}

/** Neighbouring text nodes joined into one, as the HTML parser builds them. */
function joinTexts(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const out: (RootContent | ElementContent)[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (child.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + child.value };
    else out.push(child);
  }
  return out;
}

/** The plugin: rehype-raw with the same options, run when the tree needs it. */
export function rehypeRawWhenNeeded(options?: Options) {
  const raw = (rehypeRaw as unknown as (options?: Options) => Transform)(options);
  return (tree: Root, file: unknown): Root => {
    const walk: Walk = { raw: false };
    tidy(tree, false, walk);
    return walk.raw ? raw(tree, file) : tree;
  };
}
