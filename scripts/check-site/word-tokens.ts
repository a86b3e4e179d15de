/** Lowercase alphanumeric runs of `text`, in order: "Rule 13d-3" -> ["rule", "13d", "3"]. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** How many times each token occurs. */
export function tokenCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** What share of the source's word multiset the output holds, and which words fall short. */
export interface TokenRecall {
  recall: number;
  sourceTokens: number;
  /** Token -> how many more occurrences the output would need. */
  missing: Map<string, number>;
}

/** Multiset recall of the words of `source` in `output` (1 when every occurrence is there). */
export function tokenRecall(source: string, output: string): TokenRecall {
  const want = tokenCounts(wordTokens(source));
  const have = tokenCounts(wordTokens(output));
  const missing = new Map<string, number>();
  let total = 0;
  let found = 0;
  for (const [token, count] of want) {
    total += count;
    const got = Math.min(count, have.get(token) ?? 0);
    found += got;
    if (got < count) missing.set(token, count - got);
  }
  return { recall: total === 0 ? 1 : found / total, sourceTokens: total, missing };
}
