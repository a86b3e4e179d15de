import type { TableCell } from '../types.ts';
import { headerCell, joinFragments } from './cell-text.ts';
import type { ColumnExtent } from './columns.ts';
import { findGroupHeads } from './group-heads.ts';
import type { TableLine } from './table-lines.ts';
import { isRuleText } from './tokens.ts';

/** A run of words separated by single spaces on one header line. */
interface Phrase {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** The header as read: one cell per column (stub first) and the caption lines. */
export interface HeaderResult {
  cells: TableCell[];
  /** Caption parts in printed order: title lines, then the units line ("(In thousands)") on its own. */
  caption: string[];
  /** Each column's own label (without its spanner), and each spanner once: what the self-check counts. */
  own: TableCell[];
  spanners: string[];
}

// A wrapped title line ends near where the line under it ends; a shorter line is a title of its own.
const TITLE_WRAP_SLACK = 10;
// A word of a split head sits within a few columns of the column it heads.
const SPLIT_WORD_GAP = 3;
// Head lines within two lines of each other belong to one stack of heads.
const STACK_DISTANCE = 2;
// Three phrases right of the stub make a line of column heads, not a title with its units.
const HEAD_LINE_MIN = 3;

const UNITS = /^\(?\s*(?:[a-z ,:]*\b(?:in|dollars in|amounts in)\b)[^)]*\b(?:thousands|millions|billions)\b[^)]*\)?$/i;
// A units line in brackets that names what is counted: "(millions of units)", "(thousands of barrels)".
const BRACKETED_UNITS = /^\([^()]*\b(?:thousands|millions|billions)\b[^()]*\)$/i;

function overlap(a: ColumnExtent, b: ColumnExtent): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function gap(a: ColumnExtent, b: ColumnExtent): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** The column a header phrase belongs to: the nearest column extent, ties to the larger overlap, then to the right. */
function nearestColumn(p: ColumnExtent, extents: readonly ColumnExtent[]): number {
  let best = 0;
  for (let i = 1; i < extents.length; i++) {
    const e = extents[i] as ColumnExtent;
    const b = extents[best] as ColumnExtent;
    const dg = gap(p, e) - gap(p, b);
    if (dg < 0 || (dg === 0 && overlap(p, e) >= overlap(p, b))) best = i;
  }
  return best;
}

/**
 * Heads printed wide over a short stub: the stub has one head per line, the leftmost, so a phrase
 * nearest the stub with another before it on its line ("Category   September 26, 1997") is the first
 * column's, and so is one stacked straight over such a phrase ("Balance as of").
 */
function pastStubHeads(work: HeaderWork): Set<Phrase> {
  const { phrases, consumed, extents } = work;
  const past = new Set<Phrase>();
  if (extents.length < 2) return past;
  const free = phrases.filter((p) => !consumed.has(p) && !work.home.has(p));
  const lines = [...new Set(free.map((p) => p.line))].sort((a, b) => b - a);
  for (const line of lines) {
    const on = free.filter((p) => p.line === line);
    for (const p of on) {
      if (nearestColumn(p, extents) !== 0) continue;
      const leftmost = on.every((q) => q.start >= p.start);
      const under = free.filter((q) => q.line === line + 1 && overlap(p, q) > 0);
      if (!leftmost || (under.length === 1 && past.has(under[0] as Phrase))) past.add(p);
    }
  }
  return past;
}

/** Whether the value columns (every extent but the stub) run left to right without overlapping, as a layout finds them. */
function valueColumnsInOrder(extents: readonly ColumnExtent[]): boolean {
  return extents.every((e, i) => i === 0 || (e.start <= e.end && (i === 1 || extents[i - 1]!.end <= e.start)));
}

/**
 * The value columns a phrase overlaps, left to right. Columns in order are searched from the
 * first that ends right of the phrase's start (a wide table's every phrase against every column is quadratic).
 */
function valueColumnsUnder(p: ColumnExtent, extents: readonly ColumnExtent[], ordered: boolean): { e: ColumnExtent; i: number }[] {
  const over: { e: ColumnExtent; i: number }[] = [];
  let i = 1;
  if (ordered) {
    let hi = extents.length;
    while (i < hi) {
      const mid = (i + hi) >> 1;
      if (extents[mid]!.end > p.start) hi = mid;
      else i = mid + 1;
    }
  }
  for (; i < extents.length; i++) {
    const e = extents[i]!;
    if (ordered && e.start >= p.end) break;
    if (overlap(p, e) > 0) over.push({ e, i });
  }
  return over;
}

/** What the header steps share: the phrases read, the ones already placed, the spanners and caption parts found. */
interface HeaderWork {
  lines: readonly TableLine[];
  extents: readonly ColumnExtent[];
  phrases: Phrase[];
  consumed: Set<Phrase>;
  captioned: Set<Phrase>;
  spanners: { text: Phrase[]; columns: number[] }[];
  caption: string[];
  /** Heads placed by their order on a line that heads every value column ("1998   1997  Change   1998 ..."). */
  home: Map<Phrase, number>;
  /** Rules under the columns' own heads: the columns each one groups, for the spanner printed higher over them. */
  ruledGroups: { seg: ColumnExtent; columns: number[]; line: number }[];
}

/** Lays the header lines on the body's columns: fragments join top to bottom, dash rules under several columns make spanners. */
export function buildHeader(lines: readonly TableLine[], extents: readonly ColumnExtent[]): HeaderResult {
  const work: HeaderWork = { lines, extents, phrases: [], consumed: new Set(), captioned: new Set(), spanners: [], caption: [], home: new Map(), ruledGroups: [] };
  readPhrases(work);
  closeParentheses(work);
  takeUnitsLines(work);
  takeTitleLines(work);
  placeFullLines(work);
  takeGroupHeads(work);
  const fragments = placeFragments(work);
  return composeCells(work, fragments);
}

/** A rule under two or more columns makes the phrases above it (not yet claimed) their spanner. */
function underline(work: HeaderWork, seg: ColumnExtent, ruleLine: number): void {
  const { extents, lines, phrases, consumed } = work;
  const covered = extents
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => i > 0 && overlap(seg, e) * 2 >= Math.min(e.end - e.start, seg.end - seg.start))
    .map(({ i }) => i);
  // A rule that runs over the stub too is a box line around the heading, not a spanner's underline.
  if (covered.length < 2 || overlap(seg, extents[0] ?? { start: 0, end: 0 }) > 0) return;
  // The spanner is the run of text lines straight above the rule ("CONVERTIBLE" / "PREFERRED STOCK - SERIES A").
  let above: Phrase[] = [];
  for (let k = ruleLine - 1; k >= 0 && lines[k]?.kind === 'text'; k--) {
    const here = phrases.filter((p) => p.line === k && !consumed.has(p) && overlap(p, seg) > 0);
    if (here.length === 0) break;
    above.unshift(...here);
  }
  if (above.length === 0) return;
  above = takeStackedTitle(work, above);
  // A rule under two or more heads printed apart on one line ("1996    1995    1994" over one long
  // rule) underlines each of them: they are the columns' own heads, not one spanner over all.
  const lastLine = Math.max(...above.map((p) => p.line));
  const heads = above.filter((p) => p.line === lastLine);
  // So are as many heads as the rule covers columns, whatever their alignment ("Change" set left over "(12%)").
  if (heads.length >= 2 && (heads.length === covered.length || new Set(heads.map((p) => nearestColumn(p, extents))).size === heads.length)) {
    work.ruledGroups.push({ seg, columns: covered, line: ruleLine });
    return;
  }
  above.forEach((p) => consumed.add(p));
  work.spanners.push({ text: above, columns: covered });
}

/**
 * A title and its units stacked over a spanner ("Industry Sales" / "(millions of units)" / "Years Ended
 * December 31," over one rule): the lines down to the units line are the table's caption, not part of
 * the spanner. Returns the phrases left for the spanner.
 */
function takeStackedTitle(work: HeaderWork, above: Phrase[]): Phrase[] {
  const lineNumbers = [...new Set(above.map((p) => p.line))].sort((a, b) => a - b);
  const single = (line: number): Phrase | undefined => {
    const on = above.filter((p) => p.line === line);
    return on.length === 1 ? on[0] : undefined;
  };
  const unitsAt = lineNumbers.findIndex((n) => {
    const p = single(n);
    return p !== undefined && (UNITS.test(p.text) || BRACKETED_UNITS.test(p.text));
  });
  // The units line must have the spanner under it, and every line down to it must be one phrase.
  if (unitsAt < 0 || unitsAt === lineNumbers.length - 1) return above;
  const top = lineNumbers.slice(0, unitsAt + 1).map(single);
  if (top.some((p) => p === undefined)) return above;
  const title = top.slice(0, -1) as Phrase[];
  const units = top[unitsAt] as Phrase;
  for (const p of [...title, units]) {
    work.consumed.add(p);
    work.captioned.add(p);
  }
  if (title.length > 0) work.caption.push(joinFragments(title.map((p) => p.text)));
  work.caption.push(units.text);
  return above.filter((p) => !work.consumed.has(p));
}

/** Step 1: the phrases of each header line; rule fragments ("-----") underline the phrases above them. */
function readPhrases(work: HeaderWork): void {
  work.lines.forEach((line, lineIndex) => {
    if (line.kind === 'blank') return;
    for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) {
      const start = m.index;
      const words = m[0].split(' ');
      if (words.every((w) => isRuleText(w) || w === '-')) {
        // Each dash run is its own underline ("----    ---- ------" underlines three columns apart).
        for (const r of m[0].matchAll(/\S{2,}/g)) underline(work, { start: start + r.index, end: start + r.index + r[0].length }, lineIndex);
        continue;
      }
      work.phrases.push({ text: m[0], start, end: start + m[0].length, line: lineIndex });
    }
  });
}

/** Step 2: a parenthesis left open at a line end closes on the next line: "(IN MILLIONS, EXCEPT PER SHARE" / "AMOUNTS)". */
function closeParentheses(work: HeaderWork): void {
  const { phrases, consumed } = work;
  for (let i = 0; i < phrases.length; i++) {
    const p = phrases[i] as Phrase;
    if (consumed.has(p) || (p.text.match(/\(/g) ?? []).length <= (p.text.match(/\)/g) ?? []).length) continue;
    const rest = phrases.find((q) => q.line > p.line && !consumed.has(q) && overlap(p, q) > 0);
    if (rest === undefined || !/\)$/.test(rest.text) || rest.text.includes('(')) continue;
    consumed.add(rest);
    phrases[i] = { text: `${p.text} ${rest.text}`, start: Math.min(p.start, rest.start), end: Math.max(p.end, rest.end), line: p.line };
  }
}

/** Step 3: units lines ("(In thousands)") are the caption wherever they sit. */
function takeUnitsLines(work: HeaderWork): void {
  const { phrases, consumed, captioned, extents } = work;
  // Except two or more on one line right of the stub: each is the unit of the column it sits over
  // ("(IN THOUSANDS)" under each "SHARES", none under "AMOUNT").
  const stubRight = extents[0]?.end ?? 0;
  // So is one printed in a line of column heads, over one column ("Number   (In Thousands)   Amount").
  const onLine = (p: Phrase): Phrase[] => phrases.filter((q) => q.line === p.line && q.start >= stubRight);
  const overOne = (p: Phrase): boolean => extents.filter((e, i) => i > 0 && overlap(p, e) > 0).length === 1;
  const perColumn = (p: Phrase): boolean =>
    p.start >= stubRight &&
    (onLine(p).filter((q) => UNITS.test(q.text)).length >= 2 || (onLine(p).length >= HEAD_LINE_MIN && overOne(p)));
  for (const p of phrases) {
    if (!consumed.has(p) && UNITS.test(p.text) && !perColumn(p)) {
      consumed.add(p);
      captioned.add(p);
      work.caption.unshift(p.text);
    }
  }
}

/**
 * Step 4: title lines, single phrases at the top starting over the stub that run across columns,
 * end in ":" or stand apart with a blank line under them ("Inventories consist of the following:").
 */
function takeTitleLines(work: HeaderWork): void {
  const { phrases, consumed, captioned, extents, lines } = work;
  const valueStart = extents[1]?.start ?? Infinity;
  const free = phrases.filter((p) => !consumed.has(p));
  const lineNumbers = [...new Set(free.map((p) => p.line))].sort((a, b) => a - b);
  const titles: Phrase[] = [];
  for (const n of lineNumbers) {
    const on = free.filter((p) => p.line === n);
    const only = on[0];
    if (on.length !== 1 || only === undefined || only.start >= valueStart) break;
    titles.push(only);
  }
  const isTitle = (p: Phrase): boolean =>
    extents.filter((e) => overlap(p, e) > 0).length >= 2 || /:$/.test(p.text) || lines[p.line + 1]?.kind === 'blank';
  const lastTitle = titles.map(isTitle).lastIndexOf(true);
  const titleText = titles.slice(0, lastTitle + 1);
  titleText.forEach((p) => {
    consumed.add(p);
    captioned.add(p);
  });
  // A title wrapped over lines straight under each other is one caption part; a blank line, a line
  // ending in ":" or a short title line starts the next ("Inventories" / "Inventories consist of the following:").
  const titleParts: string[] = [];
  titleText.forEach((p, k) => {
    const prev = titleText[k - 1];
    const wraps = prev !== undefined && p.line === prev.line + 1 && !/[:.]$/.test(prev.text) && prev.end >= p.end - TITLE_WRAP_SLACK;
    if (wraps) titleParts[titleParts.length - 1] += ` ${p.text}`;
    else titleParts.push(p.text);
  });
  work.caption.unshift(...titleParts);
}

/**
 * Step 5: a line printing one head apart for every value column, in order ("1998   1997  Change   1998
 * 1997  Change" over six columns), heads them one to one: a head set left over right-aligned figures
 * ("Change" over "(12%)") overlaps the column before it more than its own.
 */
function placeFullLines(work: HeaderWork): void {
  const { phrases, consumed, extents } = work;
  const n = extents.length - 1;
  const valueStart = extents[1]?.start ?? Infinity;
  if (n < 2) return;
  for (const line of new Set(phrases.map((p) => p.line))) {
    const on = phrases.filter((p) => p.line === line && !consumed.has(p) && p.start >= valueStart - SPLIT_WORD_GAP);
    if (on.length !== n) continue;
    // Each head overlaps or nearly touches the column it is given.
    if (!on.every((p, k) => gap(p, extents[k + 1] as ColumnExtent) <= SPLIT_WORD_GAP)) continue;
    on.forEach((p, k) => work.home.set(p, k + 1));
  }
}

// A group head sits inside the rule that groups its columns, give or take a gutter's width.
const RULED_GROUP_SLACK = 2;

/**
 * Step 6: group headings with no rule under them span their columns ("Common Stock" over "Shares" and
 * "Amount"); one printed inside a rule drawn under its columns' own heads spans every column that rule
 * groups ("Second Quarter" over "1998   1997  Change" and a rule under all three).
 */
function takeGroupHeads(work: HeaderWork): void {
  for (const head of findGroupHeads(work.phrases.filter((p) => !work.consumed.has(p)), work.extents, work.home)) {
    for (const p of head.stack) work.consumed.add(p as Phrase);
    const start = Math.min(...head.stack.map((p) => p.start));
    const end = Math.max(...head.stack.map((p) => p.end));
    const group = work.ruledGroups.find(
      (g) =>
        g.line > Math.max(...head.stack.map((p) => p.line)) &&
        g.columns.length > head.columns.length &&
        head.columns.every((c) => g.columns.includes(c)) &&
        start >= g.seg.start - RULED_GROUP_SLACK &&
        end <= g.seg.end + RULED_GROUP_SLACK,
    );
    work.spanners.push({ text: head.stack as Phrase[], columns: group?.columns ?? head.columns });
  }
}

/** Step 7: every phrase left goes to the column it sits over; one over two columns may be two heads printed a space apart. */
function placeFragments(work: HeaderWork): { text: string; line: number }[][] {
  const { phrases, consumed, captioned, extents } = work;
  const fragments: { text: string; line: number }[][] = extents.map(() => []);
  const ordered = valueColumnsInOrder(extents);
  const past = pastStubHeads(work);
  // The stub made unreachable, for heads that are not its own.
  const valueExtents = extents.map((e, k) => (k === 0 ? { start: -Infinity, end: -Infinity } : e));
  for (const p of phrases) {
    if (consumed.has(p)) continue;
    const home = work.home.get(p);
    if (home !== undefined) {
      fragments[home]?.push({ text: p.text, line: p.line });
      continue;
    }
    const over = valueColumnsUnder(p, extents, ordered);
    if (over.length < 2) {
      const column = past.has(p) ? nearestColumn(p, valueExtents) : nearestColumn(p, extents);
      fragments[column]?.push({ text: p.text, line: p.line });
      continue;
    }
    // A phrase over two columns may be two labels printed one space apart ("Receivable Total");
    // otherwise ("APB 11 Method") it goes where it overlaps most.
    const words = [...p.text.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: p.start + w.index, end: p.start + w.index + w[0].length }));
    // Evidence for a split: each part sits over its column, with another heading line's phrase above or below it.
    // A word starting where a head on the line above or below starts, placed by its order, heads that
    // head's column ("In Instr. v" under "As Defined", typed one space after "Sole").
    const alignedHome = (w: ColumnExtent): number | undefined => {
      const q = phrases.find((q) => q !== p && Math.abs(q.line - p.line) === 1 && q.start === w.start && work.home.has(q));
      return q === undefined ? undefined : work.home.get(q);
    };
    const homes = words.map((w) => {
      const aligned = alignedHome(w);
      if (aligned !== undefined) return aligned;
      const i = nearestColumn(w, extents);
      return i > 0 && gap(w, extents[i] as ColumnExtent) <= SPLIT_WORD_GAP ? i : -1;
    });
    // Words after an aligned one go with it, never back to the column before.
    for (let i = 1; i < homes.length; i++) if ((homes[i] as number) < (homes[i - 1] as number)) homes[i] = homes[i - 1] as number;
    const stacked = (w: ColumnExtent): boolean =>
      phrases.some((q) => q !== p && !captioned.has(q) && Math.abs(q.line - p.line) <= STACK_DISTANCE && overlap(q, w) > 0);
    // A number stays with the word before it: "APB 11 Method" is one name; a letter or number in
    // brackets stays with the word after it: "(b) Shared" is one head.
    const splitsNumber = words.some(
      (w, i) => i > 0 && homes[i] !== homes[i - 1] && (/^\d/.test(w.text) || /^\(\w{1,2}\)$/.test(words[i - 1]?.text ?? '')),
    );
    const groups = splitsNumber ? [] : [...new Set(homes)];
    const evidence = groups.every((h) => words.some((w, i) => homes[i] === h && stacked(w)));
    if (homes.every((h) => h > 0) && groups.length > 1 && evidence) {
      words.forEach((w, i) => fragments[homes[i] as number]?.push({ text: w.text, line: p.line }));
    } else {
      const most = over.reduce((a, b) => (overlap(p, b.e) > overlap(p, a.e) ? b : a));
      fragments[most.i]?.push({ text: p.text, line: p.line });
    }
  }
  return fragments;
}

/** Step 8: each column reads top to bottom: spanners and its own heading lines in printed order, a spanner set off by " — ". */
function composeCells(work: HeaderWork, fragments: { text: string; line: number }[][]): HeaderResult {
  const { extents, spanners } = work;
  const own: TableCell[] = [];
  const cells = extents.map((_, i) => {
    const notes: string[] = [];
    // Kept apart from the column's own notes: the self-check counts a spanner once, not per column.
    const spanNotes: string[] = [];
    const pieces = [
      // A spanner's footnote marker ("1993(A)") is a note of each column under it.
      ...spanners.filter((sp) => sp.columns.includes(i)).map((sp) => {
        const cell = headerCell(joinFragments(sp.text.map((p) => p.text)));
        spanNotes.push(...cell.notes);
        return { line: sp.text[0]?.line ?? 0, text: cell.text, span: true };
      }),
      ...(fragments[i] ?? []).map((f) => {
        const cell = headerCell(f.text);
        notes.push(...cell.notes);
        return { line: f.line, text: cell.text, span: false };
      }),
    ].sort((a, b) => a.line - b.line);
    own.push({ text: joinFragments(pieces.filter((p) => !p.span).map((p) => p.text)), notes });
    const groups: string[] = [];
    let run: string[] = [];
    for (const p of pieces) {
      if (!p.span) {
        run.push(p.text);
        continue;
      }
      if (run.length > 0) groups.push(joinFragments(run));
      run = [];
      groups.push(p.text);
    }
    if (run.length > 0) groups.push(joinFragments(run));
    return { text: groups.filter((g) => g !== '').join(' — '), notes: [...new Set([...spanNotes, ...notes])] };
  });
  return { cells, caption: work.caption, own, spanners: spanners.map((s) => joinFragments(s.text.map((p) => p.text))) };
}
