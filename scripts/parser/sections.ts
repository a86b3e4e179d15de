import { entryFor } from './contents-headings.ts';
import type { Block, SectionDraft, SourceDocument, SourcePosition, TocEntry } from './types.ts';

type HeadingBlock = Extract<Block, { kind: 'heading' }>;

/** Groups a document's blocks into the cover and its top-level sections (main document) or one section (exhibit). */
export function splitSections(doc: SourceDocument, blocks: Block[], isMain: boolean): SectionDraft[] {
  const document = documentRef(doc);
  if (!isMain) {
    const title = documentTitle(doc);
    const pos = blocks[0]?.pos ?? startPos(doc);
    const shifted = blocks.map((b) => (b.kind === 'heading' ? { ...b, depth: Math.min(6, b.depth + 1) as HeadingBlock['depth'] } : b));
    return [{ kind: 'document', title, document, blocks: [{ kind: 'heading', depth: 2, text: title, pos }, ...shifted], pos }];
  }
  const exhibits = inlineExhibits(blocks);
  if (exhibits.length > 0) {
    const own = exhibits.map((at, k) => exhibitSection(doc, blocks.slice(at.cut, exhibits[k + 1]?.cut ?? blocks.length), at));
    return [...splitSections(doc, blocks.slice(0, exhibits[0]!.cut), true), ...own];
  }
  const starts = sectionStarts(blocks);
  if (starts.length === 0) {
    if (blocks.length === 0) return [];
    return [{ kind: 'section', title: documentTitle(doc), document, blocks, pos: blocks[0]!.pos }];
  }
  // Page anchors printed just before a heading belong with it: "#page-2" lands on the section it opens.
  const cuts = starts.map((s) => {
    let c = s;
    while (c > 0 && blocks[c - 1]?.kind === 'pageBreak') c--;
    return c;
  });
  const drafts: SectionDraft[] = [];
  const cover = blocks.slice(0, cuts[0]);
  if (cover.length > 0) drafts.push({ kind: 'cover', title: 'Cover page', document, blocks: cover, pos: cover[0]!.pos });
  cuts.forEach((cut, k) => {
    const own = blocks.slice(cut, cuts[k + 1] ?? blocks.length);
    const head = blocks[starts[k]!] as HeadingBlock;
    drafts.push({ kind: 'section', title: head.text, document, blocks: own, pos: head.pos });
  });
  return drafts;
}

/** "EXHIBIT 16.1", "Exhibit 99.1 — Press release": an exhibit's label opening a heading. */
export const EXHIBIT_LABEL = /^EXHIBIT\s+(\d{1,3}(?:\.\d{1,3})?[A-Z]?)(?=$|\s)/i;

/** Where an exhibit typed into the main document starts: its label heading, and the first block its section takes (the page start before it). */
interface InlineExhibit {
  cut: number;
  heading: number;
}

/**
 * Exhibits typed into the main document after its body, as an 8-K prints its press release or an
 * accountant's letter: a heading opening with an exhibit label ("EXHIBIT 16.1", rules around it
 * or not) that opens its page, after the document's first section. Each opens a section of its own,
 * as an exhibit filed in its own `<DOCUMENT>` does, so "exhibit 16.1" in the text links to it.
 */
function inlineExhibits(blocks: readonly Block[]): InlineExhibit[] {
  const found: InlineExhibit[] = [];
  const firstStart = sectionStarts(blocks)[0];
  if (firstStart === undefined) return found;
  blocks.forEach((b, i) => {
    if (i <= firstStart || b.kind !== 'heading') return;
    if (!EXHIBIT_LABEL.test(b.text)) return;
    // Only rules may stand between the page's start and the label: the exhibit begins a page of its own.
    let cut = i;
    while (cut > 0 && blocks[cut - 1]!.kind === 'thematicBreak') cut--;
    if (blocks[cut - 1]?.kind !== 'pageBreak') return;
    while (cut > 0 && blocks[cut - 1]!.kind === 'pageBreak') cut--;
    found.push({ cut, heading: i });
  });
  return found;
}

/**
 * An exhibit typed into the main document as a section of it, titled by its label heading, the
 * headings under it one level down. It stays a section of the main document (a 'document' section
 * is a `<DOCUMENT>` of its own); its label is what "exhibit 16.1" in the text links to.
 */
function exhibitSection(doc: SourceDocument, own: readonly Block[], at: InlineExhibit): SectionDraft {
  const headAt = at.heading - at.cut;
  const head = own[headAt] as HeadingBlock;
  const rest = own.slice(headAt + 1);
  const depths = rest.flatMap((b) => (b.kind === 'heading' ? [b.depth] : []));
  // The label is the document's title (depth 2); what it heads sits at 3 or below, keeping its nesting.
  const shift = Math.max(0, 3 - Math.min(3, ...depths));
  const under = rest.map((b) => (b.kind === 'heading' ? { ...b, depth: Math.min(6, b.depth + shift) as HeadingBlock['depth'] } : b));
  // The rules framing the label ("- -----" / "EXHIBIT 16.1") are its setting, not text: the section opens on the page start and the label.
  const pageStarts = own.slice(0, headAt).filter((b) => b.kind === 'pageBreak');
  return { kind: 'section', title: head.text, document: documentRef(doc), blocks: [...pageStarts, { ...head, depth: 2 }, ...under], pos: head.pos };
}

/** The exhibit's own title: "EX-21 — SUBSIDIARIES OF THE REGISTRANT", or the type alone. */
function documentTitle(doc: SourceDocument): string {
  const description = doc.description?.trim();
  return description && description.toUpperCase() !== doc.type.toUpperCase() ? `${doc.type} — ${description}` : doc.type;
}

/** The document fields a section carries, without undefined keys. */
function documentRef(doc: SourceDocument): SectionDraft['document'] {
  return {
    type: doc.type,
    sequence: doc.sequence,
    ...(doc.description === undefined ? {} : { description: doc.description }),
    ...(doc.filename === undefined ? {} : { filename: doc.filename }),
  };
}

/** Where a document without blocks starts. */
function startPos(doc: SourceDocument): SourcePosition {
  return { line: doc.firstLine, pageIndex: 0, printedPage: null };
}

/** "ITEM 7." and "Item 7" are the same item; PART and ITEM labels are keyed for last-occurrence checks. */
function labelKey(text: string): string | null {
  const m = /^(PART|ITEM)\s+([IVX]+|\d{1,2}(?:\.\d{2})?[A-Z]?)\b/i.exec(text);
  return m ? `${(m[1] ?? '').toUpperCase()} ${(m[2] ?? '').toUpperCase()}` : null;
}

/** Whether a heading is listed in the contents (the one comparison of headings with contents entries). */
function listed(text: string, entries: readonly TocEntry[]): boolean {
  return entryFor(text, entries) !== null;
}

/** Indexes of the depth-2 headings that open sections, skipping the contents' own copies and running heads. */
function sectionStarts(blocks: readonly Block[]): number[] {
  const top = blocks.flatMap((b, i) => (b.kind === 'heading' && b.depth === 2 ? [i] : []));
  // Scans forward without copying: a copy of the rest per heading was quadratic in the headings.
  const nextContent = (i: number): Block | undefined => {
    for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.kind !== 'pageBreak') return blocks[j];
    return undefined;
  };
  const text = (i: number): string => (blocks[i] as HeadingBlock).text;
  // The printed contents: the first toc whose entries name at least two of the document's headings.
  const contents = blocks.find(
    (b): b is Extract<Block, { kind: 'toc' }> => b.kind === 'toc' && top.filter((i) => listed(text(i), b.entries)).length >= 2,
  );
  const continued = (t: string): boolean => /\(continued\)\s*$/i.test(t);
  // A 10-Q has an "Item 1" in PART I and another in PART II: items are keyed within their part.
  const keys = new Map<number, string>();
  let part = '';
  for (const i of top) {
    const key = continued(text(i)) ? null : labelKey(text(i));
    if (key?.startsWith('PART')) part = key;
    if (key) keys.set(i, key.startsWith('ITEM') ? `${part} ${key}` : key);
  }
  const lastOfLabel = new Map<string, number>();
  for (const [i, key] of keys) lastOfLabel.set(key, i);
  // Items listed before any PART heading (a contents without parts) give way to the same item anywhere later.
  // The last heading of each item in any part ("PART II ITEM 7" ends with " ITEM 7"), found in one pass.
  const lastOfItem = new Map<string, number>();
  for (const [j, k] of keys) if (k.includes(' ITEM')) lastOfItem.set(k.slice(k.indexOf(' ITEM')), j);
  for (const [i, key] of keys) {
    if (!key.startsWith(' ITEM')) continue;
    const last = lastOfItem.get(key) ?? -1;
    if (last > i) lastOfLabel.set(key, last);
  }
  const starts = top.filter((i) => {
    const t = text(i);
    // Running heads on continuation pages: "ITEM 7. ... (Continued)".
    if (continued(t)) return false;
    // The title over the contents ("TABLE OF CONTENTS") opens no section of its own.
    if (nextContent(i)?.kind === 'toc' && /\b(?:contents|index)\b/i.test(t)) return false;
    const key = keys.get(i);
    // A 10-K's contents lists "Item 1. Business" too; only the last occurrence is the body's.
    if (key && lastOfLabel.get(key) !== i) return false;
    return true;
  });
  // A 10-K's cover is everything before its first PART or ITEM.
  const firstLabel = starts.findIndex((i) => labelKey(text(i)) !== null);
  if (firstLabel >= 0) return starts.slice(firstLabel);
  if (!contents) return starts;
  // Before the first heading the contents lists, everything is cover.
  const first = starts.findIndex((i) => listed(text(i), contents.entries));
  return first < 0 ? starts : starts.slice(first);
}
