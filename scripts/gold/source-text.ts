/** The filing's own text, to tell headings read from it from headings the parser made up (a title from the header). */
import { normalise } from './normalise.ts';
import { isPyWordChar, PY_SPACE } from './python-text.ts';

const textBodies = /<TEXT>([\s\S]*?)<\/TEXT>/giu;
const spaces = new RegExp(`[${PY_SPACE}]+`, 'gu');

/** The bodies between `<TEXT>` and `</TEXT>` (the whole file when there are none), spaces collapsed, lower case: the header's names are not text. */
export function filingText(raw: string): string {
  const bodies = [...raw.matchAll(textBodies)].map((m) => m[1] ?? '');
  return (bodies.length > 0 ? bodies : [raw]).join(' ').replace(spaces, ' ').toLowerCase();
}

/** True when the heading's normalised text occurs in `text` as whole words (no word character touching either end). */
export function inFilingText(heading: string, text: string): boolean {
  const needle = normalise(heading);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isPyWordChar(charEndingAt(text, at)) && !isPyWordChar(charStartingAt(text, end))) return true;
    if (at === text.length) break; // an empty needle has been tried at every position
  }
  return false;
}

function charStartingAt(text: string, at: number): string | undefined {
  const code = text.codePointAt(at);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function charEndingAt(text: string, at: number): string | undefined {
  if (at === 0) return undefined;
  const pair = at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) && isLowSurrogate(text.charCodeAt(at - 1));
  return charStartingAt(text, pair ? at - 2 : at - 1);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
