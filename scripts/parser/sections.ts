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
