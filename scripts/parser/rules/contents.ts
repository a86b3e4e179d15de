import { nextNonBlank, opensTag, type BlockState } from './state.ts';
import { gapEntry, isPageHeader, leaderEntry, tocEntries } from './toc-entries.ts';

/**
 * A table of contents typed without `<TABLE>` tags, as on a prospectus's back cover:
 * "     Use of Proceeds...............................................A-10", with wrapped titles
 * ("Incorporation of Certain Documents" / "by Reference.....A-3") and a "Page" header.
 */
export function contents(state: BlockState, start: number, end: number, silent: boolean): boolean {
  // Under a lone "Page" header the entries may go without leaders: "Item 1.  Financial Statements      3".
  const gaps = isPageHeader(state.trimmed[start] ?? '');
  const entryAt = (i: number) => {
    const t = state.trimmed[i] ?? '';
    return leaderEntry(t) ?? (gaps ? gapEntry(t) : null);
  };
  const opens = (i: number): boolean => {
    const t = state.trimmed[i] ?? '';
    return isPageHeader(t) || leaderEntry(t) !== null || (t !== '' && leaderEntry(state.trimmed[i + 1] ?? '') !== null && !state.lines[i + 1]?.blank);
  };
  if (!opens(start)) return false;
  let i = start;
  let last = start;
  let entries = 0;
  while (i < end) {
    const line = state.lines[i]!;
    if (i > start && line.pageStart) break;
    const t = state.trimmed[i] ?? '';
    if (line.blank) {
      i++;
      continue;
    }
    if (opensTag(t)) break;
    if (entryAt(i)) entries++;
    else if (!(isPageHeader(t) && i === start) && !(i + 1 < end && entryAt(i + 1) && !state.lines[i + 1]?.pageStart)) {
      // A wrapped title may take two lines before its leader line ("Management's Discussion and" / "Analysis of...").
      const two = state.trimmed[i + 2] ?? '';
      const wrapped = !state.lines[i + 1]?.blank && (leaderEntry(two) || (gaps && gapEntry(two))) && !state.lines[i + 1]?.pageStart && !state.lines[i + 2]?.pageStart;
      // Without leaders a group head stands over its entries after a blank line: "PART I.  FINANCIAL INFORMATION" / "" / "Item 1. ...".
      const next = nextNonBlank(state, i + 1, end);
      const group = gaps && t.length <= 70 && next - i <= 2 && next < end && entryAt(next) !== null && !state.lines.slice(i + 1, next + 1).some((l) => l.pageStart);
      if (!wrapped && !group) break;
    }
    last = i;
    i++;
  }
  if (entries < 3) return false;
  if (silent) return true;
  const lines = state.lines.slice(start, last + 1).map((l) => ({ text: l.text, indent: l.indent }));
  state.blocks.push({ kind: 'toc', entries: tocEntries(lines, gaps), pos: state.lines[start]!.pos });
  state.line = last + 1;
  return true;
}
