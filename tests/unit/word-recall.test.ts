import { describe, expect, test } from 'vitest';
import { outputWords, sourceGroups, wordRecall } from '../../scripts/word-recall.ts';

describe('what counts as a word', () => {
  test('source: SGML tags, <PAGE> lines and folios at page edges are not words', () => {
    const source = ['<TABLE>', '<S>          <C>', 'Net sales    $ 9,189', '</TABLE>', '', '                 4', '<PAGE>   5', '                F-2', 'More text.'].join('\n');
    expect(sourceGroups(source).flat()).toEqual(['net', 'sales', '9', '189', 'more', 'text']);
  });

  test('source: a folio before a form feed is not a word', () => {
    expect(sourceGroups('End.\n                 4\n\fPART II').flat()).toEqual(['end', 'part', 'ii']);
  });

  test('source: a lone number in running text is a word', () => {
    expect(sourceGroups('The price was\n                  12\nper share.').flat()).toEqual(['the', 'price', 'was', '12', 'per', 'share']);
  });

  test('source: a hyphen inside a word or at a line end groups the parts; a dash or "short- and" does not', () => {
    expect(sourceGroups('free-\n\nstanding lock-up short- and long-term A--B')).toEqual([
      ['free', 'standing'],
      ['lock', 'up'],
      ['short'],
      ['and'],
      ['long', 'term'],
      ['a'],
      ['b'],
    ]);
  });

  test('output: HTML tags and attributes, link URLs, pipes and emphasis are not words; a footnote label stands for its printed marker', () => {
    const markdown = [
      '<a id="page-4" class="page-mark"></a>**Risk** _Factors_ see [the plan](/level3/plan/#distribution "Plan")[^t2-1]',
      '',
      '| Name | Shares |',
      '| :--- | ---: |',
      '| Lee &amp; Co | 12,308 |',
      '',
      '[^t2-1]: A note.',
      '[plan]: /level3/plan/ "Plan"',
    ].join('\n');
    expect(outputWords(markdown)).toEqual(['risk', 'factors', 'see', 'the', 'plan', '1', 'name', 'shares', 'lee', 'co', '12', '308', '1', 'a', 'note']);
  });
});

describe('recall', () => {
  test('the same words in another layout is full recall', () => {
    const result = wordRecall('     The  Company\nsells $1,234 of "LVLT."', 'The Company sells $ 1,234 of “LVLT”.');
    expect(result).toEqual({ recall: 1, missing: new Map(), total: 7 });
  });

  test('words are counted as a multiset: a word printed twice must be output twice', () => {
    const result = wordRecall('shares shares shares stock', 'shares stock');
    expect(result.recall).toBe(0.5);
    expect(result.missing).toEqual(new Map([['shares', 2]]));
    expect(result.total).toBe(4);
  });

  test('a word hyphenated across lines is found in its joined form', () => {
    expect(wordRecall('a free-\n\nstanding store and ANY REPRE-\nSENTATION', 'a freestanding store and any representation').recall).toBe(1);
  });

  test('a word hyphenated down a table column is found joined', () => {
    const heading = ['             Trans-   Receivable', '             lation   from', 'Shares       Adjust-  Share-', '             ment     holders'].join('\n');
    expect(wordRecall(heading, 'Shares | Translation Adjustment | Receivable from Shareholders').recall).toBe(1);
  });

  test('a typed "o" bullet is list markup, not a word', () => {
    expect(wordRecall('     o    The Company sells\n          computers.', '- The Company sells computers.').recall).toBe(1);
  });

  test('a printed footnote marker is found in the footnote label that replaced it', () => {
    expect(wordRecall('Net sales(1)   $ 9,189\n\n(1) Restated.', '| Net sales[^t1-1] | $9,189 |\n\n[^t1-1]: Restated.').recall).toBe(1);
  });

  test('a hyphenated word kept as printed is found too', () => {
    expect(wordRecall('lock-up agreement', 'lock-up agreement').recall).toBe(1);
  });

  test('a joined form does not take a word another occurrence needs', () => {
    expect(wordRecall('standing free-\nstanding', 'standing freestanding').recall).toBe(1);
  });

  test('a dropped paragraph shows in the missing words', () => {
    const result = wordRecall('Intro text.\n\nDropped paragraph here.', 'Intro text.');
    expect(result.recall).toBeCloseTo(2 / 5);
    expect([...result.missing.keys()]).toEqual(['dropped', 'paragraph', 'here']);
  });

  test('page furniture the pages stage removed is left out of the source, once per removed line', () => {
    const source = 'ACME CORP\nFirst page.\n<PAGE>\nACME CORP\nSecond page.\n                  Page 2 of 2 Pages';
    const furniture = [
      { text: 'ACME CORP', line: 4, why: 'running head' as const },
      { text: '                  Page 2 of 2 Pages', line: 6, why: 'folio' as const },
    ];
    expect(wordRecall(source, 'ACME CORP\n\nFirst page. Second page.', furniture).recall).toBe(1);
    // Without the list the repeat and the folio count as lost; text not listed still has to be found.
    expect(wordRecall(source, 'ACME CORP\n\nFirst page. Second page.').recall).toBeLessThan(1);
    expect(wordRecall(source, 'First page. Second page.', furniture).missing).toEqual(new Map([['acme', 1], ['corp', 1]]));
  });

  test('an empty source has nothing to lose', () => {
    expect(wordRecall('<PAGE>\n', 'anything').recall).toBe(1);
  });

  test('a large input is measured whole (its speed is a bench figure)', () => {
    const source = 'The Company sells Macintosh computers, free-\nstanding. '.repeat(20_000);
    expect(wordRecall(source, source.replace(/-\n/g, '')).recall).toBe(1);
  });
});
