/** The text `gold.py` compares: Markdown markup removed, spaces collapsed, lower case; and a cell's text without trailing note markers. */
import { PY_DIGIT, PY_SPACE, PY_WORD } from './python-text.ts';

const escape = /\\([^\n])/gu;
const emphasis = /[*_`]+/gu;
const link = /\[([^\]]*)\]\([^)]*\)/gu;
const footnoteRef = /\[\^[^\]]*\]/gu;
const htmlTag = /<[^>]+>/gu;
const headingId = /\{#[^}]*\}/gu;
const spaces = new RegExp(`[${PY_SPACE}]+`, 'gu');

/** `norm`: Markdown escapes, emphasis, links, footnote references, HTML tags and `{#id}`s removed; whitespace collapsed; lower case. */
export function normalise(s: string): string {
  const text = s
    .replace(escape, '$1')
    .replace(emphasis, '')
    .replace(link, '$1')
    .replace(footnoteRef, '')
    .replace(htmlTag, '')
    .replace(headingId, '')
    .replace(spaces, ' ');
  // After the collapse the only whitespace left is " ", so this is Python's strip().
  return text.replace(/^ | $/g, '').toLowerCase();
}

const detachedDollar = new RegExp(`\\$[${PY_SPACE}]+`, 'gu');
const detachedPercent = new RegExp(`[${PY_SPACE}]+%`, 'gu');
/** One note marker ending a cell, after some text: "(2)", "(a)", "/1/", "/(a)/", "*", "**". */
const trailingMarker = new RegExp(
  `(?<=[^${PY_SPACE}])[${PY_SPACE}]*(\\((?:[${PY_DIGIT}]{1,2}|[a-z])\\)|/\\(?(?:[${PY_WORD}]{1,2}|\\*{1,3})?\\)?/|\\*{1,3})$`,
  'gu',
);

/** `cell`: a cell's text as compared: dashes unified, "$ 1" as "$1", "14 %" as "14%", trailing markers removed ("914,102(a)" equals "914,102"). */
export function cellText(s: string): string {
  let text = normalise(s).replaceAll('\u2014', '--').replaceAll('\u2013', '-').replace(detachedDollar, '$').replace(detachedPercent, '%');
  for (;;) {
    const shorter = text.replace(trailingMarker, '');
    if (shorter === text) return text;
    text = shorter;
  }
}
