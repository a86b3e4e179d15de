import { expect, test } from 'vitest';
import { documentsOf, makeLargeFiling } from '../../scripts/bench/large-filing.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';

const submission = [
  '<SEC-DOCUMENT>',
  '<SEC-HEADER>',
  'COMPANY CONFORMED NAME:\t\t\tACME HOLDINGS INC',
  '</SEC-HEADER>',
  '<DOCUMENT>',
  '<TYPE>10-K',
  '<SEQUENCE>1',
  '<TEXT>',
  'ACME Holdings sells 1,234,567 widgets a year.',
  '</TEXT>',
  '</DOCUMENT>',
  '<DOCUMENT>',
  '<TYPE>EX-21',
  '<SEQUENCE>2',
  '<TEXT>',
  'Subsidiaries of ACME Holdings.',
  '</TEXT>',
  '</DOCUMENT>',
  '</SEC-DOCUMENT>',
  '',
].join('\n');
const bare = 'PROSPECTUS\n\nAcme Holdings, Inc.\n\nThe notes pay 7.125% a year.\n';
const sources = [
  { name: 'acme-10-k.txt', text: submission },
  { name: 'acme-prospectus.txt', text: bare },
];

test('a submission gives its documents; a bare filing is wrapped as one', () => {
  expect(documentsOf(submission).map((d) => d.split('\n')[1])).toEqual(['<TYPE>10-K', '<TYPE>EX-21']);
  expect(documentsOf(bare)).toEqual([`<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>1\n<TEXT>\n${bare}</TEXT>\n</DOCUMENT>`]);
});

test('the large filing reaches its size with documents numbered in turn, always the same, and parses', () => {
  const text = makeLargeFiling(sources, 5_000);
  expect(text.length).toBeGreaterThanOrEqual(5_000);
  expect(makeLargeFiling(sources, 5_000)).toBe(text);
  const sequences = [...text.matchAll(/^<SEQUENCE>(\d+)$/gm)].map((m) => Number(m[1]));
  expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  const parsed = parseFiling(new TextEncoder().encode(text), 'large.txt', 'large');
  expect(parsed.report.documents).toBe(sequences.length);
  expect(parsed.markdown).toContain('Subsidiaries of');
});
