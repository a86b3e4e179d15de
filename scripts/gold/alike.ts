/** `gold.py`'s fuzzy heading match. */
import { normalise } from './normalise.ts';
import { codePoints } from './python-text.ts';
import { sequenceRatio } from './sequence-matcher.ts';

/** Two headings name the same thing when their difflib ratio reaches this (a typo or a lost word in a long title). */
const SAME_HEADING_RATIO = 0.85;
/** Texts of 3 characters or fewer must match exactly: one changed letter is a different title. */
const FUZZY_MIN_LENGTH = 3;
/** A prefix shorter than this ("ITEM") names too little to count as the joined heading it starts. */
const STACKED_PREFIX_MIN_LENGTH = 6;

/**
 * `alike`: equal once normalised, or (beyond 3 characters) a ratio of at least 0.85, or one is a prefix
 * of at least 6 characters of the other followed by a space: stacked title lines joined into one
 * heading ("FORM 24F-2" + "ANNUAL NOTICE ...") still name it.
 */
export function alike(first: string, second: string): boolean {
  const a = normalise(first);
  const b = normalise(second);
  if (a === b || (codePoints(a).length > FUZZY_MIN_LENGTH && sequenceRatio(a, b) >= SAME_HEADING_RATIO)) return true;
  const [short, long] = codePoints(b).length < codePoints(a).length ? [b, a] : [a, b];
  return codePoints(short).length >= STACKED_PREFIX_MIN_LENGTH && long.startsWith(`${short} `);
}
