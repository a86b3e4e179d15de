import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import { expect, test } from 'vitest';
import { pageMarkHtml } from '../../scripts/parser/to-mdast.ts';
import { rawHtmlToNodes } from '../../scripts/render/raw-html-nodes.ts';
import { rehypeRawWhenNeeded } from '../../scripts/render/rehype-raw-when-needed.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const html = (value: string): PhrasingContent & RootContent => ({ type: 'html', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

const toHastTree = (tree: Root): HastRoot => toHast(tree, { allowDangerousHtml: true, passThrough: [] }) as HastRoot;

/** The HTML the tree's raw HTML gives when the HTML parser reads it (the way every section went before). */
function parsed(tree: Root): string {
  const transform = (rehypeRaw as unknown as () => (tree: HastRoot, file: unknown) => HastRoot)();
  return toHtml(transform(toHastTree(structuredClone(tree)), {}));
}

/** The HTML the tree gives with its known raw forms as elements, and whether the HTML parse still had to run. */
function asNodes(tree: Root): { html: string; parsedAgain: boolean } {
  const hast = toHastTree(rawHtmlToNodes(structuredClone(tree)));
  const out = rehypeRawWhenNeeded()(hast, {});
  return { html: toHtml(out), parsedAgain: out !== hast };
}

test("the parser's page marks, defined terms and anchors become the elements their HTML parses to, with no parse left to do", () => {
  const tree = root(
    paragraph(html('<span id="risk-we-may-lose-customers"></span>'), { type: 'strong', children: [text('We may lose customers.')] }, text(' Sales fell.')),
    html(pageMarkHtml('page-4', '4')),
    paragraph(
      text('the "'),
      html('<dfn id="term-notes">'),
      text('Notes'),
      html('</dfn>'),
      text('" run to '),
      html(pageMarkHtml('page-5', '5')),
      text('2009, and the '),
      html('<dfn id="term-credit-facility">'),
      { type: 'strong', children: [text('Credit')] },
      html(pageMarkHtml('page-6', '6')),
      text(' Facility'),
      html('</dfn>'),
      text('.'),
    ),
  );
  const before = parsed(tree);
  expect(before).toContain('<dfn id="term-credit-facility"><strong>Credit</strong><a class="page-mark" id="page-6" href="#page-6" data-page="6" data-pagefind-ignore="">Page 6</a> Facility</dfn>');
  expect(asNodes(tree)).toEqual({ html: before, parsedAgain: false });
});

test('escaped characters in an id or a printed page read as the HTML parser reads them', () => {
  const tree = root(paragraph(text('a '), html(pageMarkHtml('page-a&b\'"<1>', 'A&<"\'>')), text(' b'), html('<span id="x&amp;y"></span>')));
  expect(asNodes(tree)).toEqual({ html: parsed(tree), parsedAgain: false });
  expect(asNodes(tree).html).toContain('id="page-a&#x26;b&#x27;&#x22;<1>"');
});

test('a mark without a printed page is nothing, and the texts either side are one text as the parse leaves them', () => {
  const tree = root(paragraph(text('Total --'), html(''), text('-- due')));
  const hast = toHastTree(rawHtmlToNodes(structuredClone(tree)));
  rehypeRawWhenNeeded()(hast, {});
  expect(hast.children[0]).toMatchObject({ tagName: 'p', children: [{ type: 'text', value: 'Total ---- due' }] });
  expect(asNodes(tree)).toEqual({ html: parsed(tree), parsedAgain: false });
});

test('a footnote reference and its note read back as the parse leaves them (data-footnote-ref="")', () => {
  const tree = root(
    paragraph(text('Sales'), { type: 'footnoteReference', identifier: '1', label: '1' }),
    { type: 'footnoteDefinition', identifier: '1', label: '1', children: [paragraph(text('Unaudited.'))] },
  );
  const { html: out, parsedAgain } = asNodes(tree);
  expect(out).toBe(parsed(tree));
  expect(out).toContain('data-footnote-ref=""');
  expect(parsedAgain).toBe(false);
});

test('raw HTML of another form, a term left open and a mark inside a link still go through the HTML parse', () => {
  const cases = [
    root(paragraph(text('a '), html('<b>'), text('bold'), html('</b>'), text(' b'))),
    root(paragraph(html('<dfn id="term-x">'), text('X'), html(pageMarkHtml('page-2', '2')))),
    root(paragraph({ type: 'link', url: '#risk', children: [text('see '), html(pageMarkHtml('page-3', '3')), text('risk')] })),
  ];
  for (const tree of cases) expect(asNodes(tree)).toEqual({ html: parsed(tree), parsedAgain: true });
});
