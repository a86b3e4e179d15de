import { isAllCaps } from './line-tests.ts';
import { opensTag, type BlockState } from './state.ts';

/** Signature and check-box lines: "By: /s/ ...", "Name:", "Title:", "[X]", "/X/", "Yes _X_". */
const KEEP_LINES = /^(?:By:|Name:|Title:|Its:|\/s\/|\[[ xX]\]|\/[ xX]\/|_X_|Yes\s+_)/;

/** A clause's label opening a line: "Section 1.2:", "SECTION 4.", "Article II.". */
const CLAUSE_LABEL = /^((?:Section|SECTION|Article|ARTICLE)\s+(?:\d+[A-Z]?|[IVX]+)(?:\.\d+)*[.:]?)\s+/;

/** A line that ends a sentence ("...by reference."), as opposed to a name or address ("Acme Widgets, Inc."). */
function endsLikeSentence(text: string): boolean {
  return /[a-z]{4,}[.:;]$/.test(text);
}

/**
 * Lines that keep their breaks: addresses and other stacks of short indented lines ("Level 3
 * Communications, Inc." / "1025 Eldorado Blvd." / "Broomfield, CO 80021"), signature blocks,
 * check-box lines, and layout with column gaps that no table rule took.
 */
export function lineBlock(state: BlockState, start: number, end: number, silent: boolean): boolean {
  let last = start;
  while (last + 1 < end && !state.lines[last + 1]!.blank && !state.lines[last + 1]!.pageStart && !opensTag(state.lines[last + 1]!.text)) last++;
  const lines = state.lines.slice(start, last + 1);
  const texts = state.trimmed.slice(start, last + 1);
  if (lines.length === 0 || lines[0]!.blank) return false;

  // A signature may sit right of a date: "Dated:  November 28, 1995          By: /s/ Larry R. Carter".
  const signature = texts.some((t) => KEEP_LINES.test(t) || /\S\s{4,}(?:By:|\/s\/)/.test(t));
  // Justified prose pads with up to three spaces ("(age 53).   Mr."); layout columns leave wider gaps.
  // The space a typist leaves after a clause's label is no column: "Section 1.2:      Other Offices.  One or more ...".
  const gapped = texts.filter((t) => /\S\s{4,}\S/.test(t.replace(CLAUSE_LABEL, '$1 '))).length;
  // Three columns on one line ("1-3164      Alabama Power Company      63-0004250") make the whole group layout.
  // So does a stub with leaders before a figure: "John Q. Smith Revocable Living Trust(2)..   3,935,309".
  const columns = texts.some((t) => /\S\s{4,}\S.*\S\s{4,}\S/.test(t) || /\.{2,}\s*\$?\s*\(?\d[\d,.]*\)?%?(?:\s|$)/.test(t));
  const layout = (lines.length >= 2 && gapped * 2 >= lines.length) || columns;
  const short = lines.length >= 2 && lines.every((l, k) => (texts[k]?.length ?? 0) <= 50 && l.indent + (texts[k]?.length ?? 0) < state.width * 0.8);
  // Wrapped prose runs a sentence across lines: a line ends in a word and the next goes on in lower case.
  const prose = texts.some((t, k) => k + 1 < texts.length && /[a-z,]$/.test(t) && /^[a-z]/.test(texts[k + 1] ?? ''));
  // Flush short lines are an address only when three or more of them carry no sentence: "Dr. Gilbert F. Amelio" / "1 Infinite Loop" / ...
  const flushAddress = lines.length >= 3 && texts.every((t) => t.length <= 45 && (!/[.;:]$/.test(t) || /\b[A-Z][a-z]{0,3}\.$/.test(t)));
  // Names stacked in capitals, one a line, however far right: "ALABAMA POWER COMPANY" / "GEORGIA POWER COMPANY" / ...
  const capsStack = lines.length >= 3 && texts.every((t) => t.length <= 50 && isAllCaps(t) && !/[;:]$/.test(t));
  // A cover line over its bracketed label keeps its break: "Acme Widgets, Inc." / "(Exact name of registrant as specified in its charter)".
  const labelled = lines.length === 2 && /^\(.*\)$/.test(texts[1] ?? '') && !/^\(/.test(texts[0] ?? '') && (texts[0]?.length ?? 0) <= 60 && !endsLikeSentence(texts[0] ?? '');
  if (!signature && !layout && !capsStack && !labelled && !(short && !prose && (lines.every((l) => l.indent >= 1) || flushAddress))) return false;
  if (silent) return true;
  const margin = Math.min(...lines.map((l) => l.indent));
  state.blocks.push({ kind: 'lineBlock', lines: lines.map((l) => l.text.slice(margin).trimEnd()), pos: lines[0]!.pos });
  state.line = last + 1;
  return true;
}
