import { filingSchema, sectionFrontMatterSchema, type FilingInfo } from '../section-schema.ts';
import { findBlocksWithNotes } from './blocks.ts';
import { decodeFiling } from './decode.ts';
import { readEnvelope } from './envelope.ts';
import { exhibitTitles } from './exhibit-index.ts';
import { filingInfo } from './filing-info.ts';
import { collectTerms } from './defined-terms.ts';
import { assignIds, IdRegistry, type FilingIds } from './ids.ts';
import { toLines } from './lines.ts';
import { buildLinkContext } from './links.ts';
import { sortMessages, type ParseMessage } from './messages.ts';
import { splitPages } from './pages.ts';
import { ParseError } from './parse-error.ts';
import { splitSections } from './sections.ts';
import { sectionToMdast, type MdastStats } from './to-mdast.ts';
import { startFilingMemos } from './text-memo.ts';
import { toMarkdownString } from './to-markdown.ts';
import { statedFigures } from './table/sums.ts';
import type { ParsedFiling, ParseReport, RemovedLine, SectionDraft, Submission } from './types.ts';

/** The whole pipeline: bytes of one filing to validated sections of Markdown and a report. */
export function parseFiling(bytes: Uint8Array, file: string, slug: string): ParsedFiling {
  startFilingMemos();
  const text = decodeFiling(bytes, file);
  const submission = readEnvelope(text, file);
  const { drafts, pageCount, messages, furniture } = readSections(submission);
  // Page numbers and tags are all the page stage found: nothing to read, so no filing to build.
  if (drafts.length === 0) throw new ParseError('no text to read: the file holds only page numbers, tags and page breaks', file);
  const parsed = renderFiling(submission, drafts, { slug, pageCount, sourceFile: basename(file), messages: [...submission.messages, ...messages] });
  return { ...parsed, report: { ...parsed.report, furniture } };
}

/** Every document through pages, lines, blocks and sections; index 0 is the main document. */
export function readSections(submission: Submission): { drafts: SectionDraft[]; pageCount: number; messages: ParseMessage[]; furniture: RemovedLine[] } {
  let pageCount = 0;
  const furniture: RemovedLine[] = [];
  // What the block rules kept as it was (tables declined and why) goes to the build report.
  const messages: ParseMessage[] = [];
  const drafts = submission.documents.flatMap((doc, i) => {
    const pages = splitPages(doc);
    pageCount += pages.length;
    for (const page of pages) furniture.push(...(page.removed ?? []));
    const found = findBlocksWithNotes(toLines(pages));
    messages.push(...found.messages);
    furniture.push(...found.furniture);
    return splitSections(doc, found.blocks, i === 0);
  });
  return { drafts, pageCount, messages, furniture };
}

/** Section drafts to ids, links, mdast and Markdown, with validated front matter and the report. */
export function renderFiling(
  submission: Pick<Submission, 'meta' | 'documents' | 'skipped'>,
  drafts: SectionDraft[],
  args: { slug: string; pageCount: number; sourceFile: string; messages?: readonly ParseMessage[] },
): ParsedFiling {
  const ids = assignIds(drafts);
  const terms = collectTerms(definingTexts(drafts), claimAfter(ids));
  const stats: MdastStats = { tables: 0, preformatted: 0, footnotes: 0, messages: [] };
  const ctx = { ids, links: buildLinkContext(args.slug, drafts, ids, terms), footnoteLabels: new IdRegistry(), stats, statedFigures: figuresInText(drafts) };
  const trees = drafts.map((draft, i) => sectionToMdast(draft, i, ctx));
  // Parsed by the schema so its keys come out in the schema's order, whatever order they were found in.
  const filing = filingSchema.parse(filingInfo({ slug: args.slug, meta: submission.meta, sections: drafts, pageCount: args.pageCount, sourceFile: args.sourceFile }));
  // Exhibits by sequence, named as the filing's own exhibit index names them.
  const indexed = exhibitTitles(submission.documents);
  const titles = new Map([...indexed].map(([i, title]) => [submission.documents[i]!.sequence, title]));

  const sections = drafts.map((draft, i) => {
    const tree = trees[i]!;
    const frontMatter = sectionFrontMatterSchema.parse({
      filing,
      slug: ids.sections[i],
      title: draft.title,
      order: i,
      kind: draft.kind,
      document: documentRef(draft.document, titles.get(draft.document.sequence)),
      pages: tree.pages,
      headings: tree.headings,
      terms: terms.filter((t) => t.section === i).map(({ term, id, sentence }) => ({ term, id, sentence })),
      termsUsed: tree.termsUsed,
      tables: tree.tables,
    });
    return { frontMatter, markdown: toMarkdownString(tree.root), tree: tree.root, csv: tree.csv };
  });

  const report: ParseReport = {
    documents: submission.documents.length,
    skipped: submission.skipped,
    sections: sections.length,
    headings: trees.reduce((n, t) => n + t.headings.length, 0),
    tables: stats.tables,
    preformattedTables: stats.preformatted,
    footnotes: stats.footnotes,
    sums: stats.sums ?? { checked: 0, failed: 0 },
    messages: inSections(sortMessages([...(args.messages ?? []), ...stats.messages]), drafts, ids.sections),
  };
  const markdown = [filingFrontMatter(filing), ...sections.map((s) => s.markdown).filter(Boolean)].join('\n');
  return { filing, sections, report, markdown };
}

/**
 * The whole filing's Markdown opens with its title, form and date as YAML front matter, not as a `#`
 * heading: the title is made from the header or the cover, not printed where it would stand, and a
 * heading line would read as one of the filing's own headings to anything that reads the Markdown.
 */
function filingFrontMatter(filing: FilingInfo): string {
  const fields: [string, string | undefined][] = [
    ['title', filing.title],
    ['form', filing.formType],
    ['date', filing.filingDate],
  ];
  const lines = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return ['---', ...lines, '---', ''].join('\n');
}

/** The document reference without undefined keys, so the front matter is the same however it was built; `title` is the exhibit index's name for it. */
function documentRef(doc: SectionDraft['document'], title: string | undefined): SectionDraft['document'] & { title?: string } {
  const ref: SectionDraft['document'] & { title?: string } = { type: doc.type, sequence: doc.sequence };
  if (doc.description !== undefined) ref.description = doc.description;
  if (doc.filename !== undefined) ref.filename = doc.filename;
  if (title !== undefined) ref.title = title;
  return ref;
}

/** The texts a term may be defined in, with their section and line: paragraphs and list items. */
function definingTexts(drafts: readonly SectionDraft[]): { text: string; section: number; line: number }[] {
  return drafts.flatMap((draft, section) =>
    draft.blocks.flatMap((b) => {
      if (b.kind === 'paragraph') return [{ text: b.text, section, line: b.pos.line }];
      if (b.kind === 'list') return b.items.map((item) => ({ text: item.text, section, line: item.pos.line }));
      return [];
    }),
  );
}

/** The comma-grouped figures the filing's prose states (headings, paragraphs, line blocks, list items), each with the title of the first section stating it. */
function figuresInText(drafts: readonly SectionDraft[]): Map<string, string> {
  const figures = new Map<string, string>();
  for (const draft of drafts) {
    for (const b of draft.blocks) {
      const texts = b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : b.kind === 'lineBlock' ? b.lines : b.kind === 'list' ? b.items.map((i) => i.text) : [];
      for (const text of texts) for (const figure of statedFigures(text)) if (!figures.has(figure)) figures.set(figure, draft.title);
    }
  }
  return figures;
}

/** Claims ids that no section, heading or page anchor of the filing already has. */
function claimAfter(ids: FilingIds): (base: string) => string {
  const registry = new IdRegistry([...ids.sections, ...ids.headings.values(), ...[...ids.pages.values()].map((p) => p.anchor)]);
  return (base) => registry.claim(base);
}

/** Each message with the slug of the section its line ended up in: the last section starting at or before it. */
function inSections(messages: ParseMessage[], drafts: readonly SectionDraft[], slugs: readonly string[]): ParseMessage[] {
  const starts = drafts.map((d) => d.blocks[0]?.pos.line ?? Number.POSITIVE_INFINITY);
  return messages.map((m) => {
    let k = -1;
    starts.forEach((start, i) => {
      if (start <= m.line) k = i;
    });
    const section = slugs[k];
    return section === undefined ? m : { ...m, section };
  });
}

/** The file name without its folders. */
function basename(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
