import { expect, test } from 'vitest';
import { sequenceRatio } from '../../scripts/gold/sequence-matcher.ts';

test('the ratio is twice the matched characters over both lengths', () => {
  expect(sequenceRatio('abcd', 'bcde')).toBe(0.75); // "bcd": 2 * 3 / 8
  expect(sequenceRatio('risk factors', 'risk factor')).toBe(22 / 23);
  expect(sequenceRatio('abc', '')).toBe(0);
  expect(sequenceRatio('', '')).toBe(1);
});

test('the longest block is taken first and only the sides around it are searched again', () => {
  // " abcd" matches the second "abcd" of b with its space, leaving nothing to its left in a: 2 * 5 / 14.
  expect(sequenceRatio(' abcd', 'abcd abcd')).toBe(10 / 14);
  // "a" is matched first (earliest in a); "b" then lies after it in a but before it in b.
  expect(sequenceRatio('ab', 'ba')).toBe(0.5);
});

test('characters are counted as code points, not UTF-16 units', () => {
  expect(sequenceRatio('a😀', 'a😀')).toBe(1);
  expect(sequenceRatio('😀b', 'xb')).toBe(0.5);
});

test('in a text of 200 or more characters, a character found more than 1% of the time is not searched for, only reached by extension', () => {
  const popular = `xy${'c'.repeat(200)}`;
  // Without the heuristic "ccccc" (5) would be the longest block; with it "xy" (2) is, and "ccccc" lies on the wrong side of it.
  expect(sequenceRatio(`${'c'.repeat(5)}xy`, popular)).toBe(4 / 209);
  // Below 200 characters every character is searched for.
  expect(sequenceRatio(`${'c'.repeat(5)}xy`, `xy${'c'.repeat(190)}`)).toBe(10 / 199);
});
