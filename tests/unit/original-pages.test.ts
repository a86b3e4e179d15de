import { describe, expect, test } from 'vitest';
import { pageLinesAt, pageText, sourceLines } from '../../src/lib/original-pages.ts';

const filing = sourceLines(
  ['<TEXT>', '   PROSPECTUS', '', '   Cover text.', '<PAGE>', '                    RISK FACTORS', '', 'Risk text.', '                 2', '<PAGE>   3', 'More text.', '                 3', '</TEXT>', '</DOCUMENT>'].join('\r\n'),
);

describe('original pages', () => {
  test('a page is the lines between the page breaks around the line where it starts, without the breaks', () => {
    // The parser may place a page at its <PAGE> line or at its first line of text.
    expect(pageLinesAt(filing, 5)).toEqual(['                    RISK FACTORS', '', 'Risk text.', '                 2']);
    expect(pageLinesAt(filing, 6)).toEqual(pageLinesAt(filing, 5));
    expect(pageLinesAt(filing, 11)).toEqual(['More text.', '                 3']);
  });

  test('the first page starts after the <TEXT> line (the header is no page), and a form feed starts a page on its own line', () => {
    expect(pageLinesAt(filing, 2)).toEqual(['   PROSPECTUS', '', '   Cover text.']);
    const fed = sourceLines('one\n\fTWO\ntwo\n\fTHREE');
    expect(pageLinesAt(fed, 2)).toEqual(['TWO', 'two']);
  });

  test('a line outside the file gives no page; a page ends with a newline', () => {
    expect(pageText(filing, 99)).toBe('');
    expect(pageText(filing, 11)).toBe('More text.\n                 3\n');
  });
});
