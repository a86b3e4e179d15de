import { u } from 'unist-builder';
import { filingSchema, sectionFrontMatterSchema } from '../section-schema.ts';
import { findBlocksWithNotes } from './blocks.ts';
import { decodeFiling } from './decode.ts';
import { readEnvelope } from './envelope.ts';
import { filingInfo } from './filing-info.ts';
import { assignIds, IdRegistry } from './ids.ts';
import { toLines } from './lines.ts';
import { buildLinkContext } from './links.ts';
import { sortMessages, type ParseMessage } from './messages.ts';
import { splitPages } from './pages.ts';
import { splitSections } from './sections.ts';
import { sectionToMdast, type MdastStats } from './to-mdast.ts';
import { toMarkdownString } from './to-markdown.ts';
import type { ParsedFiling, ParseReport, RemovedLine, SectionDraft, Submission } from './types.ts';

/** The whole pipeline: bytes of one filing to validated sections of Markdown and a report. */
export function parseFiling(bytes: Uint8Array, file: string, slug: string): ParsedFiling {
  const text = decodeFiling(bytes, file);
  const submission = readEnvelope(text, file);
  const { drafts, pageCount, messages, furniture } = readSections(submission);
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
  const stats: MdastStats = { tables: 0, preformatted: 0, footnotes: 0, messages: [] };
  const ctx = { ids, links: buildLinkContext(args.slug, drafts, ids), footnoteLabels: new IdRegistry(), stats };
  const trees = drafts.map((draft, i) => sectionToMdast(draft, i, ctx));
  // Parsed by the schema so its keys come out in the schema's order, whatever order they were found in.
  const filing = filingSchema.parse(filingInfo({ slug: args.slug, meta: submission.meta, sections: drafts, pageCount: args.pageCount, sourceFile: args.sourceFile }));

  const sections = drafts.map((draft, i) => {
    const tree = trees[i]!;
    const frontMatter = sectionFrontMatterSchema.parse({
      filing,
      slug: ids.sections[i],
      title: draft.title,
      order: i,
      kind: draft.kind,
      document: documentRef(draft.document),
      pages: tree.pages,
      headings: tree.headings,
    });
    return { frontMatter, markdown: toMarkdownString(tree.root) };
  });

  const report: ParseReport = {
    documents: submission.documents.length,
    skipped: submission.skipped,
    sections: sections.length,
    headings: trees.reduce((n, t) => n + t.headings.length, 0),
    tables: stats.tables,
    preformattedTables: stats.preformatted,
    footnotes: stats.footnotes,
    messages: inSections(sortMessages([...(args.messages ?? []), ...stats.messages]), drafts, ids.sections),
  };
  const title = toMarkdownString(u('root', [u('heading', { depth: 1 as const }, [u('text', filing.title)])]));
  const markdown = [title, ...sections.map((s) => s.markdown).filter(Boolean)].join('\n');
  return { filing, sections, report, markdown };
}

/** The document reference without undefined keys, so the front matter is the same however it was built. */
function documentRef(doc: SectionDraft['document']): SectionDraft['document'] {
  const ref: SectionDraft['document'] = { type: doc.type, sequence: doc.sequence };
  if (doc.description !== undefined) ref.description = doc.description;
  if (doc.filename !== undefined) ref.filename = doc.filename;
  return ref;
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
