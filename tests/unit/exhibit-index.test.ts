import { describe, expect, test } from 'vitest';
import { exhibitsOf } from '../../src/lib/contents.ts';
import { sectionLabel } from '../../src/lib/filings.ts';
import { exhibitKey, exhibitTitles, readExhibitIndex } from '../../scripts/parser/exhibit-index.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { acme, section } from './site-fixtures.ts';

/** The main document's text followed by one document per exhibit type, as the envelope hands them over. */
function docs(main: string, ...types: string[]): { type: string; text: string }[] {
  return [{ type: '10-K', text: main }, ...types.map((type) => ({ type, text: `${type} text\n` }))];
}

const plainIndex = [
  '                               INDEX TO EXHIBITS',
  '',
  'Exhibit',
  'Number    Notes        Description                                Page',
  ' 3.1       (1)        Restated Articles of Incorporation, filed',
  '                      with the Secretary of State of the State     43',
  '                      of Delaware on January 27, 1988.',
  '',
  '10.1      88-S3       Form of Indemnification Agreement ....',
  '',
  '27                    Financial Data Schedule.                     70',
].join('\n');

describe('readExhibitIndex', () => {
  test('plain lines: the title after a notes column, its continuation lines joined, the page column dropped', () => {
    const titles = exhibitTitles(docs(plainIndex, 'EX-3.1', 'EX-10.1', 'EX-27'));
    expect([...titles.values()]).toEqual([
      'Restated Articles of Incorporation, filed with the Secretary of State of the State of Delaware on January 27, 1988',
      'Form of Indemnification Agreement',
      'Financial Data Schedule',
    ]);
  });

  test('a tagged table reads like plain lines', () => {
    const tagged = [
      'EXHIBIT INDEX',
      '<TABLE>',
      '<CAPTION>',
      'Exhibit Number           Description',
      '- --------------           -----------',
      '<S>                      <C>',
      '          2.1            Agreement and Plan of Merger dated as of August 3, 1998, by and',
      '                         among the Company and Widget Corp.',
      '',
      '         23.1            Independent Auditors\' Consent',
      '</TABLE>',
    ].join('\n');
    expect(readExhibitIndex([{ text: tagged }], new Set(['2.1', '23.1']))).toEqual(
      new Map([
        ['2.1', 'Agreement and Plan of Merger dated as of August 3, 1998, by and among the Company and Widget Corp.'],
        ['23.1', "Independent Auditors' Consent"],
      ]),
    );
  });

  test('numbers printed as "Exhibit 99.01", "12.", "(10)(a)" and "3(i)", with dotted leaders and page references such as E-12-1', () => {
    const text = [
      'The following exhibits are furnished:',
      '',
      'Exhibit 99.01         Press Release.',
      '12.  Ratio of Earnings to Fixed Charges.                          E-12-1',
      '(10)(a)   Form of Lease between the Company',
      '          and Acme Realty . . . . . . . . . . . . . . . . . .',
      '3(i)      Certificate of Incorporation, as amended',
    ].join('\n');
    expect(readExhibitIndex([{ text }], new Set(['99.1', '12', '10.A', '3.I']))).toEqual(
      new Map([
        ['99.1', 'Press Release'],
        ['12', 'Ratio of Earnings to Fixed Charges'],
        ['10.A', 'Form of Lease between the Company and Acme Realty'],
        ['3.I', 'Certificate of Incorporation, as amended'],
      ]),
    );
  });

  test('rows far from any line naming exhibits, numbers the filing does not carry and note codes are not read', () => {
    const farAway = ['Exhibits are listed below.', ...Array.from({ length: 80 }, () => 'Some other text of the report.'), '27        Net sales by region'].join('\n');
    expect(readExhibitIndex([{ text: farAway }], new Set(['27']))).toEqual(new Map());
    expect(readExhibitIndex([{ text: plainIndex }], new Set(['4.2']))).toEqual(new Map());
    const notes = 'EXHIBIT NOTES\n88-S3     Incorporated by reference to Exhibit 4.1 to Form S-3.';
    expect(readExhibitIndex([{ text: notes }], new Set(['88.S3', '88']))).toEqual(new Map());
  });

  test('a line at the left margin after a row is not part of its title; the first listing of a number wins', () => {
    const text = ['Exhibits', '21        Subsidiaries of the Company', 'Item 15. Signatures', '', 'INDEX TO EXHIBITS', '21        List of Subsidiaries'].join('\n');
    expect(readExhibitIndex([{ text }], new Set(['21']))).toEqual(new Map([['21', 'Subsidiaries of the Company']]));
  });

  test('indented lines beyond a few after a row are text of another kind, not its title', () => {
    const text = ['Exhibits', '99        Press release', ...Array.from({ length: 12 }, (_, i) => `          w${i + 1}`)].join('\n');
    expect(readExhibitIndex([{ text }], new Set(['99'])).get('99')).toBe('Press release w1 w2 w3 w4 w5 w6 w7 w8');
  });

  test('an exhibit filed under a general type is found by the number it prints at its top', () => {
    const documents = [
      { type: '10-K', text: 'INDEX TO EXHIBITS\n10.A.7    1994 Senior Bonus Plan.\n' },
      { type: 'EX-10', text: '\n(EXHIBIT 10.A.7)\n\nSENIOR BONUS PLAN\n' },
    ];
    expect(exhibitTitles(documents)).toEqual(new Map([[1, '1994 Senior Bonus Plan']]));
  });

  test('an exhibit type and its index number meet on one key; 2.1 is not 21', () => {
    expect(exhibitKey('EX-10.A-46')).toBe('10.A.46');
    expect(exhibitKey('EX-99.01')).toBe(exhibitKey('99.1'));
    expect(exhibitKey('(10)(a)')).toBe(exhibitKey('EX-10.A'));
    expect(exhibitKey('2.1')).not.toBe(exhibitKey('EX-21'));
  });
});

describe('exhibit titles on the filing page', () => {
  test('the parser puts the index title in the exhibit document front matter', () => {
    const filing = [
      '<SEC-DOCUMENT>',
      '<DOCUMENT>',
      '<TYPE>8-K',
      '<SEQUENCE>1',
      '<TEXT>',
      'ITEM 7. FINANCIAL STATEMENTS AND EXHIBITS',
      '',
      'Exhibit 99.01         Press Release.',
      '</TEXT>',
      '</DOCUMENT>',
      '<DOCUMENT>',
      '<TYPE>EX-99.01',
      '<SEQUENCE>2',
      '<TEXT>',
      'ACME REPORTS EARNINGS',
      '',
      'Acme today reported its earnings for the quarter.',
      '</TEXT>',
      '</DOCUMENT>',
      '</SEC-DOCUMENT>',
    ].join('\n');
    const parsed = parseFiling(new TextEncoder().encode(filing), 'acme.txt', 'acme');
    expect(parsed.sections.at(-1)!.frontMatter.document).toMatchObject({ type: 'EX-99.01', title: 'Press Release' });
  });

  test("the index's title comes first, then the document's description, then its title", () => {
    const indexed = section({ slug: 'ex-27', order: 5, kind: 'document', title: 'EX-27 — ART. 5 FDS FOR FY94', document: { type: 'EX-27', sequence: 4, description: 'ART. 5 FDS FOR FY94', title: 'FINANCIAL DATA SCHEDULE' } });
    const described = section({ slug: 'ex-23', order: 6, kind: 'document', title: 'EX-23 — CONSENT', document: { type: 'EX-23', sequence: 5, description: "INDEPENDENT AUDITORS' CONSENT" } });
    expect(exhibitsOf([...acme, indexed, described]).slice(-2).map((e) => e.text)).toEqual(['Financial Data Schedule', "Independent Auditors' Consent"]);
  });

  test('navigation labels an indexed exhibit with its type and title; other sections keep their own title', () => {
    expect(sectionLabel({ kind: 'document', title: 'EX-27 — EXHIBIT 27', document: { type: 'EX-27', title: 'FINANCIAL DATA SCHEDULE' } })).toBe('EX-27 — Financial Data Schedule');
    expect(sectionLabel({ kind: 'document', title: 'EX-21 — SUBSIDIARIES', document: { type: 'EX-21' } })).toBe('EX-21 — Subsidiaries');
    expect(sectionLabel({ kind: 'section', title: 'RISK FACTORS', document: { type: 'EX-27', title: 'Financial Data Schedule' } })).toBe('Risk Factors');
  });
});
