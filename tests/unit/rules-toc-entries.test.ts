import { describe, expect, test } from 'vitest';
import { leaderEntry, tocEntries } from '../../scripts/parser/rules/toc-entries.ts';

describe('leaderEntry', () => {
  test('reads title and page from a dotted-leader line', () => {
    expect(leaderEntry('         RISK FACTORS      ......................2')).toEqual({ title: 'RISK FACTORS', page: '2' });
    expect(leaderEntry('     Price Range of Common Stock ..................A-10   ')).toEqual({ title: 'Price Range of Common Stock', page: 'A-10' });
    expect(leaderEntry('SECTION 1 - Agreement to Purchase . . . . . . . . . 1')).toEqual({ title: 'SECTION 1 - Agreement to Purchase', page: '1' });
  });

  test('declines table rows with several values and lines without leaders', () => {
    expect(leaderEntry(' Net sales........................         $9,763.4          $10,944.8')).toBeNull();
    expect(leaderEntry('The Company had 1,200 stores in 25 states.')).toBeNull();
  });

  test('long runs of dots come back without inventing a title (speed is a bench figure)', () => {
    for (let i = 0; i < 200; i++) expect(leaderEntry(`${'. '.repeat(2000)}x`)?.title ?? '').toBe('');
  });
});

describe('tocEntries', () => {
  test('a group head ending in ":" stands alone; wrapped titles join their page line', () => {
    expect(
      tocEntries(
        [
          { text: 'Financial Statements:', indent: 0 },
          { text: '  Report of KPMG Peat Marwick LLP.......... 29', indent: 2 },
          { text: '  Incorporation of Certain Documents', indent: 2 },
          { text: '        by Reference.......................A-3', indent: 8 },
        ],
        false,
      ),
    ).toEqual([
      { title: 'Financial Statements:', page: null, level: 0 },
      { title: 'Report of KPMG Peat Marwick LLP', page: '29', level: 1 },
      { title: 'Incorporation of Certain Documents by Reference', page: 'A-3', level: 1 },
    ]);
  });

  test('a line in capitals over entries in mixed case heads a group one level up, wherever it is set; a wrapped title keeps its case', () => {
    expect(
      tocEntries(
        [
          { text: '           PROSPECTUS SUPPLEMENT', indent: 11 },
          { text: 'The Company...........................  S-3', indent: 0 },
          { text: '                PROSPECTUS', indent: 16 },
          { text: 'Incorporation of Certain Documents by', indent: 0 },
          { text: '  Reference...........................    2', indent: 2 },
          { text: 'DESCRIPTION OF', indent: 0 },
          { text: '  CAPITAL STOCK.......................   17', indent: 2 },
        ],
        false,
      ),
    ).toEqual([
      { title: 'PROSPECTUS SUPPLEMENT', page: null, level: 0 },
      { title: 'The Company', page: 'S-3', level: 1 },
      { title: 'PROSPECTUS', page: null, level: 0 },
      { title: 'Incorporation of Certain Documents by Reference', page: '2', level: 1 },
      { title: 'DESCRIPTION OF CAPITAL STOCK', page: '17', level: 1 },
    ]);
  });
});
