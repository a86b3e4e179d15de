/**
 * Puts a small "¶" link to itself at the end of every citable block (paragraph, list item, note): a plain link
 * without JavaScript, which /reader.js turns into "copy link" and "copy citation". Kept out of search and shown
 * only on hover or focus (see site.css).
 */
import type { Element, Root } from 'hast';
import { classList, isElement, isFootnotesSection } from './hast-helpers.ts';
import { listItems } from './rehype-paragraph-ids.ts';

/** What a reader is told the link goes to, by the block's tag. */
type BlockName = 'paragraph' | 'item' | 'note' | 'table';

/** `<a class="block-link" href="#id"><span aria-hidden>¶</span><span class="sr-only">Link to this paragraph</span></a>`. */
export function blockLink(id: string, name: BlockName): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['block-link'], href: `#${id}`, dataPagefindIgnore: 'all' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '¶' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to this ${name}` }] },
    ],
  };
}

/** Appends the link to the block, or to its last paragraph when the block ends with one (a loose item, a note). */
function addLink(block: Element, name: BlockName): void {
  const id = block.properties.id;
  if (typeof id !== 'string') return;
  const link = [{ type: 'text' as const, value: ' ' }, blockLink(id, name)];
  // An item holding a nested list (a PART over its Items) carries its link before the nested list, on its own line.
  const nested = block.children.findIndex((child) => isElement(child, 'ul') || isElement(child, 'ol'));
  if (block.tagName === 'li' && nested >= 0) {
    block.children.splice(nested, 0, ...link);
    return;
  }
  const last = block.children.filter((child) => isElement(child)).at(-1);
  const host = block.tagName === 'li' && isElement(last, 'p') ? last : block;
  host.children.push(...link);
}

/** Runs after the ids are given and the notes placed: top-level paragraphs and list items, and every note. */
export function rehypeBlockLinks() {
  return (tree: Root): void => {
    const visitNotes = (section: Element) => {
      for (const list of section.children) {
        if (!isElement(list, 'ol')) continue;
        for (const note of list.children) if (isElement(note, 'li')) addLink(note, 'note');
      }
    };
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (node.tagName === 'p' && !classList(node).includes('notes-label')) addLink(node, 'paragraph');
      else if (node.tagName === 'ul' || node.tagName === 'ol') {
        for (const item of listItems(node)) addLink(item, 'item');
      } else if (isFootnotesSection(node)) visitNotes(node);
    }
  };
}
