/** Python's `repr()` of strings and lists of strings, and its `f"{x:.3f}"`, as `gold.py` prints them. */

const unprintable = /^[\p{C}\p{Z}]$/u;

/** `repr(s)`: single quotes unless the text has one and no double quote; escapes as Python writes them. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || ch === ' ' || !unprintable.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

/** `repr(list_of_str)`: "['a', 'b']". */
export function pyReprList(items: readonly string[]): string {
  return `[${items.map(pyRepr).join(', ')}]`;
}

/**
 * `f"{x:.{digits}f}"` for a finite number. Both languages round the exact binary value, but on an exact
 * tie (5/16 = 0.3125) JavaScript's toFixed rounds up and Python rounds to even ("0.312").
 */
export function pyFixed(x: number, digits: number): string {
  // x lies exactly halfway between two results only when x * 2^(digits+1) is an odd integer
  // (a dyadic fraction whose denominator has exactly that many twos); multiplying by a power of two is exact.
  const doubled = x * 2 ** (digits + 1);
  if (!Number.isInteger(doubled) || Math.abs(doubled % 2) !== 1) return x.toFixed(digits);
  const scaled = x * 10 ** digits; // a half-integer, exact for any figure a score can take
  const down = Math.floor(scaled);
  const even = down % 2 === 0 ? down : down + 1;
  return (even / 10 ** digits).toFixed(digits);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
