import { parseMessage } from '../messages.ts';
import { noteStart, splitLegend } from '../note-markers.ts';
import { readTable } from '../tables.ts';
import type { Block, SourcePosition, TableModel } from '../types.ts';
import { headingStyle } from './heading-style.ts';
import { isTitleCase } from './line-tests.ts';
import { noteDefinitions, readNoteRun, trailingNoteRun, type NoteRun } from './note-run.ts';
import { isRuleLine, isTagLine, opensTag, type BlockState, type HeadingStyle } from './state.ts';
import { gapEntry, isPageHeader, leaderEntry, tocEntries } from './toc-entries.ts';

const OPEN = /^<TABLE>/i;
const CLOSE = /^<\/TABLE>/i;

/**
 * `<TABLE>` ... `</TABLE>`: a printed contents becomes a `toc` block, anything else goes to the
 * tables stage (`preformatted` when it declines). Footnotes typed after `</TABLE>` are read by the
 * `table-notes` rule and given to the table by the `attach-notes` post-pass; a table reopened on the
 * next page is joined to the previous one by the `merge-continued-tables` post-pass.
 */
export function tableBlock(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const first = state.trimmed[start] ?? '';
  if (!OPEN.test(first)) return false;
  let close = start + 1;
  while (close < end && !CLOSE.test(state.trimmed[close] ?? '') && !OPEN.test(state.trimmed[close] ?? '')) close++;
  // A `<TABLE>` never closed (or reopened before it closes) still holds a table: it ends where its lines do.
  const unclosed = close >= end || !CLOSE.test(state.trimmed[close] ?? '');
  if (unclosed) close = unclosedEnd(state, start, close);
  if (silent) return true;
  if (unclosed) state.messages.push(parseMessage('table', `<TABLE> is never closed; the table is taken to end at line ${state.lines[close - 1]?.pos.line ?? '?'}`, state.lines[start]!.pos));

  const body: { text: string; pos: SourcePosition; pageStart: boolean }[] = [];
  // "<TABLE>                 Accu-" (a heading typed on the tag line): the tag line is passed whole, the tables stage blanks the
  // tag in place so the heading text after it keeps its column.
  const opening = state.lines[start]?.text ?? '';
  if (opening.replace(/<TABLE>/i, '').trim() !== '') body.push({ text: opening, pos: state.lines[start]!.pos, pageStart: false });
  // Notes typed inside the tags under the last row are the table's notes, not its rows.
  const inside = trailingNoteRun(state, start + 1, close) ?? trailingLegend(state, start + 1, close);
  for (let i = start + 1; i < (inside?.rule ?? close); i++) {
    const line = state.lines[i]!;
    body.push({ text: line.text, pos: line.pos, pageStart: line.pageStart });
  }
  const title = captionHeading(state, body);
  const pageBreaks = rangeOf(start + 1, unclosed ? close : close + 1)
    .filter((i) => state.lines[i]?.pageStart)
    .map((i) => state.lines[i]!.pos);
  const pos = state.lines[start]!.pos;
  state.line = unclosed ? close : close + 1;

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
  const notes = inside ? noteDefinitions(state, inside.run) : [];
  if (!table) {
    // The decline reason goes to the build report, so a preformatted table is counted and explained.
    state.messages.push(parseMessage('table', `table kept preformatted: ${reason || 'not understood'}`, pos));
    pushPreformatted(state, body, 'table not understood');
    state.blocks.push(...notes);
    return true;
  }
  state.blocks.push({ kind: 'table', table, pos, pageBreaks });
  // The attach-notes post-pass gives them to the table.
  state.blocks.push(...notes);
  return true;
}

/**
 * A legend typed as the table's last line, with no rule over it ("(C): Cash; (N): Noncash." under the
 * totals): two or more markers explained on one line are notes, never a row. Null when the last line is no legend.
 */
function trailingLegend(state: BlockState, from: number, to: number): { rule: number; run: NoteRun } | null {
  let last = to - 1;
  while (last >= from && (state.trimmed[last] ?? '') === '') last--;
  const line = state.lines[last]?.text ?? '';
  const m = last >= from ? noteStart(line) : null;
  if (m === null || splitLegend(m.label, line.slice(m.length)).length < 2) return null;
  const run = readNoteRun(state, last, to);
  return run === null ? null : { rule: last, run };
}

// Two blank lines after a table's lines end an unclosed one: the text after it is the document again.
const UNCLOSED_BLANK_RUN = 2;

/** Where a `<TABLE>` without its `</TABLE>` ends (exclusive): at `limit`, or at the first run of blank lines after its first body line. */
function unclosedEnd(state: BlockState, start: number, limit: number): number {
  let seen = false;
  let blanks = 0;
  for (let i = start + 1; i < limit; i++) {
    const line = state.lines[i]!;
    if (line.blank) {
      if (seen && ++blanks >= UNCLOSED_BLANK_RUN) return i - blanks + 1;
      continue;
    }
    blanks = 0;
    if (!isTagLine(line.text)) seen = true;
  }
  return limit;
}

/**
 * A note's title typed as the table's first caption line, flush left and followed by a blank line
 * (e.g. "<CAPTION>" / "Income Taxes" / "" / "The provision for income taxes consists of the
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

/** Whether a line ends in "page" or "pages" (before trailing spaces): what the "Page" column-head tests below need before their expressions run. */
function endsInPage(text: string): boolean {
  return /pages?$/i.test(text.trimEnd().slice(-5));
}

/** A tagged table that is really a contents page: dotted leaders ending in page numbers, or a "Page" header over entries. */
function asContents(body: readonly { text: string }[]): ReturnType<typeof tocEntries> | null {
  const content = body.map((b) => b.text).filter((t) => t.trim() !== '' && !isTagLine(t) && !isRuleLine(t));
  const textLines = content.map((t) => t.replace(/<\/?(?:TABLE|CAPTION|S|C|FN)>/gi, ' ')).filter((t) => t.trim() !== '');
  if (textLines.length < 2) return null;
  const leaders = textLines.filter((t) => leaderEntry(t)).length;
  const header = textLines.some((t) => isPageHeader(t) || (endsInPage(t) && /\s{3,}pages?\s*$/i.test(t.trim())));
  const lines = textLines
    .map((t) => (endsInPage(t) ? { text: t.replace(/\s{3,}pages?\s*$/i, ''), title: /\S\s{3,}pages?\s*$/i.test(t) } : { text: t, title: false }))
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

