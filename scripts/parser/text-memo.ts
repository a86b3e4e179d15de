/**
 * Memos of pure judgements on a text ("is this a printed value?", "does this line look like a
 * table row?"), asked again and again of the same words and lines by the steps that read them.
 * A memo lives for one filing: parseFiling starts a new one, so what a parse does never depends
 * on the filings parsed before it, and its memory goes with the filing.
 */

/** Bumped at the start of every filing; a memo made in an earlier one starts again. */
let filing = 0;

/** Starts a new filing: every memo forgets what it kept. */
export function startFilingMemos(): void {
  filing++;
}

/** `judge` with its answers kept per text for the current filing, at most `max` of them (then it starts again). */
export function memoByText<T>(judge: (text: string) => T, max: number): (text: string) => T {
  const kept = new Map<string, T>();
  let keptFor = filing;
  return (text) => {
    if (keptFor !== filing) {
      kept.clear();
      keptFor = filing;
    }
    // One lookup for a kept answer; `has` only to tell a kept `undefined` from none.
    const known = kept.get(text);
    if (known !== undefined || kept.has(text)) return known as T;
    const answer = judge(text);
    if (kept.size >= max) kept.clear();
    kept.set(text, answer);
    return answer;
  };
}
