/** The longest folio line: "Page 10 of 19 Pages" is 19 characters; longer lines are text. */
const MAX_FOLIO_LENGTH = 20;

/** A folio without an indent is taken only in these unmistakable shapes; a bare "4" flush left could be text. */
const MIN_FOLIO_INDENT = 8;

/** A roman numeral up to 399, in one case: "ii", "xiv", "IV" (but not "civil", which has the letters and not the form). */
const ROMAN = String.raw`(?:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))`;

/** A page number: 1-3 digits (a 4-digit line is more likely a year), a letter prefix (F-3, S-2, A-1, II-4), or a roman numeral. */
const NUMBER = String.raw`(?:[A-Z]{1,3}-\d{1,3}|\d{1,3}|${ROMAN})`;

/** "4", "4.", "F-3", "ii": a bare number needs an indent (folios are centred or set right). */
const BARE = new RegExp(`^(${NUMBER})\\.?$`);

/** "- 4 -", "-4-", "-- F-3 --", "[4]": a number in dashes or brackets is a folio wherever it sits. */
const WRAPPED = new RegExp(`^(?:-{1,2}\\s*(${NUMBER})\\s*-{1,2}|\\[\\s*(${NUMBER})\\s*\\])$`);

/** "Page 4", "PAGE F-3", "Page 4 of 20", "4 of 20", "Page 4 of 19 Pages". */
const WORDED = new RegExp(`^(?:page\\s+(${NUMBER})(?:\\s+of\\s+\\d{1,4}(?:\\s+pages)?)?|(${NUMBER})\\s+of\\s+\\d{1,4}(?:\\s+pages)?)\\.?$`, 'i');

/** "Page 4 of 19", "Page 4 of 19 Pages": a folio that counts the pages, so it can only stand at a page's edge. */
const OF_TOTAL = new RegExp(`^page\\s+(${NUMBER})\\s+of\\s+\\d{1,4}(?:\\s+pages)?\\.?$`, 'i');

/**
 * The printed page number when a line is shaped like a folio ("4", "- 4 -",
 * "F-3", "ii", "Page 4", "4 of 20"), else null. Looks at the shape only:
 * callers decide whether the line sits where a folio can (a page's edge,
 * outside a table).
 */
export function readFolio(line: string): string | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_FOLIO_LENGTH) return null;
  const indent = line.length - line.trimStart().length;
  const wrapped = WRAPPED.exec(text) ?? WORDED.exec(text);
  if (wrapped) return wrapped[1] ?? wrapped[2] ?? null;
  const bare = BARE.exec(text);
  if (bare && indent >= MIN_FOLIO_INDENT) return bare[1] ?? null;
  return null;
}

/**
 * The printed page number when a line is a folio that counts the pages ("Page 4 of 19", "Page 4
 * of 19 Pages"), else null. Such a line closes its page wherever it sits, so a filing without
 * `<PAGE>` tags is still cut into its printed pages.
 */
export function readClosingFolio(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_FOLIO_LENGTH) return null;
  return OF_TOTAL.exec(text)?.[1] ?? null;
}

/** Spaces that set a page number apart from the words beside it on one line: a number set at the margin, not one in a phrase ("Item 7"). */
const MIN_EDGE_GAP = 3;

/** The longest running head or foot the words beside an edge number may make. */
const MAX_EDGE_WORDS = 70;

/** "WIDGET CORPORATION      Page 3", "Form 10-Q          F-4": words, a wide gap, then the page number. */
const NUMBER_RIGHT = new RegExp(`^(.*?\\S)\\s{${MIN_EDGE_GAP},}(?:page\\s+)?(${NUMBER})$`, 'i');
/** "3          WIDGET CORPORATION": the page number, a wide gap, then words (a left-hand page). */
const NUMBER_LEFT = new RegExp(`^(?:page\\s+)?(${NUMBER})\\s{${MIN_EDGE_GAP},}(\\S.*)$`, 'i');

/**
 * A running head or foot that carries the page number ("WIDGET CORPORATION      Page 3"): the
 * number and the words beside it, as a key that is the same on every page (upper case, spaces
 * collapsed), else null. Only the shape: callers decide by repetition over the pages.
 */
export function readEdgeFolio(line: string): { key: string; folio: string } | null {
  const text = line.trim();
  const right = NUMBER_RIGHT.exec(text);
  const left = right ? null : NUMBER_LEFT.exec(text);
  const words = right?.[1] ?? left?.[2];
  const folio = right?.[2] ?? left?.[1];
  if (words === undefined || folio === undefined || words.length > MAX_EDGE_WORDS || !/\p{L}{2}/u.test(words)) return null;
  // Leaders or a dollar sign before the number make it a table row's figure ("Net income .....  45").
  if (/\.{3,}|\$$/.test(words)) return null;
  return { key: words.replace(/\s+/g, ' ').toUpperCase(), folio };
}
