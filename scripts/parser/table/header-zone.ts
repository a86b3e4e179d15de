import { lineTokens } from './columns.ts';
import type { TableLine, TableZones } from './table-lines.ts';
import { isValueText, isYearText, type Token } from './tokens.ts';

/** True when a token is a footnote marker hung on the word before it ("Offered (2)", "Offering (1),(2)"). */
function isHungNote(t: Token, prev: Token | undefined): boolean {
  return prev !== undefined && t.start - prev.end <= 1 && /^(?:\(\w{1,2}\),?)+$/.test(t.text) && !isValueText(prev.text);
}

/** True when a line after the marker line already belongs to the body: it carries a value, or only a row label. */
function startsBody(line: TableLine, firstMarker: number | null, stubMarker: number): boolean {
  const { tokens } = lineTokens(line.text);
  if (tokens.length === 0) return false;
  // A financial data schedule's rows are labelled by tags: "<PERIOD-TYPE>   YEAR".
  if ((tokens[0] as Token).start <= stubMarker && /^<[A-Z][A-Z0-9&-]*>$/.test((tokens[0] as Token).text)) return true;
  // A figure inside a phrase is words, not a value: "3 Months Ended", "PREFERRED STOCK - SERIES A".
  const apart = (other: Token | undefined, gap: number): boolean => other === undefined || gap >= 2 || isValueText(other.text);
  const standsApart = (i: number): boolean => {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return apart(prev, t.start - (prev?.end ?? 0)) && apart(next, (next?.start ?? 0) - t.end);
  };
  // A nil written as a word ("None", "N/A") is also a column's head word: only a figure or a dash starts the body.
  const hasValue = tokens.some(
    (t, i) => isValueText(t.text) && !/^[A-Za-z/]+$/.test(t.text) && !isYearText(t.text) && !isHungNote(t, tokens[i - 1]) && standsApart(i),
  );
  if (hasValue) return true;
  const last = tokens[tokens.length - 1] as Token;
  if (/:$/.test(last.text)) return true;
  return firstMarker !== null && last.end <= firstMarker;
}

/** Splits the lines after the marker into header lines (column headings printed after `<S>`) and body lines. */
function headerEnd(body: readonly TableLine[], firstMarker: number | null, stubMarker: number): number {
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as TableLine;
    if (line.kind === 'text' && startsBody(line, firstMarker, stubMarker)) {
      // Blank lines before the first row stay with the body.
      let h = i;
      while (h > 0 && body[h - 1]?.kind === 'blank') h--;
      return h;
    }
  }
  return 0;
}

/**
 * How many lines at the end of the caption zone are row labels, not headings: label-only lines
 * set off by a blank line or a rule ("Transactions Qualifying as Accounting Hedges", "Income Account-"),
 * or one the first row carries on in lower case.
 */
export function trailingRowLabels(header: readonly TableLine[], body: readonly TableLine[], valueStart: number): number {
  let i = header.length;
  let firstLabel = -1;
  while (i > 0) {
    const line = header[i - 1] as TableLine;
    if (line.kind === 'rule') break;
    if (line.kind === 'text') {
      const { tokens } = lineTokens(line.text);
      // One phrase at the stub's left margin, even if it runs on past the first column.
      if (tokens.length === 0 || (tokens[0] as Token).start > Math.min(2, valueStart - 1) || /\S {2,}\S/.test(line.text.trim())) break;
      firstLabel = i - 1;
    }
    i--;
  }
  if (firstLabel <= 0) return 0;
  const before = header[firstLabel - 1] as TableLine;
  if (before.kind !== 'text') return header.length - firstLabel;
  // Or the last heading line is a label the first row finishes: "Cash, cash equivalents, and short-term" / "  investments, net ...".
  const last = header[header.length - 1] as TableLine;
  const next = body.find((l) => l.kind !== 'blank');
  return last.kind === 'text' && next?.kind === 'text' && /^\s+[a-z]/.test(next.text) && !/:\s*$/.test(last.text) ? 1 : 0;
}

/**
 * The heading lines (caption zone, plus headings printed after the marker line, plus a rule on the
 * first row's line: "Results of Operations:   -----------") and the body lines of a table.
 */
export function splitHeading(zones: TableZones): { header: TableLine[]; body: TableLine[] } {
  const firstMarker = zones.markers?.columns[0] ?? null;
  const split = zones.markers === null ? headerEnd(zones.body, null, -1) : headerEnd(zones.body, firstMarker, zones.markers.stub ?? 0);
  const header = [...zones.caption, ...zones.body.slice(0, split)];
  const body = zones.body.slice(split);
  const firstRow = body.find((l) => l.kind !== 'blank');
  const underline = firstRow?.kind === 'text' ? lineTokens(firstRow.text).rules : [];
  if (firstRow !== undefined && underline.length > 0) {
    let text = '';
    for (const r of underline) text = text.padEnd(r.start) + r.text;
    header.push({ text, pos: firstRow.pos, kind: 'rule' });
  }
  return { header, body };
}
