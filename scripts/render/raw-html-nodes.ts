/**
 * The raw HTML the parser writes into its mdast (scripts/parser/to-mdast.ts: page marks, `<dfn id>`…`</dfn>` around a
 * defined term, `<span id></span>` anchors, an empty string for a mark without a printed page) as nodes that
 * mdast-util-to-hast renders straight to the elements the HTML parser (rehype-raw, parse5) would have built from it.
 * A section without raw HTML left needs no HTML parse, which was a fifth of its render. Raw HTML of any other form is
 * left as it is, for rehype-raw. Runs on the tree at render time, after its Markdown is written.
 */
import type { Emphasis, Html, Nodes, Parent, PhrasingContent, Root } from 'mdast';

/** The five references the parser's escapeHtml writes, and the characters they stand for. */
const REFERENCES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** An attribute value or text as the parser escapes it: no quote, angle bracket or line break, `&` only in those references. */
const ESCAPED = String.raw`(?:[^"'<>&\r\n\0]|&(?:amp|lt|gt|quot|#39);)*`;

/** `<a class="page-mark" id="page-4" href="#page-4" data-page="4" data-pagefind-ignore>Page 4</a>` (pageMarkHtml). */
const PAGE_MARK = new RegExp(`^<a class="page-mark" id="(${ESCAPED})" href="#(${ESCAPED})" data-page="(${ESCAPED})" data-pagefind-ignore>Page (${ESCAPED})</a>$`);
/** `<dfn id="term-…">`, the opening of a defined term. */
const DFN_OPEN = new RegExp(`^<dfn id="(${ESCAPED})">$`);
const DFN_CLOSE = '</dfn>';
/** `<span id="risk-…"></span>`, the anchor a cross-reference lands on. */
const ANCHOR = new RegExp(`^<span id="(${ESCAPED})"></span>$`);

/** An escaped value as the HTML parser reads it. */
function unescape(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39);/g, (reference) => REFERENCES[reference] ?? reference);
}

/** An mdast node that mdast-util-to-hast renders as `<tagName …properties>children</tagName>` (an emphasis renamed through `data`). */
function element(tagName: string, properties: Record<string, string | string[]>, children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', data: { hName: tagName, hProperties: properties }, children };
}

/** The element a page mark's HTML parses to (attributes in their written order, as the parser keeps them), or null for another form. */
function pageMark(value: string): Emphasis | null {
  const match = PAGE_MARK.exec(value);
  if (match === null) return null;
  const [, id = '', href = '', page = '', label = ''] = match;
  // The mark's text is "Page " and its printed page: anything else is a form this does not know.
  if (unescape(href) !== unescape(id) || unescape(label) !== unescape(page)) return null;
  const properties = { className: ['page-mark'], id: unescape(id), href: `#${unescape(href)}`, dataPage: unescape(page), dataPagefindIgnore: '' };
  return element('a', properties, [{ type: 'text', value: `Page ${unescape(label)}` }]);
}

/** Index of the `</dfn>` closing the `<dfn>` at `open` among `children`, or -1 when other raw HTML comes first (a form left to the HTML parser). */
function dfnClose(children: Nodes[], open: number): number {
  for (let i = open + 1; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'html') return node.value === DFN_CLOSE ? i : -1;
  }
  return -1;
}

/** One raw node of a form that stands alone (a page mark, an anchor, nothing) as what it parses to: an element, none (null), or itself. */
function single(node: Html): Emphasis | Html | null {
  // A page without a printed number gets no mark: the parser writes nothing, which parses to nothing.
  if (node.value === '') return null;
  const mark = pageMark(node.value);
  if (mark !== null) return mark;
  const anchor = ANCHOR.exec(node.value);
  return anchor === null ? node : element('span', { id: unescape(anchor[1] ?? '') }, []);
}

/** The known raw forms among one parent's children, replaced; their own children first. */
function replaceIn(parent: Parent): void {
  let children = parent.children as Nodes[];
  let raw = false;
  for (const child of children) {
    if (child.type === 'html') raw = true;
    else if ('children' in child) replaceIn(child as Parent);
  }
  if (!raw) return;
  children = children.flatMap((node): Nodes[] => {
    if (node.type !== 'html') return [node];
    const replaced = single(node);
    return replaced === null ? [] : [replaced];
  });
  // What raw HTML is left is a term's `<dfn>` and `</dfn>`, or a form left to the HTML parser: a pair wraps what is between.
  const out: Nodes[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const open = node.type === 'html' ? DFN_OPEN.exec(node.value) : null;
    const close = open === null ? -1 : dfnClose(children, i);
    if (open === null || close < 0) {
      out.push(node);
      continue;
    }
    out.push(element('dfn', { id: unescape(open[1] ?? '') }, children.slice(i + 1, close) as PhrasingContent[]));
    i = close;
  }
  parent.children = out as Parent['children'];
}

/** Replaces, in place, the raw HTML of the forms the parser writes with the elements it stands for; any other raw HTML stays. */
export function rawHtmlToNodes(tree: Root): Root {
  replaceIn(tree);
  return tree;
}
