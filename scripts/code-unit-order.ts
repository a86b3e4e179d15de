/** String order that is the same on every machine: by UTF-16 code units, never by locale. */

/** Compares two strings by code units, for `Array.prototype.sort`. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
