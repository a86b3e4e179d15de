/**
 * Python's `difflib.SequenceMatcher(None, a, b).ratio()` on two strings, ported step by step so a
 * fuzzy match scores to the same float: the b2j index with its "autojunk" purge of popular
 * characters, the longest-match search with its tie-breaking and extension over popular characters,
 * and the recursion over the unmatched sides. With `isjunk=None` (as `gold.py` calls it) there are no
 * junk characters, so the port leaves out the junk-only branches.
 */
import { codePoints } from './python-text.ts';

/** difflib applies its popularity heuristic only to a b of at least this many characters. */
const AUTOJUNK_MIN_LENGTH = 200;

/** `2.0 * M / T`, where M is the characters in matching blocks and T the two lengths (1.0 for two empties). */
export function sequenceRatio(a: string, b: string): number {
  const as = codePoints(a);
  const bs = codePoints(b);
  const length = as.length + bs.length;
  return length === 0 ? 1 : (2 * matchingCharacters(as, bs)) / length;
}

/** The characters in `get_matching_blocks()`; the order blocks are found in does not change the sum. */
function matchingCharacters(a: string[], b: string[]): number {
  const b2j = indexOfB(b);
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  let total = 0;
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [alo, ahi, blo, bhi] = next;
    const [i, j, k] = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

/**
 * `__chain_b`: each character of b to its positions in order; when b has 200 or more characters, those
 * occurring more than `len(b) // 100 + 1` times are "popular" and left out.
 */
function indexOfB(b: string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((ch, j) => {
    const at = b2j.get(ch);
    if (at) at.push(j);
    else b2j.set(ch, [j]);
  });
  if (b.length >= AUTOJUNK_MIN_LENGTH) {
    const ntest = Math.floor(b.length / 100) + 1;
    for (const [ch, at] of [...b2j]) if (at.length > ntest) b2j.delete(ch);
  }
  return b2j;
}

/** A matching block: a[i:i+size] equals b[j:j+size]. */
type Block = [i: number, j: number, size: number];

/**
 * `find_longest_match`: the longest block of a[alo:ahi] equal to b[blo:bhi] among indexed characters,
 * earliest in a, then earliest in b; then extended on both sides over equal characters, popular ones included.
 */
function longestMatch(a: string[], b: string[], b2j: Map<string, number[]>, alo: number, ahi: number, blo: number, bhi: number): Block {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const newj2len = new Map<number, number>();
    for (const j of b2j.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      newj2len.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = newj2len;
  }
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti--;
    bestj--;
    bestsize++;
  }
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
  return [besti, bestj, bestsize];
}
