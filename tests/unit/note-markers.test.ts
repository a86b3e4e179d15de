import { describe, expect, test } from 'vitest';
import { bareMarker, cellMarkers, continuesNotes, gluedTextMarkers, isTrademark, noteStart, splitLegend, textReferencePattern } from '../../scripts/parser/note-markers.ts';

describe('what a note marker looks like', () => {
  test.each([
    ['(1)  Beneficial ownership is determined...', '1'],
    ['( 2) Totals include shares held in escrow.', '2'],
    ['(a) Includes Puerto Rico.', 'a'],
    ['(B) Fair value is less than $0.5 million.', 'B'],
    ['*  Less than 1%.', '*'],
    ['** Includes shares held by his wife.', '**'],
    ['*Notes appear on pages 65-66.', '*'],
    ['[3] Restated.', '3'],
    ['/1/ Revenues include interest income.', '1'],
    ['<F1>Items reported as "zero" are not applicable.', 'F1'],
    ['4) After a charge.', '4'],
  ])('%s starts note %s', (line, label) => {
    expect(noteStart(line)?.label).toBe(label);
  });

  test('running text, figures, rules and trademarks do not start a note', () => {
    for (const line of ['The Company sells its products.', '1,234      5,678', '- ---------------', '(R) Registered.', '* * *', '(1)']) {
      expect(noteStart(line), line).toBeNull();
    }
  });

  test('"5." starts a note only inside a run of notes', () => {
    expect(noteStart('5.  Fifth.')).toBeNull();
    expect(noteStart('5.  Fifth.', true)?.label).toBe('5');
  });

  test('labels without their brackets', () => {
    expect(['(1)', '[a]', '/2/', '<F3>', '**', '( 4)'].map(bareMarker)).toEqual(['1', 'a', '2', 'F3', '**', '4']);
    expect(['R', 'TM', '(R)', '1', 'a'].map(isTrademark)).toEqual([true, true, true, false, false]);
  });
});

describe('which note may follow which', () => {
  test('the next in a series, a small gap, or the first of a new series', () => {
    expect(continuesNotes(['1'], '2')).toBe(true);
    expect(continuesNotes(['1', '2'], '4')).toBe(true);
    expect(continuesNotes(['3'], '*')).toBe(true);
    expect(continuesNotes(['*'], '**')).toBe(true);
    expect(continuesNotes(['F1'], 'F2')).toBe(true);
    expect(continuesNotes(['i'], 'ii')).toBe(true);
    expect(continuesNotes(['i', 'ii', 'iii'], 'iv')).toBe(true);
  });

  test('a sub-item after a "*" note, or a far jump, is not a note of the run', () => {
    expect(continuesNotes(['*'], 'b')).toBe(false);
    expect(continuesNotes(['1'], '9')).toBe(false);
    expect(continuesNotes(['c'], 'b')).toBe(false);
  });
});

describe('where a marker cites a note', () => {
  test('in a cell: glued to a figure or a label, leading the cell, or the whole cell when it is a letter', () => {
    const labels = new Set(['1', '2', '3', '*', 'a']);
    expect(cellMarkers('744,322(2)', labels)).toEqual([{ start: 7, end: 10, label: '2' }]);
    expect(cellMarkers('fixed charges(3)', labels)).toEqual([{ start: 13, end: 16, label: '3' }]);
    expect(cellMarkers('PUBLIC(1) DISCOUNT', labels)).toEqual([{ start: 6, end: 9, label: '1' }]);
    expect(cellMarkers('*10.1', labels)).toEqual([{ start: 0, end: 1, label: '*' }]);
    expect(cellMarkers('(a)', labels)).toEqual([{ start: 0, end: 3, label: 'a' }]);
  });

  test('in a cell, a negative figure and a marker no note defines are not citations', () => {
    const labels = new Set(['1', '2']);
    expect(cellMarkers('(2)', labels)).toEqual([]);
    expect(cellMarkers('$(2)', labels)).toEqual([]);
    expect(cellMarkers('Sales(4)', labels)).toEqual([]);
  });

  test('in running text: after a word, never after a digit or a space', () => {
    const star = textReferencePattern('*');
    expect('Sales of PRAVACHOL*, the largest'.match(star)).toEqual(['*']);
    const a = textReferencePattern('a');
    expect('under Section 13(a) of the Act'.match(a)).toBeNull();
    expect('include, (a) the risks'.match(a)).toBeNull();
  });

  test('markers glued to words are found for the report; plurals, statutes and trademarks are not markers', () => {
    expect(gluedTextMarkers('the Act(2) and PRAVACHOL*').map((m) => m.label)).toEqual(['2', '*']);
    expect(gluedTextMarkers('the date(s), Section 4980B(f), Power Macintosh(R)')).toEqual([]);
  });
});

test('a legend line is one note per marker', () => {
  expect(splitLegend('C', ': Cash; (N): Noncash; (B): Both cash and noncash')).toEqual([
    { label: 'C', text: 'Cash' },
    { label: 'N', text: 'Noncash' },
    { label: 'B', text: 'Both cash and noncash' },
  ]);
  expect(splitLegend('1', 'Includes a gain; see (2) below.')).toEqual([{ label: '1', text: 'Includes a gain; see (2) below.' }]);
});

test('a cell of markers only cites each of them; one number in brackets is a negative figure', () => {
  const labels = new Set(['1', '2', 'a']);
  expect(cellMarkers('(1)(2)', labels).map((m) => m.label)).toEqual(['1', '2']);
  expect(cellMarkers('(1), (2)', labels).map((m) => m.label)).toEqual(['1', '2']);
  expect(cellMarkers('(a)', labels).map((m) => m.label)).toEqual(['a']);
  expect(cellMarkers('(1)', labels)).toEqual([]);
});

test('in running text a chain of markers after a word cites, a statute clause chain does not', () => {
  expect('PROCEEDS TO COMPANY(1)(3)'.match(textReferencePattern('3'))).toEqual(['(3)']);
  expect('within the meaning of Section 280G(b)(1) of the Code'.match(textReferencePattern('1'))).toBeNull();
  expect('the highest marginal rates(1) for Taxes'.match(textReferencePattern('1'))).toEqual(['(1)']);
});

test('a star cites after any word, a code with digits included', () => {
  expect('10.A.4    88K**        Form of Director Warrant'.match(textReferencePattern('**'))).toEqual(['**']);
  expect('Number    Notes*       Description'.match(textReferencePattern('*'))).toEqual(['*']);
});
