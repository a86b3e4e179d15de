/**
 * Puts footnotes where the printed page had them: directly under the table or paragraph that first
 * cites them, with a visible "Notes" label, instead of at the end of the section; back-links get a
 * name a reader understands ("Back to the text of note 2") in place of GFM's "↩ ↩²".
 */
import type { Element, Root, RootContent } from 'hast';
import { classList, forEachElement, isElement, isFootnotesSection } from './hast-helpers.ts';
import { sectionFrontMatterOf, type FileWithFrontMatter } from './vfile-front-matter.ts';

const NOTE_PREFIX = 'user-content-fn-';

/** The note id a reference `<a id="user-content-fnref-t1-2-2">` cites ("t1-2"), read from its href. */
function citedNote(node: Element): string | null {
  const href = node.properties.href;
  return node.properties.dataFootnoteRef !== undefined && typeof href === 'string' && href.startsWith(`#${NOTE_PREFIX}`)
    ? href.slice(1 + NOTE_PREFIX.length)
    : null;
}

/** Gives each back-link a name a reader understands: "↩ back to text" (and which mention, when cited more than once), with "of note N" for screen readers; the visible words stay part of the name. */
function nameBackLinks(note: Element, number: number): void {
  const backLinks: Element[] = [];
  forEachElement(note, (node: Element) => {
    if (node.properties.dataFootnoteBackref !== undefined) backLinks.push(node);
  });
  backLinks.forEach((link, i) => {
    const which = backLinks.length > 1 ? ` (mention ${i + 1})` : '';
    delete link.properties.ariaLabel;
    link.properties.className = [...classList(link), 'note-back'];
    link.children = [
      { type: 'text', value: '↩ back to text' },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` of note ${number}` }] },
      ...(which ? [{ type: 'text' as const, value: which }] : []),
    ];
  });
}

/** A notes block: `<section class="footnotes notes-local" aria-labelledby><p id class="notes-label">Notes</p><ol>…</ol></section>`. */
function notesBlock(id: string, items: Element[]): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['footnotes', 'notes-local'], dataFootnotes: true, ariaLabelledBy: [id] },
    children: [
      { type: 'element', tagName: 'p', properties: { id, className: ['notes-label'], dataPagefindIgnore: 'all' }, children: [{ type: 'text', value: 'Notes' }] },
      { type: 'element', tagName: 'ol', properties: {}, children: items },
    ],
  };
}

/** Runs after rehype-footnote-ids: moves each note under the top-level block of its first reference; notes cited nowhere else stay at the end. */
export function rehypeFootnotePlacement() {
  return (tree: Root, file: FileWithFrontMatter): void => {
    const at = tree.children.findIndex((node) => isFootnotesSection(node));
    const section = tree.children[at];
    if (at < 0 || !isElement(section)) return;
    const list = section.children.find((child): child is Element => isElement(child, 'ol'));
    if (!list) return;
    const notes = list.children.filter((child): child is Element => isElement(child, 'li'));
    const numberOf = new Map(notes.map((note, i) => [String(note.properties.id).slice(NOTE_PREFIX.length), i + 1]));
    // The top-level block (paragraph, table, list) each note is first cited from.
    const homeOf = new Map<string, RootContent>();
    for (const block of tree.children) {
      if (block === section || !isElement(block)) continue;
      forEachElement(block, (node: Element) => {
        const note = citedNote(node);
        if (note !== null && !homeOf.has(note)) homeOf.set(note, block);
      });
    }
    const slug = sectionFrontMatterOf(file).slug;
    const byBlock = new Map<RootContent, Element[]>();
    const rest: Element[] = [];
    for (const note of notes) {
      const key = String(note.properties.id).slice(NOTE_PREFIX.length);
      const number = numberOf.get(key) ?? 0;
      // The list restarts under each block: keep the note's number as cited.
      note.properties.value = String(number);
      nameBackLinks(note, number);
      const home = homeOf.get(key);
      if (home) byBlock.set(home, [...(byBlock.get(home) ?? []), note]);
      else rest.push(note);
    }
    const children: RootContent[] = [];
    const labelOf = new Map<string, string>();
    let n = 0;
    const place = (placed: Element[]) => {
      const id = `${slug}-notes-${++n}`;
      for (const note of placed) labelOf.set(String(note.properties.id).slice(NOTE_PREFIX.length), id);
      children.push({ type: 'text', value: '\n' }, notesBlock(id, placed));
    };
    for (const node of tree.children) {
      if (node === section) continue;
      children.push(node);
      const placed = byBlock.get(node);
      if (placed) place(placed);
    }
    if (rest.length > 0) place(rest);
    tree.children = children;
    // Each reference is described by the label of the notes block its note now sits in.
    forEachElement(tree, (node: Element) => {
      const note = citedNote(node);
      const label = note === null ? undefined : labelOf.get(note);
      if (label) node.properties.ariaDescribedBy = [label];
    });
  };
}
