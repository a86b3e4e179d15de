import { describe, expect, test } from 'vitest';
import { exhibitsOf } from '../../src/lib/contents.ts';
import { exhibitIndexOf, exhibitKey } from '../../src/lib/exhibit-index.ts';
import { acme, section } from './site-fixtures.ts';

const index = [
  '## EXHIBIT INDEX',
  '',
  '| Exhibit Number | Notes[^t1-1] | Description |',
  '| :------------- | :----------- | :---------- |',
  '| 2.1            | 97/1Q        | Agreement and Plan of Merger |',
  '| 10.A.46        | \\*\\*       | Resignation Agreement dated September 22, 1997. |',
  '| 99.01          |              | Press release of the Registrant |',
  '',
  '| Fiscal year | 1997 |',
  '| :---------- | ---: |',
  '| 21          | Subsidiaries in a table that is no index |',
].join('\n');

describe('exhibitIndexOf', () => {
  test('reads number and description from a table headed by the exhibit number, nothing from other tables', () => {
    const titles = exhibitIndexOf([index]);
    expect([...titles]).toEqual([
      ['2.1', 'Agreement and Plan of Merger'],
      ['10.A.46', 'Resignation Agreement dated September 22, 1997.'],
      ['99.1', 'Press release of the Registrant'],
    ]);
  });

  test('an exhibit type and its index number meet on one key; 2.1 is not 21', () => {
    expect(exhibitKey('EX-10.A-46')).toBe('10.A.46');
    expect(exhibitKey('EX-99.01')).toBe(exhibitKey('99.1'));
    expect(exhibitKey('2.1')).not.toBe(exhibitKey('EX-21'));
  });

  test('an exhibit named only by its number takes its title from the index', () => {
    const ex = section({ slug: 'ex-99', order: 5, kind: 'document', title: 'EX-99.01', document: { type: 'EX-99.01', sequence: 4, description: 'EX-99.01' } });
    expect(exhibitsOf([...acme, ex], exhibitIndexOf([index])).at(-1)).toMatchObject({ type: 'EX-99.01', text: 'Press release of the Registrant' });
  });
});
