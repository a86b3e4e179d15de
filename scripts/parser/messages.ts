import type { SourcePosition } from './types.ts';

/**
 * A positioned message about a call the parser had to make: a table kept preformatted, a stray
 * envelope tag ignored, a note no cell cites. Every stage collects these instead of staying silent;
 * `npm run parse` prints them on stderr, `npm run build` and `npm run corpus` print them too.
 */
export interface ParseMessage {
  /** The stage or rule that made the call ("envelope", "table", "untagged-table", "contents", ...). */
  rule: string;
  /** What was assumed or kept, in one sentence without the position. */
  reason: string;
  /** 1-based line in the submission file. */
  line: number;
  /** The printed page the line is on, where one is printed. */
  page: string | null;
  /** The slug of the section the line ended up in, once sections are known. */
  section?: string;
}

/** A message at a source position. */
export function parseMessage(rule: string, reason: string, pos: Pick<SourcePosition, 'line'> & Partial<Pick<SourcePosition, 'printedPage'>>): ParseMessage {
  return { rule, reason, line: pos.line, page: pos.printedPage ?? null };
}

/** `file:line: reason (rule, p. 4, section)`: one line, as compilers print a diagnostic. */
export function formatMessage(file: string, m: ParseMessage): string {
  const where = [m.rule, m.page === null ? '' : `p. ${m.page}`, m.section ?? ''].filter(Boolean).join(', ');
  return `${file}:${m.line}: ${m.reason} (${where})`;
}

/** Messages in source order (stable for equal lines), so a report reads top to bottom. */
export function sortMessages(messages: readonly ParseMessage[]): ParseMessage[] {
  return [...messages].sort((a, b) => a.line - b.line);
}

/** Message counts per rule, for a report's one-line summary ("table 3, envelope 1"). */
export function countByRule(messages: readonly ParseMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}
