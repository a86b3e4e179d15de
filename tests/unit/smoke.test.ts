import { expect, test } from 'vitest';
import { ParseError } from '../../scripts/parser/parse-error.ts';

test('a parse error reads as one line naming the file and line', () => {
  expect(new ParseError('not a text filing', 'a.txt', 3).message).toBe('a.txt:3: not a text filing');
});
