import { slug as githubSlug } from 'github-slugger';
import type { Block, SectionDraft, SourcePosition } from './types.ts';

/** Longest slug we keep: long headings ("You will have no effective remedy against ...") would make unreadable URLs. */
export const MAX_SLUG_LENGTH = 60;

/** Section slugs that would shadow the site's own routes (`/<filing>/full/`, `/<filing>/page/<n>/`, `/<filing>/glossary/`). */
export const RESERVED_SLUGS: readonly string[] = ['full', 'page', 'glossary'];

/** GitHub-style slug, hyphen runs collapsed, cut to `max` characters on a word boundary; "" when nothing is left. */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  const full = githubSlug(text).replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : full.slice(0, max)).replace(/-+$/, '');
}

/**
 * An id that starts with a letter, as html-validate's `valid-id` wants (and CSS selectors like):
 * "1. Organization and Significant Accounting Policies" -> "heading-1-organization-and-...".
 */
export function letterFirst(slug: string, prefix: string): string {
  if (slug === '') return prefix;
  return /^[a-z]/.test(slug) ? slug : `${prefix}-${slug}`;
}

/** The slug of a filing from its file name: "level3-2004-prospectus.txt" -> "level3-2004-prospectus". */
export function filingSlug(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.[^.]*$/, ''), 100) || 'filing';
}

/** An exhibit's slug from its type and description: "EX-21", "SUBSIDIARIES OF THE REGISTRANT" -> "ex-21-subsidiaries-of-the-registrant". */
export function exhibitSlug(type: string, description?: string): string {
  // Dots in exhibit numbers ("EX-10.1", "EXHIBIT 10.1") would vanish in a slug ("ex-101"); keep them apart.
  const kind = type.replace(/\./g, '-');
  const about = description?.replace(/(\w)\.(?=\w)/g, '$1-');
  // A description that only repeats the number says nothing: "EX-3.3" described as "EXHIBIT 3.3".
  const bare = (s: string) => s.toLowerCase().replace(/^ex(?:hibit)?\b/, '').replace(/[^a-z0-9]/g, '');
  const repeats = about !== undefined && bare(about) === bare(type);
  return slugify(about && !repeats ? `${kind} ${about}` : kind) || 'document';
}

/** The anchor of a printed page: "4" -> "page-4", "F-3" -> "page-f-3", or "<prefix>-page-2" inside an exhibit. */
export function pageAnchor(printed: string, prefix?: string): string {
  const page = `page-${slugify(printed) || 'x'}`;
  return prefix ? `${prefix}-${page}` : page;
}

/** Hands out ids unique within one filing: the first claim of a base gets it, later ones get "-2", "-3", ... */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** The next suffix to try per base, so a title repeated a thousand times is not a quadratic search. */
  private readonly next = new Map<string, number>();

  constructor(reserved: readonly string[] = []) {
    for (const id of reserved) this.used.add(id);
  }

  /** Claims `base` (or its first free "-n" variant) and returns it. */
  claim(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }

  /** True when `id` has been handed out or reserved. */
  has(id: string): boolean {
    return this.used.has(id);
  }
}

/** The key of a physical page within the filing: document sequence and page index. */
export function pageKey(documentSequence: number, pos: SourcePosition): string {
  return `${documentSequence}:${pos.pageIndex}`;
}

/** A printed page that got an anchor, and the section it starts in. */
export interface PageTarget {
  anchor: string;
  printed: string;
  /** Index into the filing's sections. */
  section: number;
  documentSequence: number;
}

/** Every id of a filing: section slugs, heading ids (by block) and page anchors (by page key). */
export interface FilingIds {
  /** Slug of each section, in order. */
  sections: string[];
  /** Id of every heading block; a section's title heading gets the section slug. */
  headings: Map<Block, string>;
  /** Anchor of every printed page, keyed by `pageKey`. Unnumbered pages are absent. */
  pages: Map<string, PageTarget>;
}

/** The index of the block that carries the section's title, or -1 when the blocks do not start with it. */
export function titleHeadingIndex(section: SectionDraft): number {
  const index = section.blocks.findIndex((b) => b.kind !== 'pageBreak');
  const first = section.blocks[index];
  if (!first || first.kind !== 'heading' || section.kind === 'cover') return -1;
  return sameTitle(first.text, section.title) ? index : -1;
}

/** Titles compared without case, spacing or punctuation differences. */
function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Every physical page start in a section's blocks, in order, with the position that carries its printed number. */
export function pageStarts(section: SectionDraft): SourcePosition[] {
  const starts: SourcePosition[] = [];
  for (const block of section.blocks) {
    if (block.kind === 'pageBreak') starts.push(block.pos);
    else if (block.kind === 'paragraph') starts.push(...block.pageBreaks.map((b) => b.pos));
    else if (block.kind === 'list') for (const item of block.items) starts.push(...(item.pageBreaks ?? []).map((b) => b.pos));
    else if (block.kind === 'table') starts.push(...block.pageBreaks);
    else if (block.kind === 'footnoteDefinition') starts.push(...(block.pageBreaks ?? []).map((b) => b.pos));
  }
  return starts;
}

/**
 * Assigns every id of a filing, deterministically. Section slugs are claimed
 * first (so a heading deep in the cover cannot push "risk-factors" to
 * "risk-factors-2"), then page anchors, then the other headings in order.
 */
export function assignIds(sections: SectionDraft[]): FilingIds {
  const registry = new IdRegistry(RESERVED_SLUGS);
  const mainSequence = sections[0]?.document.sequence;
  const slugs = sections.map((section) => {
    if (section.kind === 'cover') return registry.claim('cover');
    if (section.document.sequence !== mainSequence && section.kind === 'document') {
      return registry.claim(letterFirst(exhibitSlug(section.document.type, section.document.description), 'document'));
    }
    return registry.claim(letterFirst(slugify(section.title), 'section'));
  });

  // Exhibit pages are prefixed with the slug of the exhibit's first section: "ex-21-...-page-2".
  const documentPrefix = new Map<number, string>();
  sections.forEach((section, i) => {
    const sequence = section.document.sequence;
    if (sequence !== mainSequence && !documentPrefix.has(sequence)) documentPrefix.set(sequence, slugs[i] ?? '');
  });

  const pages = new Map<string, PageTarget>();
  sections.forEach((section, i) => {
    const sequence = section.document.sequence;
    for (const pos of pageStarts(section)) {
      const key = pageKey(sequence, pos);
      if (pos.printedPage === null || pages.has(key)) continue;
      const anchor = registry.claim(pageAnchor(pos.printedPage, documentPrefix.get(sequence)));
      pages.set(key, { anchor, printed: pos.printedPage, section: i, documentSequence: sequence });
    }
  });

  const headings = new Map<Block, string>();
  sections.forEach((section, i) => {
    const title = titleHeadingIndex(section);
    section.blocks.forEach((block, b) => {
      if (block.kind !== 'heading') return;
      headings.set(block, b === title ? (slugs[i] ?? '') : registry.claim(letterFirst(slugify(block.text), 'heading')));
    });
  });

  return { sections: slugs, headings, pages };
}
