import { parseMessage } from '../messages.ts';
import { mergeContinuedTable, parseTableNotes, readTable } from '../tables.ts';
import type { Block, SourcePosition, TableModel } from '../types.ts';
import { headingStyle } from './heading-style.ts';
import { isTitleCase, NOTE_START } from './line-tests.ts';
import { isRuleLine, isTagLine, nextNonBlank, opensTag, type BlockState, type HeadingStyle } from './state.ts';
import { gapEntry, isPageHeader, leaderEntry, tocEntries } from './toc-entries.ts';

const OPEN = /^<TABLE>/i;
const CLOSE = /^<\/TABLE>/i;

/**
 * `<TABLE>` ... `</TABLE>`: a printed contents becomes a `toc` block, anything else goes to the
 * tables stage (`preformatted` when it declines). Footnotes typed after `</TABLE>` join the table,
 * and a table reopened on the next page with the same header is merged onto the previous one.
 */
export function tableBlock(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const first = state.trimmed[start] ?? '';
  if (!OPEN.test(first)) return false;
  let close = start + 1;
  while (close < end && !CLOSE.test(state.trimmed[close] ?? '')) close++;
  if (close >= end) return false;
  if (silent) return true;

  const body: { text: string; pos: SourcePosition; pageStart: boolean }[] = [];
  // "<TABLE>                 Accu-" (Apple 1994): the tag line is passed whole, the tables stage blanks the
  // tag in place so the heading text after it keeps its column.
  const opening = state.lines[start]?.text ?? '';
  if (opening.replace(/<TABLE>/i, '').trim() !== '') body.push({ text: opening, pos: state.lines[start]!.pos, pageStart: false });
  for (let i = start + 1; i < close; i++) {
    const line = state.lines[i]!;
    body.push({ text: line.text, pos: line.pos, pageStart: line.pageStart });
  }
  const title = captionHeading(state, body);
  const pageBreaks = rangeOf(start + 1, close + 1)
    .filter((i) => state.lines[i]?.pageStart)
    .map((i) => state.lines[i]!.pos);
  const pos = state.lines[start]!.pos;
  state.line = close + 1;

  const toc = asContents(body);
  if (toc) {
    pushSplitAtPages(state, { kind: 'toc', entries: toc, pos }, pageBreaks);
    return true;
  }

  if (title) {
    const block: Block = { kind: 'heading', depth: 2, text: title.text, pos: title.pos };
    state.blocks.push(block);
    state.headingStyles.set(block, title.style);
  }
  const { table, reason } = readTable({ lines: body.map(({ text, pos }) => ({ text, pos })), tagged: true });
  if (!table) {
    // The decline reason goes to the build report, so a preformatted table is counted and explained.
    state.messages.push(parseMessage('table', `table kept preformatted: ${reason || 'not understood'}`, pos));
    pushPreformatted(state, body, 'table not understood');
    return true;
  }
  takeNotes(state, table, end);
  if (mergeIntoPrevious(state, table, pos, pageBreaks)) return true;
  state.blocks.push({ kind: 'table', table, pos, pageBreaks });
  return true;
}

/**
 * A note's title typed as the table's first caption line, flush left and followed by a blank line
 * (Apple 1994: "<CAPTION>" / "Income Taxes" / "" / "The provision for income taxes consists of the
 * following:"): it is taken out of the body as a heading, so the caption does not run it into its text.
 */
function captionHeading(state: BlockState, body: { text: string; pos: SourcePosition; pageStart: boolean }[]): { text: string; style: HeadingStyle; pos: SourcePosition } | null {
  const at = body.findIndex((l) => l.text.trim() !== '' && !isTagLine(l.text));
  const line = body[at];
  if (!line || !body[at + 1] || body[at + 1]!.text.trim() !== '' || /^\s/.test(line.text) || opensTag(line.text)) return null;
  const text = line.text.trim();
  if (text.length > 60 || /\s{3,}/.test(text) || /\d/.test(text) || !/[a-z]/.test(text) || !isTitleCase(text)) return null;
  // Only when running text follows: a caption sentence, not the column heads.
  const next = body.slice(at + 2).find((l) => l.text.trim() !== '');
  if (!next || !/^[A-Z][a-z]+ [a-z]+ [a-z]+/.test(next.text.trim())) return null;
  const style = headingStyle(text, 0, text.length, state.width, false);
  if (!style) return null;
  body.splice(at, 1);
  return { text, style, pos: line.pos };
}

/** Indexes from `from` (inclusive) to `to` (exclusive). */
function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** A tagged table that is really a contents page: dotted leaders ending in page numbers, or a "Page" header over entries. */
function asContents(body: readonly { text: string }[]): ReturnType<typeof tocEntries> | null {
  const content = body.map((b) => b.text).filter((t) => t.trim() !== '' && !isTagLine(t) && !isRuleLine(t));
  const textLines = content.map((t) => t.replace(/<\/?(?:TABLE|CAPTION|S|C|FN)>/gi, ' ')).filter((t) => t.trim() !== '');
  if (textLines.length < 2) return null;
  const leaders = textLines.filter((t) => leaderEntry(t)).length;
  const header = textLines.some((t) => isPageHeader(t) || /\s{3,}pages?\s*$/i.test(t.trim()));
  const lines = textLines
    .map((t) => ({ text: t.replace(/\s{3,}pages?\s*$/i, ''), title: /\S\s{3,}pages?\s*$/i.test(t) }))
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ ...l, indent: l.text.length - l.text.trimStart().length }));
  // Under a "Page" header, entries may go without leaders: "Notes to Consolidated Financial Statements     27".
  if (header && leaders < 2) {
    const gapped = lines.filter((l) => gapEntry(l.text)).length;
    return gapped >= 3 && gapped >= lines.length * 0.4 ? tocEntries(lines, true) : null;
  }
  // Most lines must be entries; the rest may be group heads or wrapped titles.
  if (leaders < 2 || leaders < textLines.length * 0.6) return null;
  if (!header && leaders < textLines.length * 0.8) return null;
  return tocEntries(lines, false);
}

/** A block that cannot hold page breaks is split where pages start, with `pageBreak` blocks between. */
function pushSplitAtPages(state: BlockState, block: Block, pageBreaks: readonly SourcePosition[]): void {
  state.blocks.push(block);
  for (const pos of pageBreaks) state.blocks.push({ kind: 'pageBreak', pos });
}

/** Keeps a table's original lines (tags removed) as preformatted text, one block per physical page. */
function pushPreformatted(state: BlockState, body: readonly { text: string; pos: SourcePosition; pageStart: boolean }[], reason: string): void {
  let chunk: typeof body[number][] = [];
  const flush = (): void => {
    // Tags are blanked in place ("<TABLE>   Accu-" keeps "Accu-" over its column).
    const text = chunk.map((l) => l.text.replace(/<\/?(?:TABLE|CAPTION|S|C|FN)>/gi, (tag) => ' '.repeat(tag.length)).trimEnd()).join('\n').replace(/^\n+|\n+$/g, '');
    if (text !== '' && chunk[0]) state.blocks.push({ kind: 'preformatted', text, reason, pos: chunk[0].pos });
    chunk = [];
  };
  for (const line of body) {
    if (line.pageStart) {
      flush();
      state.blocks.push({ kind: 'pageBreak', pos: line.pos });
    }
    if (!isTagLine(line.text)) chunk.push(line);
  }
  flush();
}

/** Footnotes typed after `</TABLE>` (after blanks, maybe a short dash rule) become the table's notes. */
function takeNotes(state: BlockState, table: TableModel, end: number): void {
  let i = nextNonBlank(state, state.line, end);
  if (i < end && isRuleLine(state.trimmed[i] ?? '') && (state.trimmed[i] ?? '').length <= 40 && !state.lines[i]?.pageStart) {
    i = nextNonBlank(state, i + 1, end);
  }
  if (i >= end || !NOTE_START.test(state.trimmed[i] ?? '') || state.lines[i]?.pageStart) return;
  const run: { text: string; pos: SourcePosition }[] = [];
  let j = i;
  let last = i;
  while (j < end) {
    const line = state.lines[j]!;
    if (line.pageStart && j !== i) break;
    if (line.blank) {
      const k = nextNonBlank(state, j, end);
      // After a blank line only a new marker continues the notes; "     We may amend..." is a new paragraph.
      if (k >= end || state.lines[k]?.pageStart || !NOTE_START.test(state.trimmed[k] ?? '')) break;
      j = k;
      continue;
    }
    if (opensTag(line.text)) break;
    run.push({ text: line.text, pos: line.pos });
    last = j;
    j++;
  }
  const notes = parseTableNotes(run);
  if (!notes) return;
  table.notes.push(...notes);
  state.line = last + 1;
}

/**
 * A table reopened on the next page with the same header continues the previous table block.
 * Footnotes typed at the foot of the first page (" *Notes appear on pages 65-66.") are that
 * table's notes, so they move into the merged table, each distinct note once.
 */
function mergeIntoPrevious(state: BlockState, table: TableModel, pos: SourcePosition, pageBreaks: SourcePosition[]): boolean {
  const blocks = state.blocks;
  const breakBlock = blocks[blocks.length - 1];
  if (breakBlock?.kind !== 'pageBreak' || breakBlock.pos.line !== pos.line) return false;
  let k = blocks.length - 2;
  while (k >= 0 && blocks[k]?.kind === 'footnoteDefinition') k--;
  const prev = blocks[k];
  if (prev?.kind !== 'table') return false;
  const footnotes = blocks.slice(k + 1, blocks.length - 1).flatMap((b) => (b.kind === 'footnoteDefinition' ? [{ marker: b.label, text: b.text, pos: b.pos }] : []));
  const first = { ...prev.table, notes: distinctNotes([...prev.table.notes, ...footnotes]) };
  const merged = mergeContinuedTable(first, table);
  if (!merged) return false;
  state.furniture.push({ text: [table.caption ?? '', ...table.header.map((c) => c.text)].join(' '), line: pos.line, why: 'repeated table head' });
  blocks.splice(k, blocks.length - k, { ...prev, table: { ...merged, notes: distinctNotes(merged.notes) }, pageBreaks: [...prev.pageBreaks, breakBlock.pos, ...pageBreaks] });
  return true;
}

/** Notes repeated on every page of a long table are kept once. */
function distinctNotes(notes: TableModel['notes']): TableModel['notes'] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.marker}\u0000${n.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
