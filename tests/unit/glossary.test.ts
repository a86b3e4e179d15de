import { expect, test } from 'vitest';
import { buildGlossary } from '../../src/lib/glossary.ts';
import { section } from './site-fixtures.ts';

test('the glossary lists each term once, alphabetically, with its definition and the sections that use it', () => {
  const sections = [
    section({ slug: 'cover', order: 0, kind: 'cover', termsUsed: ['term-units'] }),
    section({ slug: 'stock', order: 1, terms: [{ term: 'Units', id: 'term-units', sentence: 'A share is issued in units (the "Units").' }, { term: 'ABC', id: 'term-abc', sentence: 'ABC ("ABC").' }] }),
    section({ slug: 'plan', order: 2, termsUsed: ['term-units', 'term-missing'] }),
  ];
  expect(buildGlossary('acme', sections)).toEqual([
    { term: 'ABC', sentence: 'ABC ("ABC").', definition: { label: 'Stock', url: '/acme/stock/#term-abc' }, uses: [] },
    {
      term: 'Units',
      sentence: 'A share is issued in units (the "Units").',
      definition: { label: 'Stock', url: '/acme/stock/#term-units' },
      uses: [
        { label: 'Cover page', url: '/acme/cover/' },
        { label: 'Plan', url: '/acme/plan/' },
      ],
    },
  ]);
});
