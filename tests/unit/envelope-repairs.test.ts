/**
 * The envelope reader never drops text: stray and mistyped tags, unclosed documents, a PEM header
 * with no blank line after it, and tags sharing a line with text. Each case is a few lines of its
 * own; the output keeps every word of the file's text documents (word recall 1.0, measured against
 * the file as it is, not against what the envelope reader made of it) and says what it assumed.
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../../scripts/corpus.ts';
import { documentLines } from '../../scripts/parser/document-lines.ts';
import { readEnvelope } from '../../scripts/parser/envelope.ts';
import { formatMessage } from '../../scripts/parser/messages.ts';
import { ParseError } from '../../scripts/parser/parse-error.ts';
import { parseFiling } from '../../scripts/parser/parse-filing.ts';
import { wordRecall } from '../../scripts/word-recall.ts';

const bytes = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

/** Parses the lines as a filing: its Markdown, its messages as `f.txt:LINE: reason (rule...)`, and its word recall. */
function parse(lines: readonly string[]): { markdown: string; messages: string[]; recall: number; missing: string[] } {
  const parsed = parseFiling(bytes(lines), 'f.txt', 'f');
  const { recall, missing } = wordRecall(sourceText(bytes(lines), 'f.txt'), parsed.markdown);
  return { markdown: parsed.markdown, messages: parsed.report.messages.map((m) => formatMessage('f.txt', m)), recall, missing: [...missing.keys()] };
}

/** A full submission around the given lines of the first document's text, with a second document after it. */
const submission = (body: readonly string[], exhibit: readonly string[] = ['EXHIBIT 99', '', 'The press release of Acme.']): string[] => [
  '<SEC-DOCUMENT>0000000000-95-000001.txt : 19950101',
  '<SEC-HEADER>0000000000-95-000001.hdr.sgml : 19950101',
  'ACCESSION NUMBER:               0000000000-95-000001',
  'CONFORMED SUBMISSION TYPE:      8-K',
  '</SEC-HEADER>', // 5
  '<DOCUMENT>',
  '<TYPE>8-K',
  '<SEQUENCE>1',
  '<TEXT>',
  ...body, // from line 10
  '</TEXT>',
  '</DOCUMENT>',
  '<DOCUMENT>',
  '<TYPE>EX-99',
  '<SEQUENCE>2',
  '<TEXT>',
  ...exhibit,
  '</TEXT>',
  '</DOCUMENT>',
  '</SEC-DOCUMENT>',
];

const prose = [
  'ITEM 5. OTHER EVENTS',
  '',
  'Acme Widgets announced its results for the quarter.',
  '',
];

describe('stray envelope tags', () => {
  test('a <DOCUMENT> line inside a bare document is ignored, and the text before it stays', () => {
    const result = parse(['PROSPECTUS', '', 'The first part names the issuer.', '', '<DOCUMENT>', '', 'The second part names the underwriters.']);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('The first part names the issuer.');
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:5: stray <DOCUMENT> tag in the text ignored/));
  });

  test.each(['</TEXT>', '</DOCUMENT>', '</SEC-DOCUMENT>'])('a %s line inside a body does not end the document there', (tag) => {
    const lines = submission([...prose, tag, '', 'Sales rose by a tenth over the year before.']);
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('Sales rose by a tenth');
    expect(result.messages).toContainEqual(expect.stringMatching(new RegExp(`^f\\.txt:14: stray ${tag} tag in the text ignored`)));
  });

  test('a mistyped opener (<DOCUMENT>.) still opens the exhibit', () => {
    const lines = submission(prose);
    lines[lines.indexOf('<DOCUMENT>', 8)] = '<DOCUMENT>.';
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('The press release of Acme.');
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:16: "<DOCUMENT>\." read as <DOCUMENT> \(envelope/));
  });

  test('a document never closed runs to the end of the file, and says so', () => {
    const result = parse([...submission(prose).slice(0, 14), 'The last line of a cut-short file.']);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:6: the last document is not closed/));
  });

  test('a document not closed before the next one ends at the next <DOCUMENT>', () => {
    const lines = submission(prose).filter((line) => line !== '</TEXT>' && line !== '</DOCUMENT>');
    const parsed = readEnvelope(lines.join('\n'), 'f.txt');
    expect(parsed.documents.map((d) => d.type)).toEqual(['8-K', 'EX-99']);
    expect(parse(lines).recall).toBe(1);
    expect(parsed.messages.map((m) => formatMessage('f.txt', m))).toContain('f.txt:14: the document before this <DOCUMENT> was not closed (envelope)');
  });

  test('text between the SEC header and the first document is kept with the first document', () => {
    const lines = submission(prose);
    lines.splice(5, 0, 'A cover note typed outside the documents.');
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:6: 1 line\(s\) of text outside any <DOCUMENT> kept with document 1 \(envelope/));
  });

  test('a <TEXT> typed before the document tags still leaves them tags', () => {
    const lines = submission(prose);
    lines.splice(7, 0, '<TEXT>');
    const parsed = readEnvelope(lines.join('\n'), 'f.txt');
    expect(parsed.documents[0]).toMatchObject({ type: '8-K', sequence: 1 });
    expect(parsed.messages.map((m) => m.reason)).toContain("SEQUENCE tag after <TEXT> read as the document's tag");
  });
});

describe('a PEM wrapper', () => {
  const pem = ['-----BEGIN PRIVACY-ENHANCED MESSAGE-----', 'Proc-Type: 2001,MIC-CLEAR', 'MIC-Info: RSA-MD5,RSA,', ' RPRLBRCl8bNWC3U6YWTm67d5lYpu9BaMyQPyt7eNi1aYhagtOStUjkSXwSaaDXLz'];

  test('with no blank line after its header keeps the text that follows', () => {
    const result = parse([...pem, 'PROSPECTUS', 'Acme Widgets, Inc.', '', 'Common Stock', '-----END PRIVACY-ENHANCED MESSAGE-----']);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('PROSPECTUS');
    expect(result.markdown).not.toMatch(/MIC-CLEAR|RPRLBRCl8b/);
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:5: no blank line after the PEM header/));
  });

  test('with no header fields at all keeps its first line of text', () => {
    const result = parse(['-----BEGIN PRIVACY-ENHANCED MESSAGE-----', 'PROSPECTUS', '', 'Common Stock of Acme Widgets, Inc.']);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('PROSPECTUS');
  });
});

describe('a file with no text', () => {
  test.each([
    ['only <PAGE> lines', ['<PAGE>', '<PAGE>   2', '', '<PAGE>']],
    ['only tags', ['<TABLE>', '<S>    <C>', '</TABLE>', '<PAGE>']],
  ])('%s is an error naming the file', (_, lines) => {
    expect(() => parseFiling(bytes(lines), 'f.txt', 'f')).toThrow(new ParseError('no text to read: the file holds only tags and page breaks', 'f.txt'));
  });

  test('only page numbers is an error naming the file', () => {
    const lines = ['                                   - 4 -', '<PAGE>', '                                   - 5 -'];
    expect(() => parseFiling(bytes(lines), 'f.txt', 'f')).toThrow(new ParseError('no text to read: the file holds only page numbers, tags and page breaks', 'f.txt'));
  });

  test('only an SEC header is an error naming the file', () => {
    const lines = ['<SEC-DOCUMENT>0000000000-95-000001.txt : 19950101', '<SEC-HEADER>', 'ACCESSION NUMBER:    0000000000-95-000001', '</SEC-HEADER>', '</SEC-DOCUMENT>'];
    expect(() => parseFiling(bytes(lines), 'f.txt', 'f')).toThrow('f.txt: no text documents in the submission');
  });

  test('a document of page breaks only is not a text document', () => {
    const lines = submission(['<PAGE>', '', '<PAGE>   2']);
    const parsed = readEnvelope(lines.join('\n'), 'f.txt');
    expect(parsed.documents.map((d) => d.type)).toEqual(['EX-99']);
    expect(parsed.skipped).toEqual([{ type: '8-K', sequence: 1, reason: 'empty document (no text)' }]);
  });
});

describe('text beside a tag on its line', () => {
  test('text after <PAGE> starts the new page', () => {
    const result = parse(['The first page ends here.', '', '<PAGE> The second page starts with this sentence.', '', 'And goes on.']);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toContain('The second page starts with this sentence.');
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:3: text after <PAGE> on its line kept as the first line of the next page/));
  });

  test('both parts of a split line keep the file line they came from, and the text its column', () => {
    const doc = readEnvelope(['Before.', '       -4-<PAGE>   The next page.', 'After.'].join('\n'), 'f.txt').documents[0]!;
    expect(documentLines(doc)).toEqual([
      { text: 'Before.', line: 1 },
      { text: '       -4-', line: 2 },
      { text: '<PAGE>', line: 2 },
      { text: '                   The next page.', line: 2 },
      { text: 'After.', line: 3 },
    ]);
  });

  test('a page number after <PAGE> is not text', () => {
    const result = parse(['The first page ends here.', '', '<PAGE>   4', '', 'The fourth page.', '<PAGE>  F-3', 'The statements.']);
    expect(result.recall).toBe(1);
    expect(result.markdown).not.toMatch(/\bF-3\b/);
    expect(result.messages).toEqual([]);
  });

  test.each(['-4-', '- 17 -'])('a folio glued before <PAGE> (%s<PAGE>) is the folio of the page it ends', (folio) => {
    const lines = ['The first page of the report.', '', `${' '.repeat(35)}${folio}<PAGE>`, 'The next page of the report.'];
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).not.toMatch(/<PAGE>|PAGE/);
    const number = folio.replace(/\D/g, '');
    expect(result.markdown).toMatch(new RegExp(`id="page-${number}"|page-${number}`));
  });

  test('text after </TABLE> is a paragraph after the table', () => {
    const lines = [
      'The results were as follows:',
      '',
      '<TABLE>',
      '<S>                              <C>        <C>',
      '                                    1997       1996',
      'Net sales                        $  120     $  100',
      '</TABLE> The paragraph after the table explains the figures.',
    ];
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toMatch(/\| Net sales +\|/);
    expect(result.markdown).toContain('The paragraph after the table explains the figures.');
    expect(result.messages).toContainEqual(expect.stringMatching(/^f\.txt:7: text after <\/TABLE> on its line kept as a line after the table/));
  });

  test('text before <TABLE> on its line stays before the table, and the caption after <TABLE> stays its caption', () => {
    const lines = ['The results were:  <TABLE>              (in millions)', '<S>                              <C>        <C>', '                                    1997       1996', 'Net sales                        $  120     $  100', '</TABLE>'];
    const result = parse(lines);
    expect(result.recall, result.missing.join(' ')).toBe(1);
    expect(result.markdown).toMatch(/\| Net sales +\|/);
    expect(result.markdown).toContain('The results were:');
  });

  test('a table tag beside text outside any table is ignored, its text kept', () => {
    const result = parse(['The Company <FN> sells widgets <C> in Ohio.']);
    expect(result.recall).toBe(1);
    expect(result.markdown).toContain('The Company');
    expect(result.markdown).not.toMatch(/<FN>|<C>|\\</);
    expect(result.messages).toEqual(['f.txt:1: stray table tag outside a table ignored; the text around it is kept (envelope, document)']);
  });
});
