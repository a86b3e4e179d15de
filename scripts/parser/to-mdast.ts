import type {
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  TableCell as MdastTableCell,
  TableRow as MdastTableRow,
} from 'mdast';
import { u } from 'unist-builder';
import type { PageAnchor, TableStructure } from '../section-schema.ts';
import { tableCsv } from './table/csv.ts';
import { tableStructure } from './table/structure.ts';
import { checkSums } from './table/sums.ts';
import { parseMessage, type ParseMessage } from './messages.ts';
import { bareMarker, cellText, isTrademark, lineBlockText, planPageNotes, tableNoteLabel, type PageNotePlan } from './footnote-labels.ts';
import { positionNodes } from './node-position.ts';
import { cellMarkers, cellTextMarkers, tableCites } from './note-markers.ts';
import { pageKey, pageStarts, titleHeadingIndex, type FilingIds, type IdRegistry } from './ids.ts';
import { linkText, pageLink, pageMarks, resolveTitle, targetUrl, termRanges, type InlineRange, type LinkContext } from './links.ts';
import type { Block, HeadingRef, Inline, PageBreakInText, SectionDraft, SourcePosition, TableCell, TableModel, TocEntry } from './types.ts';

/** Counts the mdast stage adds to the filing's report. */
export interface MdastStats {
  tables: number;
  preformatted: number;
  footnotes: number;
  /** Column sums the build checked, and how many of them did not add up. */
  sums?: { checked: number; failed: number };
  /** Messages about text kept in a plainer form than intended. */
  messages: ParseMessage[];
}

/** What turning one section into mdast needs to know about the whole filing; `stats` and the registry are shared and updated. */
export interface MdastContext {
  ids: FilingIds;
  links: LinkContext;
  /** Footnote labels, unique across the filing. */
  footnoteLabels: IdRegistry;
  stats: MdastStats;
  /** Comma-grouped figures the filing's text states ("4,174,803"), with the title of the section that first states each. */
  statedFigures?: ReadonlyMap<string, string>;
}

/** A section as mdast, with the headings and page anchors its front matter lists. */
export interface SectionTree {
  root: Root;
  headings: HeadingRef[];
  pages: PageAnchor[];
  /** Ids of the defined terms whose first use in the section is linked, in order. */
  termsUsed: string[];
  /** Each GFM table's row structure, in document order. */
  tables: TableStructure[];
  /** Each GFM table as CSV, in the same order (written beside the section page as `tables[i].csv`). */
  csv: string[];
}

/** Escapes the five HTML-special characters for an attribute or text. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The citable page mark the site styles: `<a class="page-mark" id="page-4" href="#page-4" data-page="4" data-pagefind-ignore>Page 4</a>`. */
export function pageMarkHtml(anchor: string, printed: string): string {
  const a = escapeHtml(anchor);
  const p = escapeHtml(printed);
  return `<a class="page-mark" id="${a}" href="#${a}" data-page="${p}" data-pagefind-ignore>Page ${p}</a>`;
}

/** Inline runs as mdast phrasing nodes. */
export function inlinesToPhrasing(inlines: Inline[]): PhrasingContent[] {
  return inlines.flatMap((inline): PhrasingContent[] => {
    switch (inline.kind) {
      case 'text':
        return [u('text', inline.value)];
      case 'link':
        // The target's printed page goes to the HTML only (data-print-page), for print: Markdown has no place for it.
        return [
          u(
            'link',
            { url: inline.url, ...(inline.title ? { title: inline.title } : {}), ...(inline.page ? { data: { hProperties: { dataPrintPage: inline.page } } } : {}) },
            inlinesToPhrasing(inline.children),
          ),
        ];
      case 'strong':
        return [u('strong', inlinesToPhrasing(inline.children))];
      case 'footnoteRef':
        return [u('footnoteReference', { identifier: inline.label, label: inline.label })];
      case 'pageMark':
        return [u('html', inline.printedPage === null ? '' : pageMarkHtml(inline.anchor, inline.printedPage))];
      case 'definition':
        // The term where the filing defines it: the target its later uses link to.
        return [u('html', `<dfn id="${escapeHtml(inline.id)}">`), ...inlinesToPhrasing(inline.children), u('html', '</dfn>')];
    }
  });
}

/** Renders one section of a filing. */
export function sectionToMdast(section: SectionDraft, index: number, ctx: MdastContext): SectionTree {
  return new SectionRenderer(section, index, ctx).render();
}

/** Holds the per-section state (headings seen, page-note plan) while blocks turn into nodes. */
class SectionRenderer {
  private readonly headings: HeadingRef[] = [];
  private readonly tables: TableStructure[] = [];
  private readonly csv: string[] = [];
  private readonly sequence: number;
  private readonly pageNotes: PageNotePlan;
  /** Document order of the last contents entry resolved, so repeated titles resolve forwards. */
  private tocCursor = -1;
  /** Where the block being rendered starts, so a reference it cannot resolve is reported at its line. */
  private at: SourcePosition | null = null;
  /** Defined terms whose first use in this section is already linked. */
  private readonly usedTerms = new Set<string>();
  /** The next block after the one being rendered that is not a page break. */
  private following: Block | undefined;
  /** Labels of table notes cited from the title over their table ("SUMMARY OF SALES a/"), claimed before the table renders. */
  private readonly titleCited = new Map<TableModel['notes'][number], string>();

  private readonly section: SectionDraft;
  private readonly index: number;
  private readonly ctx: MdastContext;

  constructor(section: SectionDraft, index: number, ctx: MdastContext) {
    this.section = section;
    this.index = index;
    this.ctx = ctx;
    this.sequence = section.document.sequence;
    this.pageNotes = planPageNotes(
      section,
      (pageIndex) => ctx.ids.pages.get(pageKey(this.sequence, { line: 0, pageIndex, printedPage: null }))?.anchor ?? `page-u${this.sequence}-${pageIndex + 1}`,
      (label) => ctx.footnoteLabels.claim(label),
    );
    for (const { label, pos } of this.pageNotes.uncited) {
      ctx.stats.messages.push(parseMessage('footnotes', `marker "${printedMarker(label)}" in the text has no note on its page or the next; kept as text`, pos));
    }
  }

  render(): SectionTree {
    const children: RootContent[] = [];
    const blocks = this.section.blocks;
    const titleAt = titleHeadingIndex(this.section);
    // A section without its title heading gets one, after the page marks that open it.
    const insertTitleAt = this.section.kind !== 'cover' && titleAt === -1 ? blocks.findIndex((b) => b.kind !== 'pageBreak') : -2;
    // Each block's nodes span its lines: from its first line to the line before the next block starts.
    const starts = blocks.map((b) => ('pos' in b ? b.pos.line : null));
    const nextStart: (number | null)[] = [];
    const nextContent: (Block | undefined)[] = [];
    for (let i = blocks.length - 1, next: number | null = null, content: Block | undefined; i >= 0; i--) {
      nextStart[i] = next;
      nextContent[i] = content;
      next = starts[i] ?? next;
      if (blocks[i]!.kind !== 'pageBreak') content = blocks[i];
    }
    const titleHeading = (): RootContent => {
      const heading = this.heading(2, this.section.title, this.slug);
      positionNodes([heading], this.section.pos, this.section.pos.line);
      return heading;
    };
    blocks.forEach((block, i) => {
      if (i === insertTitleAt) children.push(titleHeading());
      this.following = nextContent[i];
      const nodes = this.block(block);
      if ('pos' in block) positionNodes(nodes, block.pos, (nextStart[i] ?? block.pos.line + 1) - 1);
      children.push(...nodes);
    });
    if (insertTitleAt === -1) children.push(titleHeading());
    const termsUsed = [...this.usedTerms].map((term) => this.ctx.links.terms.get(term)?.id ?? '').filter(Boolean);
    return { root: u('root', children), headings: this.headings, pages: this.pages(), termsUsed, tables: this.tables, csv: this.csv };
  }

  private get slug(): string {
    return this.ctx.ids.sections[this.index] ?? '';
  }

  /** Printed pages that start in this section, in order. */
  private pages(): PageAnchor[] {
    const out: PageAnchor[] = [];
    // A set, not a search of `out` per page: a section of thousands of pages stays linear.
    const seen = new Set<string>();
    for (const pos of pageStarts(this.section)) {
      const page = this.ctx.ids.pages.get(pageKey(this.sequence, pos));
      if (!page || page.section !== this.index || seen.has(page.anchor)) continue;
      seen.add(page.anchor);
      out.push({ anchor: page.anchor, printed: page.printed, line: pos.line });
    }
    return out;
  }

  private anchorOf(pos: SourcePosition): string | undefined {
    return this.ctx.ids.pages.get(pageKey(this.sequence, pos))?.anchor;
  }

  private heading(depth: number, text: string, id: string): Heading {
    this.headings.push({ depth, text, id });
    return u('heading', { depth: depth as Heading['depth'] }, [u('text', text)]);
  }

  /** Running text with links, footnote references and page marks. */
  private phrasing(text: string, owner: object | null, breaks?: PageBreakInText[], extraNotes: InlineRange[] = [], stub = false): PhrasingContent[] {
    const footnotes: InlineRange[] = [...(owner ? (this.pageNotes.refs.get(owner) ?? []) : []), ...extraNotes];
    const marks = pageMarks(breaks, (b) => this.anchorOf(b.pos));
    const unresolved = (reference: string): void => {
      if (this.at) this.ctx.stats.messages.push(parseMessage('xref', `reference to ${reference} names no place in this filing; kept as text`, this.at));
    };
    const line = (owner as { pos?: SourcePosition } | null)?.pos?.line ?? this.at?.line ?? -1;
    const terms = termRanges(text, this.ctx.links, { section: this.index, line }, this.usedTerms, stub);
    return inlinesToPhrasing(linkText(text, this.ctx.links, { document: this.sequence, section: this.index, unresolved }, { footnotes, marks, terms }));
  }

  private block(block: Block): RootContent[] {
    if ('pos' in block) this.at = block.pos;
    switch (block.kind) {
      case 'heading': {
        const next = this.following;
        const cited = next?.kind === 'table' ? this.titleNote(block.text, next.table) : null;
        const heading = this.heading(block.depth, cited?.text ?? block.text, this.ctx.ids.headings.get(block) ?? '');
        if (cited) heading.children.push(u('footnoteReference', { identifier: cited.label, label: cited.label }));
        return [heading];
      }
      case 'paragraph': {
        // A risk factor some reference names carries the anchor it links to.
        const anchor = this.ctx.links.anchors.get(block);
        const opening: PhrasingContent[] = anchor ? [u('html', `<span id="${escapeHtml(anchor)}"></span>`)] : [];
        const body = this.phrasing(block.text, block, block.pageBreaks);
        if (!block.leadIn) return body.length ? [u('paragraph', [...opening, ...body])] : [];
        const lead: PhrasingContent[] = [...opening, u('strong', [u('text', block.leadIn)])];
        return [u('paragraph', body.length ? [...lead, u('text', ' '), ...body] : lead)];
      }
      case 'lineBlock': {
        if (this.pageNotes.refs.has(block)) return [u('paragraph', this.citedLines(block))];
        const children: PhrasingContent[] = [];
        block.lines.forEach((line, i) => {
          if (i > 0) children.push(u('break'));
          children.push(u('text', line.trim()));
        });
        return children.length ? [u('paragraph', children)] : [];
      }
      case 'list':
        return [this.list(block)];
      case 'table':
        return this.table(block);
      case 'preformatted':
        this.ctx.stats.preformatted++;
        return [u('code', { lang: 'text' }, block.text)];
      case 'toc':
        return this.toc(block.entries, block.pos);
      case 'footnoteDefinition':
        return [this.pageFootnote(block)];
      case 'pageBreak': {
        const anchor = this.anchorOf(block.pos);
        return anchor && block.pos.printedPage !== null ? [u('html', pageMarkHtml(anchor, block.pos.printedPage))] : [];
      }
      case 'thematicBreak':
        return [u('thematicBreak')];
    }
  }

  /**
   * A title over a table that ends in a marker of a note under the table no cell cites
   * ("SUMMARY OF SALES a/", "Selected Data(1)"): the title without it and the note's label, claimed now; else null.
   */
  private titleNote(text: string, table: TableModel): { text: string; label: string } | null {
    const m = TITLE_MARKER.exec(text);
    if (m === null) return null;
    const bare = bareMarker(m[1]!);
    const note = table.notes.find((n) => bareMarker(n.marker) === bare);
    if (!note || tableCites(table, bare)) return null;
    let label = this.titleCited.get(note);
    if (label === undefined) {
      // The table renders next (or is rendering), so it is table number `tables + 1` (or `tables`).
      const k = this.ctx.stats.tables + (this.following?.kind === 'table' && this.following.table === table ? 1 : 0);
      label = this.ctx.footnoteLabels.claim(tableNoteLabel(k, note.marker));
      this.titleCited.set(note, label);
    }
    return { text: text.slice(0, m.index).trimEnd(), label };
  }

  /** A line block that cites page footnotes: its lines with their references, breaks kept. */
  private citedLines(block: Extract<Block, { kind: 'lineBlock' }>): PhrasingContent[] {
    const text = lineBlockText(block);
    const refs = [...(this.pageNotes.refs.get(block) ?? [])].sort((a, b) => a.start - b.start);
    const out: PhrasingContent[] = [];
    const pushText = (piece: string): void =>
      piece.split('\n').forEach((part, i) => {
        if (i > 0) out.push(u('break'));
        if (part !== '') out.push(u('text', part));
      });
    let at = 0;
    for (const ref of refs) {
      if (ref.kind !== 'footnoteRef') continue;
      pushText(text.slice(at, ref.start));
      out.push(u('footnoteReference', { identifier: ref.label, label: ref.label }));
      at = ref.end;
    }
    pushText(text.slice(at));
    return out;
  }

  private list(block: Extract<Block, { kind: 'list' }>): List {
    const items: ListItem[] = block.items.map((item) => u('listItem', { spread: false }, [u('paragraph', this.phrasing(item.text, item, item.pageBreaks))]));
    return u('list', { ordered: block.ordered, spread: false }, items);
  }

  private pageFootnote(block: Extract<Block, { kind: 'footnoteDefinition' }>): FootnoteDefinition | Paragraph {
    const label = this.pageNotes.labels.get(block);
    if (label !== undefined) {
      this.ctx.stats.footnotes++;
      return u('footnoteDefinition', { identifier: label, label }, [u('paragraph', this.phrasing(block.text, null, block.pageBreaks))]);
    }
    this.ctx.stats.messages.push(parseMessage('footnotes', `page footnote "${block.label}" has no reference on its page; kept as a paragraph`, block.pos));
    return u('paragraph', [u('text', `${block.printed ?? printedMarker(block.label)} `), ...this.phrasing(block.text, null, block.pageBreaks)]);
  }

  /** A GFM table, then marks for pages that start inside it, then its notes (footnote definitions, or paragraphs when never cited). */
  private table(block: Extract<Block, { kind: 'table' }>): RootContent[] {
    const { table, pageBreaks: breaks } = block;
    const pageNotes = this.pageNotes.cellRefs.get(block);
    const k = ++this.ctx.stats.tables;
    const out: RootContent[] = [];
    if (table.caption) {
      const cited = this.titleNote(table.caption, table);
      const body = this.phrasing(cited?.text ?? table.caption, null);
      if (cited) body.push(u('footnoteReference', { identifier: cited.label, label: cited.label }));
      out.push(u('paragraph', body));
    }

    const noteByMarker = new Map<string, TableModel['notes'][number]>();
    for (const note of table.notes) if (!noteByMarker.has(bareMarker(note.marker))) noteByMarker.set(bareMarker(note.marker), note);
    const labels = new Map<TableModel['notes'][number], string>();
    for (const note of table.notes) {
      const label = this.titleCited.get(note);
      if (label !== undefined) labels.set(note, label);
    }
    const referenced = (marker: string): string | undefined => {
      const note = noteByMarker.get(bareMarker(marker));
      if (!note) return pageNotes?.get(bareMarker(marker));
      let label = labels.get(note);
      if (label === undefined) {
        label = this.ctx.footnoteLabels.claim(tableNoteLabel(k, note.marker));
        labels.set(note, label);
      }
      return label;
    };

    // Markers cited with no note under the table, reported once each.
    const missing = new Set<string>();
    // Markers a cell's text still holds ("*10.1", "PUBLIC(1)", "1,234/1/") that a note of this table or its page defines.
    const known = new Set([...noteByMarker.keys(), ...(pageNotes?.keys() ?? [])]);
    const inTextNotes = (text: string): InlineRange[] =>
      cellMarkers(text, known).flatMap((m) => {
        const label = referenced(m.label);
        return label === undefined ? [] : [{ start: m.start, end: m.end, kind: 'footnoteRef' as const, label }];
      });
    const width = Math.max(table.align.length, table.header.length, ...table.rows.map((r) => r.cells.length), 1);
    // A body cell past the stub had its markers split off only where they were glued ("$12.50(1)", "10(a)"); a stub's or a head's may have stood apart.
    const cell = (c: TableCell | undefined, strong: boolean, numeric: boolean, pos: SourcePosition, stub: boolean, glued: boolean): MdastTableCell => {
      if (!c) return u('tableCell', []);
      const printed = cellText(c);
      const found = inTextNotes(printed);
      // A marker still glued in the text ("$12.50(1)") that no note defines stays as printed, said once per table.
      const stray = (this.pageNotes.refs.has(c) ? [] : cellTextMarkers(printed)).filter((m) => !known.has(m) && !missing.has(m) && !isTrademark(m));
      if (stray.length > 0) {
        for (const marker of stray) missing.add(marker);
        const markers = stray.map((m) => `"${printedMarker(m)}"`).join(', ');
        this.ctx.stats.messages.push(parseMessage('footnotes', `table ${k} cell "${printed}" carries ${stray.length > 1 ? 'markers' : 'marker'} ${markers} that no note under the table or on its page defines; kept as text`, pos));
      }
      // A marker leading the cell ("*10.1") is cited after it, where a reference reads: "10.1[^t1-star]".
      const lead = found[0]?.start === 0 && found[0].end < printed.length ? found[0] : undefined;
      const text = lead ? printed.slice(lead.end) : printed;
      const inText = lead ? found.slice(1).map((r) => ({ ...r, start: r.start - lead.end, end: r.end - lead.end })) : found;
      const cited = this.pageNotes.refs.has(c) || inText.length > 0;
      let children: PhrasingContent[] = numeric && !cited ? (text ? [u('text', text)] : []) : this.phrasing(text, lead ? null : c, undefined, inText, stub);
      if (strong && children.length) children = [u('strong', children)];
      if (lead?.kind === 'footnoteRef') children.push(u('footnoteReference', { identifier: lead.label, label: lead.label }));
      for (const marker of c.notes) {
        const label = referenced(marker);
        if (label !== undefined) children.push(u('footnoteReference', { identifier: label, label }));
        // "Power Macintosh(R)": a trademark stays glued to its word, as printed.
        else if (isTrademark(marker)) children.push(u('text', printedMarker(marker)));
        else {
          // A marker with no note under the table stays printed, so no reference dangles.
          children.push(u('text', `${children.length && !glued ? ' ' : ''}${printedMarker(marker)}`));
          if (!missing.has(marker)) this.ctx.stats.messages.push(parseMessage('footnotes', `table ${k} cites note "${marker}" (first in cell "${text}") that is not under the table`, block.pos));
          missing.add(marker);
        }
      }
      return u('tableCell', children);
    };
    const row = (cells: (TableCell | undefined)[], strongFirst: boolean, pos: SourcePosition, body: boolean): MdastTableRow =>
      u(
        'tableRow',
        Array.from({ length: width }, (_, i) => cell(cells[i], strongFirst && i === 0, i > 0 && table.align[i] === 'right', pos, body && i === 0, body && i > 0)),
      );

    const rows: MdastTableRow[] = [row(table.header, false, block.pos, false), ...table.rows.map((r) => row(r.cells, r.total, r.pos, true))];
    const align = Array.from({ length: width }, (_, i) => table.align[i] ?? null);
    out.push(u('table', { align }, rows));
    const pages: { row: number; anchor: string }[] = [];
    for (const pos of breaks) {
      const anchor = this.anchorOf(pos);
      if (!anchor || pos.printedPage === null) continue;
      out.push(u('html', pageMarkHtml(anchor, pos.printedPage)));
      // The site moves the mark onto the first row of its page; a page starting after the last row keeps it here.
      const row = table.rows.findIndex((r) => r.pos.line >= pos.line);
      if (row >= 0) pages.push({ row, anchor });
    }
    this.tables.push(this.tableFacts(table, Boolean(table.caption), pages));
    for (const note of table.notes) {
      const label = labels.get(note);
      const body = this.phrasing(note.text, null);
      if (label !== undefined) {
        this.ctx.stats.footnotes++;
        out.push(u('footnoteDefinition', { identifier: label, label }, [u('paragraph', body)]));
      } else {
        this.ctx.stats.messages.push(parseMessage('footnotes', `table ${k} note "${note.marker}" is never cited in the table; kept as a paragraph`, note.pos));
        out.push(u('paragraph', [u('text', `${note.printed ?? printedMarker(note.marker)} `), ...body]));
      }
    }
    return out;
  }

  /** The table's structure for the front matter, with its caption, page starts, CSV file and checked sums; counts the sums. */
  private tableFacts(table: TableModel, caption: boolean, pages: { row: number; anchor: string }[]): TableStructure {
    this.csv.push(tableCsv(table));
    const facts: TableStructure = { ...tableStructure(table), csv: `table-${this.csv.length}.csv` };
    if (caption) facts.caption = true;
    if (pages.length > 0) facts.pages = pages;
    const sums = checkSums(table, this.ctx.statedFigures ?? new Map());
    if (sums.length > 0) facts.sums = sums;
    const counts = (this.ctx.stats.sums ??= { checked: 0, failed: 0 });
    counts.checked += sums.length;
    counts.failed += sums.filter((s) => !s.ok).length;
    for (const sum of sums.filter((s) => !s.ok)) {
      const row = sum.row === undefined ? undefined : table.rows[sum.row];
      this.ctx.stats.messages.push(parseMessage('sums', `column "${sum.label}" adds up to ${sum.sum}, not the ${sum.total} printed as its total`, row?.pos ?? table.rows[0]?.pos ?? this.section.pos));
    }
    return facts;
  }

  /** A printed contents as nested lists of links to the sections and headings (and pages) it names. */
  private toc(entries: TocEntry[], pos: SourcePosition): RootContent[] {
    if (!entries.length) return [];
    const root: List = u('list', { ordered: false, spread: false }, []);
    const stack: { level: number; list: List }[] = [{ level: entries[0]?.level ?? 0, list: root }];
    for (const entry of entries) {
      while (stack.length > 1 && entry.level < stack[stack.length - 1]!.level) stack.pop();
      let top = stack[stack.length - 1]!;
      const parentItem = top.list.children[top.list.children.length - 1];
      if (entry.level > top.level && parentItem) {
        const nested: List = u('list', { ordered: false, spread: false }, []);
        parentItem.children.push(nested);
        top = { level: entry.level, list: nested };
        stack.push(top);
      }
      top.list.children.push(u('listItem', { spread: false }, [u('paragraph', this.tocLine(entry, pos))]));
    }
    return [root];
  }

  private tocLine(entry: TocEntry, pos: SourcePosition): PhrasingContent[] {
    const title = entry.title.replace(/\s+/g, ' ').trim();
    const target = resolveTitle(title, this.ctx.links, { after: this.tocCursor });
    const out: PhrasingContent[] = [];
    if (target) {
      this.tocCursor = target.order;
      out.push(u('link', { url: targetUrl(target, this.ctx.links) }, [u('text', title)]));
    } else {
      this.ctx.stats.messages.push(parseMessage('contents', `contents entry "${title}" names no section or heading; kept as text`, pos));
      out.push(u('text', title));
    }
    if (entry.page !== null) {
      const url = pageLink(entry.page, this.sequence, this.ctx.links);
      const words = `page ${entry.page}`;
      out.push(u('text', ', '), url ? u('link', { url }, [u('text', words)]) : u('text', words));
    }
    return out;
  }
}

/** A marker as it reads in running text: "1" -> "(1)", "*" stays "*". */
/** A marker ending a title: glued or after a space, "(1)", "(a)", "1/", "a/", "/1/" or "*". */
const TITLE_MARKER = /(?:\s|(?<=[A-Za-z]))(\(\s?(?:\d{1,2}|[a-z])\s?\)|(?:\d{1,2}|[a-z])\/|\/\d{1,2}\/|\*{1,3})$/;

function printedMarker(marker: string): string {
  const bare = bareMarker(marker);
  return /^[A-Za-z0-9]+$/.test(bare) ? `(${bare})` : bare;
}
