import type { Line } from '../types.ts';
import { joinLines, type WrappedLine } from './join-lines.ts';
import { bulletMarker, endsSentence, isAllCaps, isRuleLine, isTagLine, isTitleCase, opensTag } from './line-tests.ts';
import { runsIntoText } from './heading-lines.ts';
import { interrupts, nextNonBlank, type BlockState } from './state.ts';

/** A run-in heading: a short Title Case (or capitals) phrase ending in "." and two spaces, "Principal Products.  The...", maybe after a clause's label ("Section 1.2:      Other Offices.  One or ..."; justified text may double a space between its words: "Sales  Data.  The..."). */
const RUN_IN = /^((?:(?:\d{1,2}\.|\([a-z0-9]{1,3}\)|(?:Section|SECTION)\s+\d+[A-Z]?(?:\.\d+)*[.:]?) +)?(?:[A-Z][A-Za-z'&-]*)(?: {1,2}(?:[A-Z][A-Za-z'&-]*|of|and|the|for|in|on|to|a|an|or|with))*\.) {2,}(?=["(A-Z])/;
/** A run-in heading in capitals set off by a dash: "ORGANIZATION - Junglee Corp. was incorporated...", "SHORT-TERM INVESTMENTS - The Company's...". */
const CAPS_RUN_IN = /^([A-Z][A-Z0-9'&,()/ -]{1,58}[A-Z)]) (?=--? \S)/;
/** A short phrase closed by a colon, alone on a paragraph's first line. */
const LINE_LEAD = /^[A-Z][^:]{2,60}:$/;
/** Abbreviations that end in "." without ending a phrase: "Mr.  Smith" is no heading. */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Inc|Co|Corp|Ltd|No|St|Jr|Sr|U\.S|Messrs)\.$/;

/**
 * The fallback: running text. A blank line or a first-line indent after a full line starts a new
 * paragraph; lines join with single spaces. A paragraph cut by a page break ("...you will not be"
 * / page 3 / "able to recover...") continues, recording where the new page starts in the text.
 */
export function paragraph(state: BlockState, start: number, end: number, silent: boolean): boolean {
  const first = state.lines[start];
  if (!first || first.blank || isTagLine(first.text)) return false;
  if (silent) return true;
  const parts: WrappedLine[] = [{ text: first.text, pos: first.pos, pageBreak: false }];
  let prev: Line = first;
  let i = start + 1;
  let underlinedLead: string | null = null;
  while (i < end) {
    const line = state.lines[i]!;
    if (line.blank || line.pageStart) {
      const k = nextNonBlank(state, i, end);
      const next = state.lines[k];
      if (!next || k >= end || !continuesAcross(state, prev, k)) break;
      parts.push({ text: next.text, pos: next.pos, pageBreak: next.pageStart });
      prev = next;
      i = k + 1;
      continue;
    }
    const underlined = i === start + 1 ? underlinedWords(first, line, state.lines[i + 1]) : null;
    if (underlined !== null) {
      underlinedLead = underlined;
      i++;
      continue;
    }
    if (underlinesMidSentence(prev, line, state.lines[i + 1])) {
      i++;
      continue;
    }
    if (opensTag(line.text) || isRuleLine(line.text)) break;
    if (startsNewParagraph(state, prev, line)) break;
    parts.push({ text: line.text, pos: line.pos, pageBreak: false });
    prev = line;
    i++;
  }
  state.line = i;
  const { text, pageBreaks } = joinLines(parts, state.vocabulary);
  const lead = leadInOf(state, start, text, underlinedLead);
  if (lead !== null) {
    const cut = lead.length + 1;
    state.blocks.push({ kind: 'paragraph', leadIn: lead, text: text.slice(cut), pos: first.pos, pageBreaks: pageBreaks.map((b) => ({ ...b, offset: Math.max(0, b.offset - cut) })) });
    return true;
  }
  state.blocks.push({ kind: 'paragraph', text, pos: first.pos, pageBreaks });
  return true;
}

/**
 * The words that lead a paragraph's text in bold, each form tried in turn; null when none does.
 * The lead is always the text's start, followed by a space.
 */
function leadInOf(state: BlockState, start: number, text: string, underlined: string | null): string | null {
  const first = state.lines[start]!;
  const leads = (words: string): boolean => text.startsWith(`${words} `);
  // A head on a line of its own closed by a colon leads the text under it: "Phase I - Inventory and Risk Assessment:" / "This Phase requires ...".
  const ownLine = first.text.trim();
  const own = ownLine.replace(/\s+/g, ' ');
  if (LINE_LEAD.test(ownLine) && isTitleCase(ownLine.slice(0, -1)) && !state.lines[start + 1]?.blank && runsIntoText(state, start, start + 1) && leads(own)) return own;
  // Numbered clauses keep their number in the lead-in: "1. RESIGNATION.", "(c) GENERAL.".
  const runIn = RUN_IN.exec(ownLine)?.[1]?.replace(/\s+/g, ' ');
  if (runIn && isRunIn(runIn) && leads(runIn)) return runIn;
  // The underlined words lead the text, as printed: "**Mobile Source Emissions Control** -- U.S. Requirements. The Federal ...".
  if (underlined !== null && leads(underlined)) return underlined;
  // The dash stays with the text, as printed: "**ORGANIZATION** - Junglee Corp. was...".
  const capsLead = CAPS_RUN_IN.exec(text)?.[1];
  if (capsLead && isAllCaps(capsLead) && /[A-Z]{3}/.test(capsLead)) return capsLead;
  return null;
}

/** How far an underline's start may miss its words' start: a typist's dash more or less. */
const UNDERLINE_SLACK = 2;

/**
 * The words a rule straight under a paragraph's first line underlines, when it underlines only
 * the opening words of that line and the text goes on below it: "     Sales  Data.  The following
 * table shows ..." over "     -----------", "     Mobile Source Emissions Control -- U.S.
 * Requirements. The Federal ..." over "     -------------------------------". Null for any other rule.
 */
function underlinedWords(first: Line, line: Line, next: Line | undefined): string | null {
  const rule = line.text.trim();
  if (!isRuleLine(rule) || /\s/.test(rule) || !next || next.blank || next.pageStart || isRuleLine(next.text)) return null;
  if (Math.abs(line.indent - first.indent) > UNDERLINE_SLACK) return null;
  const text = first.text.trimEnd();
  let stop = line.indent + rule.length;
  // A dash short of the word's end still underlines the word; a period closing it goes with it.
  while (stop < text.length && /[A-Za-z'.]/.test(text[stop]!)) stop++;
  const words = text.slice(first.indent, stop).trim();
  if (stop >= text.length || words === '' || !isTitleCase(words.replace(/\.$/, ''))) return null;
  return words.replace(/\s+/g, ' ');
}

/**
 * A rule under words inside a sentence that goes on below it underlines them (a name set in
 * italics): "...is still in the early stages of litigation and" over "--------" under "Phillips",
 * then "there have been no ...". It neither ends the paragraph nor is text.
 */
function underlinesMidSentence(prev: Line, line: Line, next: Line | undefined): boolean {
  const rule = line.text.trim();
  if (!isRuleLine(rule) || /\s/.test(rule) || !next || next.blank || next.pageStart) return false;
  const above = prev.text.trimEnd();
  if (line.indent < prev.indent || line.indent + rule.length > above.length + UNDERLINE_SLACK) return false;
  return !endsSentence(above) && /^[a-z]/.test(next.text.trim());
}

/** A lead-in is a short phrase, not an abbreviation or a name ending in an initial ("Neil J."). */
function isRunIn(lead: string): boolean {
  const words = lead.replace(/^(?:\d{1,2}\.|\([a-z0-9]{1,3}\)) /, '').split(' ');
  const last = words[words.length - 1] ?? '';
  if (lead.length > 60 || words.length > 8 || ABBREVIATION.test(last) || /^[A-Z]\.$/.test(last)) return false;
  return words.join('').replace(/[^A-Za-z]/g, '').length >= 3;
}

/** A first-line indent after a line that ended its paragraph starts a new one; so does a bullet after a sentence. */
function startsNewParagraph(state: BlockState, prev: Line, line: Line): boolean {
  const prevText = prev.text.trim();
  const short = prev.indent + prevText.length < state.width - 12;
  if (line.indent >= prev.indent + 3 && (endsSentence(prevText) || short)) return true;
  if (bulletMarker(line.text) && /[.:;]$/.test(prevText)) return true;
  return false;
}

/**
 * Whether running text carries on past blank lines to line `k`: across a page break when the text
 * so far stops mid-sentence, or within a page when a word was cut at a hyphen ("free-" / "standing").
 */
function continuesAcross(state: BlockState, prev: Line, k: number): boolean {
  const next = state.lines[k]!;
  const prevText = prev.text.trim();
  const nextText = next.text.trim();
  if (opensTag(nextText) || isRuleLine(nextText) || bulletMarker(next.text)) return false;
  if (!next.pageStart) return /[A-Za-z]-$/.test(prevText) && !/--$/.test(prevText) && /^[a-z]/.test(nextText);
  if (endsSentence(prevText)) return false;
  if (/^[a-z]/.test(nextText)) return true;
  // "...since last report): Not Applicable" / page 2 / "Item 7. Financial Statements and Exhibits.": a heading starts the new page.
  if (interrupts(state, k, state.lines.length)) return false;
  // "Change in" / page 7 / "Control.  In either case...": a capitalised word may carry on, unless it looks like a heading.
  return next.indent <= 2 && !(isAllCaps(nextText) && nextText.length < 60) && /[A-Za-z,]$/.test(prevText);
}
