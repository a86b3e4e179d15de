import { expect, test } from 'vitest';
import { memoByText, startFilingMemos } from '../../scripts/parser/text-memo.ts';

test('a judgement is made once per text in a filing, again in the next filing, and never held past its bound', () => {
  const judged: string[] = [];
  const isLong = memoByText((text) => {
    judged.push(text);
    return text.length > 3;
  }, 2);
  startFilingMemos();
  expect([isLong('1,234'), isLong('--'), isLong('1,234'), isLong('--')]).toEqual([true, false, true, false]);
  expect(judged).toEqual(['1,234', '--']);
  startFilingMemos();
  expect(isLong('1,234')).toBe(true);
  expect(judged).toEqual(['1,234', '--', '1,234']);
  // Two kept already: a third text starts the memo again, with only itself kept.
  isLong('--');
  isLong('(5)');
  isLong('(5)');
  isLong('1,234');
  expect(judged).toEqual(['1,234', '--', '1,234', '--', '(5)', '1,234']);
});
