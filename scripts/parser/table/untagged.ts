// Lines that end in dotted leaders and a number: "Net sales..............  $ 9,188".
const LEADER_VALUE = /\S\s*\.{3,}\s*\$?\s*\(?[\d,.]+\)?%?\s*$/;

/** True when a line has two or more inner gaps of three or more spaces. */
function hasWideGaps(text: string): boolean {
  return (text.trim().match(/\S {3,}(?=\S)/g) ?? []).length >= 2;
}

/** Gutters of 2+ columns blank in every line so far that `text` has words on both sides of. */
function sharedGutters(mask: readonly number[], text: string): number {
  let count = 0;
  const first = text.search(/\S/);
  for (let c = 0; c < mask.length; c++) {
    if (mask[c] === 0) continue;
    let e = c;
    while (e < mask.length && mask[e] === 1) e++;
    if (e - c >= 2 && c > first && e < text.length) count++;
    c = e;
  }
  return count;
}

/** How many lines starting at `start` form an untagged whitespace-aligned table (0 when none). */
export function tableLength(lines: readonly { text: string }[], start: number): number {
  // mask[c] is 1 while column c has been blank on every table line so far.
  let mask: number[] = [];
  let rows = 0;
  let leaders = 0;
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const text = (lines[i] as { text: string }).text.replace(/\s+$/, '');
    if (text === '') {
      // One blank line may sit inside a table; two end it.
      if (rows > 0 && i + 1 < lines.length && (lines[i + 1] as { text: string }).text.trim() !== '') continue;
      break;
    }
    const leader = LEADER_VALUE.test(text);
    if (!leader && !hasWideGaps(text)) break;
    const next = mask.slice();
    while (next.length < text.length) next.push(1);
    for (let c = 0; c < text.length; c++) if (text[c] !== ' ') next[c] = 0;
    const aligned = sharedGutters(next, text) >= 2 || (leader && leaders === rows);
    if (rows >= 1 && !aligned) break;
    mask = next;
    rows++;
    if (leader) leaders++;
    end = i + 1;
  }
  return rows >= 3 ? end - start : 0;
}
