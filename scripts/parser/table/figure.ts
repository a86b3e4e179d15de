/** Reads a table cell as printed ("$ 1,234", "(1,234)", "12.5%", "--") as a figure, the one reading the CSV, the sum check and sorting share. */

/** A cell read as a figure: its value, whether it was a whole number and whether it was a percentage. */
export interface Figure {
  value: number;
  integer: boolean;
  percent: boolean;
}

// "$ 1,234", "(1,234)", "-1,234", "12.5%", "$(3.28)": currency sign, sign or parentheses, digits grouped by commas, a decimal part, a percent sign.
const FIGURE = /^\(?\s*[-−]?\s*\$?\s*\(?\s*[-−]?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?\s*\)?$/;
/** A printed nil: "-", "--", "—", "–" alone in a cell. */
const NIL = /^(?:-{1,3}|[—–]{1,2})$/;

/** True for a cell that prints nothing but a dash (a nil figure). */
export function isNil(text: string): boolean {
  return NIL.test(text.trim());
}

/** The figure a cell prints, or null when it is words, a date range or empty. Parentheses and a minus sign make it negative. */
export function readFigure(text: string): Figure | null {
  const t = text.trim();
  const m = FIGURE.exec(t);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  const opens = (t.match(/\(/g) ?? []).length;
  const closes = (t.match(/\)/g) ?? []).length;
  // "(1,234" or "1,234)" is not a negative figure but half of one.
  if (opens !== closes || opens > 1) return null;
  const negative = opens === 1 || /[-−]/.test(t);
  const magnitude = Number(`${(m[1] ?? '0').replace(/,/g, '')}${m[2] ?? ''}`);
  return { value: negative ? -magnitude : magnitude, integer: m[2] === undefined, percent: m[3] !== undefined };
}

/** A whole number printed with thousands separators, as the text states a total: 4174803 -> "4,174,803". */
export function printFigure(value: number): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}${Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
