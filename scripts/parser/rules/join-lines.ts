import type { PageBreakInText, SourcePosition } from '../types.ts';

/** One wrapped line of running text handed to `joinLines`; `pageBreak` marks the first line of a new physical page. */
export interface WrappedLine {
  text: string;
  pos: SourcePosition;
  pageBreak: boolean;
}

/** A line going on with "and"/"or"/"to" and a hyphenated word: the hyphen before it was suspended ("short- and long-term"). */
const SUSPENDED = /^(?:and|or|nor|to|through)\s+[A-Za-z0-9]+-[A-Za-z]/;

/**
 * Longest run of word characters the joining rules look back at: the text grows line by line, and a
 * regex anchored at its end would rescan all of it each time (quadratic on a long paragraph).
 */
const LOOK_BACK = 100;

/** The hyphen a wrapped line may end in. */
const HYPHEN = 0x2d;

/** What a document's own text says about how it wraps lines, measured once over the whole document. */
export interface Vocabulary {
  /** Lower-cased word counts, hyphenated compounds kept whole. */
  readonly words: ReadonlyMap<string, number>;
  /** Some line-end cut rejoins into a word the document prints whole elsewhere ("infor-" / "mation" beside "information"): it hyphenates at the margin. */
  readonly hyphenates: boolean;
  /** The document closes its double-hyphen dashes ("Apple--the company") more often than it spaces them ("Apple -- the company"). */
  readonly closesDashes: boolean;
}

/** A word cut at the margin: a line ending in a letter and one hyphen, the next starting in lower case. */
const CUT_HEAD = /([A-Za-z]+)-$/;
const CUT_TAIL = /^[a-z]+/;
/** A double-hyphen dash between words, closed ("Apple--the") or spaced ("Apple -- the"). */
const DASH = /[A-Za-z,;)"'](\s?)--(?!-)(\s?)[A-Za-z("']/g;
/** A line ending in a closed dash after a word: "...led this industry--" / "first with the Apple II". */
const CLOSED_DASH_END = /[A-Za-z,;)"']--$/;
/**
 * EDGAR's spelled-out marks end in a hyphen that belongs to the mark ("Windows-Registered Trademark-"
 * / "software"): the next line is a new word.
 */
const MARK_END = /-(?:Registered Trademark|Trademark|Service Mark)-$/;

/** Measures the document's wrapping habits from its trimmed lines and their word counts. */
export function measureVocabulary(trimmed: readonly string[], words: ReadonlyMap<string, number>): Vocabulary {
  let hyphenates = false;
  let closed = 0;
  let spaced = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i]!;
    if (line.includes('--')) {
      for (const m of line.matchAll(DASH)) {
        if (m[1] === '' && m[2] === '') closed++;
        else spaced++;
      }
    }
    // Only a line ending in one hyphen can cut a word; most lines end otherwise and cost one comparison.
    if (hyphenates || line.charCodeAt(line.length - 1) !== HYPHEN || line.endsWith('--') || MARK_END.test(line)) continue;
    const head = CUT_HEAD.exec(line)?.[1];
    const tail = head ? CUT_TAIL.exec(trimmed[i + 1] ?? '')?.[0] : undefined;
    if (!head || !tail) continue;
    const lower = head.toLowerCase();
    hyphenates = (words.get(lower + tail) ?? 0) > 0 && (words.get(`${lower}-${tail}`) ?? 0) === 0;
  }
  return { words, hyphenates, closesDashes: closed > spaced };
}

/** De-wraps lines into one string: single spaces, line-end hyphens rejoined where the document agrees, page starts kept as offsets. */
export function joinLines(lines: readonly WrappedLine[], vocabulary: Vocabulary): { text: string; pageBreaks: PageBreakInText[] } {
  // Pieces are collected and joined once; only a text ending in a hyphen needs its end looked at, and
  // `lastCode` (the text's last character) tells which, so the end is cut out for those alone.
  const parts: string[] = [];
  let length = 0;
  let lastCode = 0;
  const pageBreaks: PageBreakInText[] = [];
  for (const line of lines) {
    // Justified text pads with runs of spaces: "The  stockholders  of Level 3".
    const piece = line.text.trim().replace(/\s+/g, ' ');
    if (piece === '') continue;
    if (length === 0) {
      if (line.pageBreak) pageBreaks.push({ offset: 0, pos: line.pos });
      parts.push(piece);
      length = piece.length;
      lastCode = piece.charCodeAt(piece.length - 1);
      continue;
    }
    // A suspended hyphen keeps its hyphen and its space: "short-" / "and long-term debt".
    // Every join without a space needs a text ending in a hyphen; any other line takes a space without running the tests.
    const hyphenEnd = lastCode === HYPHEN;
    const tail = hyphenEnd ? textEnd(parts, LOOK_BACK) : '';
    const suspended = hyphenEnd && /[A-Za-z]-$/.test(tail) && SUSPENDED.test(piece);
    const glue = hyphenEnd && !suspended && !MARK_END.test(tail) ? glueAfterHyphen(tail, piece, vocabulary) : 'space';
    if (glue === 'drop') {
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      length -= 1;
    } else if (glue === 'space') {
      parts.push(' ');
      length += 1;
    }
    if (line.pageBreak) pageBreaks.push({ offset: length, pos: line.pos });
    parts.push(piece);
    length += piece.length;
    lastCode = piece.charCodeAt(piece.length - 1);
  }
  return { text: parts.join(''), pageBreaks };
}

/** The last `n` characters of the text the parts make (all of it when shorter). */
function textEnd(parts: readonly string[], n: number): string {
  let k = parts.length;
  let taken = 0;
  while (k > 0 && taken < n) taken += parts[--k]!.length;
  return parts.slice(k).join('').slice(-n);
}

/** How a text ending in a hyphen meets the next line: a dash the document closes, a cut word with or without its hyphen, or a space. */
function glueAfterHyphen(before: string, after: string, vocabulary: Vocabulary): 'drop' | 'keep' | 'space' {
  if (vocabulary.closesDashes && CLOSED_DASH_END.test(before) && /^[A-Za-z("']/.test(after)) return 'keep';
  if (!joinsWithoutSpace(before, after, vocabulary.words)) return 'space';
  return dropsHyphen(before, after, vocabulary) ? 'drop' : 'keep';
}

/** A line ending in a single hyphen after a letter, followed by a line starting in lower case: a word or compound cut at the margin. */
function joinsWithoutSpace(before: string, after: string, words: ReadonlyMap<string, number>): boolean {
  // A form's name cut at its hyphen: "Report on Form 10-" / "K, and to file the same".
  if (/\b\d{1,2}-$/.test(before) && /^[A-Z]{1,2}\b/.test(after)) return true;
  if (!/[A-Za-z]-$/.test(before) || /--$/.test(before)) return false;
  if (/^[a-z]/.test(after)) return true;
  // ALL-CAPS breaks ("ANY REPRE-" / "SENTATION") fail the lower-case test; trust the document's own words instead.
  const { joined } = halves(before, after);
  return /^[A-Z]/.test(after) && /[A-Z]-$/.test(before) && (words.get(joined) ?? 0) > 0;
}

/** Whether the line-end hyphen is a soft one: the joined word is used elsewhere, or the hyphenated form never is. */
function dropsHyphen(before: string, after: string, { words, hyphenates }: Vocabulary): boolean {
  if (/\d-$/.test(before)) return false;
  const { head, tail, joined, hyphenated } = halves(before, after);
  if ((words.get(joined) ?? 0) > 0) return true;
  // "business-to-" / "business" is a compound already; keep its hyphen unless the document joins it.
  if (head.includes('-')) return false;
  if ((words.get(hyphenated) ?? 0) > 0) return false;
  // Neither spelling occurs elsewhere: "first-" / "time" are both words of their own (counted once more
  // than this cut), "commu-" / "nications" are not, so only the latter is one word.
  const headAlone = (words.get(head) ?? 0) > 1;
  const tailAlone = (words.get(tail) ?? 0) > 1;
  if (hyphenates) return !(headAlone && tailAlone);
  // A document that never cuts a word it prints whole elsewhere types its line-end hyphens: "platform-" /
  // "independent" and "pent-" / "up" keep theirs, as one half is a word of its own; "commu-" / "nications" do not.
  return !(headAlone || tailAlone);
}

/** The word cut at the margin, as its two possible spellings (lower-cased, as counted). */
function halves(before: string, after: string): { head: string; tail: string; joined: string; hyphenated: string } {
  const head = (/([A-Za-z0-9-]+)-$/.exec(before)?.[1] ?? '').toLowerCase();
  const tail = (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/.exec(after)?.[0] ?? '').toLowerCase();
  const lastPart = head.split('-').pop() ?? head;
  return { head, tail, joined: head.includes('-') ? `${head.slice(0, head.length - lastPart.length)}${lastPart}${tail}` : `${head}${tail}`, hyphenated: `${head}-${tail}` };
}
