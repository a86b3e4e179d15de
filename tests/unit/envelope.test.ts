import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeFiling } from '../../scripts/parser/decode.ts';
import { documentLines } from '../../scripts/parser/document-lines.ts';
import { readEnvelope } from '../../scripts/parser/envelope.ts';
import { ParseError } from '../../scripts/parser/parse-error.ts';
import { readSecHeader } from '../../scripts/parser/sec-header.ts';
import { corpusDir, hasCorpus } from '../shared-corpus.ts';

const corpus = corpusDir;
const read = (lines: string[]) => readEnvelope(lines.join('\n'), 'f.txt');
const load = (name: string) => {
  const file = path.join(corpus, name);
  return readEnvelope(decodeFiling(readFileSync(file), file), file);
};

/** A small submission in the 1995 style, tabs already expanded as decoding leaves them. */
const submission = [
  '-----BEGIN PRIVACY-ENHANCED MESSAGE-----', // 1
  'Proc-Type: 2001,MIC-CLEAR',
  'Originator-Name: webmaster@www.sec.gov',
  'MIC-Info: RSA-MD5,RSA,',
  ' NMF6xG2BOoXBf698kSgL7ptvlY1hhbv1FI1scmv+ER8V6CB1uGsJVoiRgyTaq1An', // 5
  '',
  '<SEC-DOCUMENT>0000891618-95-000727.txt : 19951208',
  '<SEC-HEADER>0000891618-95-000727.hdr.sgml : 19951208',
  'ACCESSION NUMBER:               0000891618-95-000727',
  'CONFORMED SUBMISSION TYPE:      8-K', // 10
  'CONFORMED PERIOD OF REPORT:     19950929',
  'FILED AS OF DATE:               19951206',
  '',
  'FILER:',
  '', // 15
  '        COMPANY DATA:',
  '                COMPANY CONFORMED NAME:                 GLOBEX SYSTEMS INC',
  '                CENTRAL INDEX KEY:                      0000858877',
  '        FORMER COMPANY:',
  '                FORMER CONFORMED NAME:  GLOBEX OLD NAME', // 20
  '</SEC-HEADER>',
  '<DOCUMENT>',
  '<TYPE>8-K',
  '<SEQUENCE>1',
  '<DESCRIPTION>FORM 8-K - DATED OF REPORT SEPTEMBER 29, 1995', // 25
  '<TEXT>',
  '<PAGE>   1',
  '                       SECURITIES AND EXCHANGE COMMISSION',
  '- --------------------------------------------------------',
  '</TEXT>', // 30
  '</DOCUMENT>',
  '<DOCUMENT>',
  '<TYPE>GRAPHIC',
  '<SEQUENCE>2',
  '<FILENAME>logo.gif', // 35
  '<TEXT>',
  'begin 644 logo.gif',
  'M1TE&.#EA',
  'end',
  '</TEXT>', // 40
  '</DOCUMENT>',
  '<DOCUMENT>',
  '<TYPE>EX-20.1',
  '<SEQUENCE>3',
  '<TEXT>', // 45
  'PRESS RELEASE',
  '</DOCUMENT>',
  '</SEC-DOCUMENT>',
  '-----END PRIVACY-ENHANCED MESSAGE-----',
];

describe('a bare document', () => {
  test('is one document holding the whole text, with no metadata', () => {
    const text = 'PROSPECTUS\n\n     Level 3 Communications, Inc.\n';
    expect(readEnvelope(text, 'f.txt')).toEqual({
      meta: {},
      documents: [{ type: 'DOCUMENT', sequence: 1, text, firstLine: 1 }],
      skipped: [],
      messages: [],
    });
  });
});

describe('a full submission', () => {
  const parsed = read(submission);

  test('reads the SEC header into metadata', () => {
    expect(parsed.meta).toEqual({
      company: 'GLOBEX SYSTEMS INC',
      cik: '0000858877',
      formType: '8-K',
      filingDate: '1995-12-06',
      period: '1995-09-29',
      accessionNumber: '0000891618-95-000727',
      filers: ['GLOBEX SYSTEMS INC'],
    });
  });

  test('keeps text documents in order with their tags, and the file line their text starts on', () => {
    expect(parsed.documents.map(({ type, sequence, description, firstLine }) => ({ type, sequence, description, firstLine }))).toEqual([
      { type: '8-K', sequence: 1, description: 'FORM 8-K - DATED OF REPORT SEPTEMBER 29, 1995', firstLine: 27 },
      { type: 'EX-20.1', sequence: 3, description: undefined, firstLine: 46 },
    ]);
  });

  test('undoes PEM dash stuffing and keeps the body between <TEXT> and </TEXT>', () => {
    expect(parsed.documents[0]?.text.split('\n')).toEqual([
      '<PAGE>   1',
      '                       SECURITIES AND EXCHANGE COMMISSION',
      '--------------------------------------------------------',
    ]);
  });

  test('a body without </TEXT> runs to </DOCUMENT>', () => {
    expect(parsed.documents[1]?.text).toBe('PRESS RELEASE');
  });

  test('a uuencoded graphic is skipped with its reason, never rendered', () => {
    expect(parsed.skipped).toEqual([{ type: 'GRAPHIC', sequence: 2, filename: 'logo.gif', reason: 'GRAPHIC document (not text)' }]);
  });
});

describe('binary and odd documents', () => {
  const doc = (type: string, body: string[]) => ['<SEC-HEADER>', '</SEC-HEADER>', '<DOCUMENT>', `<TYPE>${type}`, '<SEQUENCE>1', '<TEXT>', ...body, '</TEXT>', '</DOCUMENT>'];
  const text = (type: string, body: string[]) => ['<DOCUMENT>', `<TYPE>${type}`, '<SEQUENCE>2', '<TEXT>', ...body, '</TEXT>', '</DOCUMENT>'];

  test('a uuencoded body is skipped whatever its type', () => {
    const parsed = read([...doc('EX-99', ['begin 644 chart.pdf', 'M)5!$1BTQ+C0*)>+CS]/', 'end']), ...text('EX-1', ['Text'])]);
    expect(parsed.skipped).toEqual([{ type: 'EX-99', sequence: 1, reason: 'uuencoded file chart.pdf (binary)' }]);
  });

  test('a <PDF> body and an HTML body are skipped', () => {
    const pdf = read([...doc('10-K', ['<PDF>', 'begin 644 x.pdf', '</PDF>']), ...text('EX-1', ['Text'])]);
    expect(pdf.skipped[0]?.reason).toBe('PDF document (not text)');
    const html = read([...doc('10-K', ['<HTML>', '<BODY>hi</BODY>']), ...text('EX-1', ['Text'])]);
    expect(html.skipped[0]?.reason).toMatch(/^HTML document/);
  });

  test('a <PDF> block inside a text document is cut out, reported, and leaves the line numbers alone', () => {
    const parsed = read(doc('10-K', ['Before.', '<PDF>', 'begin 644 annual.pdf', 'M1TE&', 'end', '</PDF>', 'After.']));
    expect(parsed.documents[0]?.text.split('\n')).toEqual(['Before.', '', '', '', '', '', 'After.']);
    expect(parsed.skipped).toEqual([{ type: '10-K', sequence: 1, reason: 'embedded <PDF> block, lines 8-12 (binary, not rendered)' }]);
  });

  test('a header with no text documents is an error', () => {
    expect(() => read(doc('GRAPHIC', ['begin 644 a.gif', 'M1TE&', 'end']))).toThrow(ParseError);
    expect(() => read(doc('GRAPHIC', ['x']))).toThrow('f.txt: no text documents in the submission');
    expect(() => read(['<SEC-HEADER>', 'ACCESSION NUMBER:    0000000000-00-000000', '</SEC-HEADER>'])).toThrow(/no text documents/);
  });

  test('a line of prose inside the SEC header is kept as text outside any document, and said', () => {
    const parsed = read(['<SEC-HEADER>', 'FILER:', '        COMPANY CONFORMED NAME:   ACME', 'Text typed in the header.', '</SEC-HEADER>', '<DOCUMENT>', '<TYPE>10-K', '<TEXT>', 'Body.', '</TEXT>', '</DOCUMENT>']);
    expect(parsed.meta.company).toBe('ACME');
    expect(parsed.documents[0]?.text.split('\n').filter((l) => l !== '')).toEqual(['Text typed in the header.', 'Body.']);
    expect(parsed.messages).toContainEqual(expect.objectContaining({ line: 4, reason: '1 line(s) of text outside any <DOCUMENT> kept with document 1' }));
  });

  test('once text has begun outside any document, a line starting with a tag is more of it, not a header field', () => {
    const parsed = read(['<SEC-HEADER>', '</SEC-HEADER>', '<FN><DOCUMENT>', 'Text before the notes.', '<F1>Items reported as "zero" are not applicable.', '<DOCUMENT>', '<TYPE>EX-27', '<TEXT>', 'Schedule.', '</TEXT>', '</DOCUMENT>']);
    const text = parsed.documents.map((d) => d.text).join('\n');
    for (const words of ['Text before the notes.', 'Items reported as "zero" are not applicable.', 'Schedule.']) expect(text).toContain(words);
  });

  test('a document lost from the submission is said: fewer documents than the header counts, or a gap in their sequence', () => {
    const docs = (...sequences: number[]) => sequences.flatMap((n) => ['<DOCUMENT>', `<TYPE>EX-${n}`, `<SEQUENCE>${n}`, '<TEXT>', `Exhibit ${n}.`, '</TEXT>', '</DOCUMENT>']);
    const header = (count: number) => ['<SEC-HEADER>', 'CONFORMED SUBMISSION TYPE:  8-K', `PUBLIC DOCUMENT COUNT:      ${count}`, '</SEC-HEADER>'];
    const lost = read([...header(3), ...docs(1, 2)]);
    expect(lost.messages).toContainEqual(expect.objectContaining({ line: 3, reason: 'the SEC header counts 3 documents; the file holds 2' }));
    const gap = read([...header(3), ...docs(1, 3)]);
    expect(gap.messages.map((m) => m.reason)).toEqual(['the SEC header counts 3 documents; the file holds 2', 'document 2 is missing: the sequence goes from 1 to 3']);
    expect(read([...header(2), ...docs(1, 2)]).messages).toEqual([]);
  });

  test('a file that ends inside a document keeps the text up to its end', () => {
    const parsed = read(['<SEC-HEADER>', '</SEC-HEADER>', '<DOCUMENT>', '<TYPE>10-K', '<TEXT>', 'Cut short']);
    expect(parsed.documents).toEqual([{ type: '10-K', sequence: 1, text: 'Cut short', firstLine: 6 }]);
  });
});

describe('SEC header styles', () => {
  test('several filers are all listed; the first names the filing', () => {
    const meta = readSecHeader([
      'FILER:',
      '        COMPANY DATA:',
      '                COMPANY CONFORMED NAME:  ALABAMA POWER CO',
      '                CENTRAL INDEX KEY:       0000003153',
      'FILER:',
      '        COMPANY DATA:',
      '                COMPANY CONFORMED NAME:  NORTHWIND CO',
      '                CENTRAL INDEX KEY:       0000092122',
    ]);
    expect(meta).toEqual({ company: 'ALABAMA POWER CO', cik: '0000003153', filers: ['ALABAMA POWER CO', 'NORTHWIND CO'] });
  });

  test('FORM TYPE stands in when there is no CONFORMED SUBMISSION TYPE', () => {
    expect(readSecHeader(['FILER:', '        FILING VALUES:', '                FORM TYPE:      10-K405']).formType).toBe('10-K405');
  });

  test('the bracketed dissemination style is read too', () => {
    const meta = readSecHeader([
      '<SUBMISSION>',
      '<ACCESSION-NUMBER>0000950109-96-001234',
      '<TYPE>10-K',
      '<PERIOD>19951231',
      '<FILING-DATE>19960329',
      '<FILER>',
      '<COMPANY-DATA>',
      '<CONFORMED-NAME>ACME CORP',
      '<CIK>0000012345',
      '</COMPANY-DATA>',
      '</FILER>',
    ]);
    expect(meta).toEqual({
      company: 'ACME CORP',
      cik: '0000012345',
      formType: '10-K',
      filingDate: '1996-03-29',
      period: '1995-12-31',
      accessionNumber: '0000950109-96-001234',
      filers: ['ACME CORP'],
    });
  });
});

describe.skipIf(!hasCorpus)('the real corpus', () => {
  test('a 1994 10-K: a pre-1996 IMS header inside a PEM envelope, with five text documents', () => {
    const tenK = load('1994-apple-computer-10-k.txt');
    expect(tenK.meta).toMatchObject({ company: 'APPLE COMPUTER INC', cik: '0000320193', formType: '10-K', filingDate: '1994-12-13', period: '1994-09-30' });
    expect(tenK.documents.map((d) => d.type)).toEqual(['10-K', 'EX-10', 'EX-11', 'EX-21', 'EX-27']);
    expect(tenK.documents[0]?.firstLine).toBe(47);
    expect(tenK.skipped).toEqual([]);
  });

  test('an 8-K of co-registrants lists its seven filers and is named for the one who submitted it', () => {
    const coRegistrants = load('2005-southern-co-8-k.txt');
    expect(coRegistrants.meta.company).toBe('SOUTHERN CO');
    expect(coRegistrants.meta.cik).toBe('0000092122');
    expect(coRegistrants.meta.filers).toHaveLength(7);
    expect(coRegistrants.meta.filers).toContain('SOUTHERN CO');
    expect(coRegistrants.documents.map((d) => d.filename)).toEqual(['yearend048k.txt', 'x9901.txt', 'x9902.txt', 'x9903.txt', 'x9904.txt', 'x9905.txt', 'x9906.txt']);
  });

  test('a document text line is the same line of the file', () => {
    const file = path.join(corpus, '1998-amazon-com-8-k.txt');
    const lines = readFileSync(file, 'latin1').split('\n');
    const doc = load('1998-amazon-com-8-k.txt').documents[1];
    expect(doc?.type).toBe('EX-23.1');
    const body = doc?.text.split('\n') ?? [];
    expect(body[3]?.trim()).toBe(lines[(doc?.firstLine ?? 0) + 3 - 1]?.trim());
    expect(body.join('\n')).toContain('INDEPENDENT AUDITORS');
  });
});

describe('odd text', () => {
  const fragment = fc.constantFrom(
    '<SEC-HEADER>',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '</DOCUMENT>',
    '<TYPE>10-K',
    '<TYPE>GRAPHIC',
    '<SEQUENCE>x',
    '<TEXT>',
    '</TEXT>',
    '<PDF>',
    '</PDF>',
    'begin 644 a.gif',
    'end',
    'FILER:',
    '        COMPANY CONFORMED NAME:   ACME',
    'FILED AS OF DATE:  1994',
    'Text line.',
    '',
  );

  test('readEnvelope never throws but its one ParseError, and document text stays on its file lines', () => {
    // A stray envelope tag in the text is blanked in place, so the text beside it keeps its column.
    const blanked = (line: string) => line.replace(/<\/?(?:SEC-HEADER|DOCUMENT|TYPE|SEQUENCE|TEXT|PDF)>/gi, (tag) => ' '.repeat(tag.length));
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (lines) => {
        let parsed;
        try {
          parsed = read(lines);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
          return;
        }
        for (const d of parsed.documents) {
          for (const { text, line } of documentLines(d)) if (text.trim() !== '') expect(text).toBe(blanked(lines[line - 1] ?? ''));
        }
      }),
    );
  });

  test('every line of text in the input is in some document (or the file is refused)', () => {
    const words = fc.constantFrom('Text line.', 'More text.', '        COMPANY CONFORMED NAME:   ACME');
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, words), { maxLength: 40 }), (lines) => {
        let parsed;
        try {
          parsed = read(lines);
        } catch (error) {
          expect(error).toBeInstanceOf(ParseError);
          return;
        }
        const kept = new Set(parsed.documents.flatMap((d) => documentLines(d).filter((l) => l.text.trim() !== '').map((l) => l.line)));
        // Every line of prose must be kept, wherever it stands (an SEC header's fields are not prose); binary bodies are skipped and listed.
        if (parsed.skipped.length > 0) return;
        lines.forEach((line, i) => {
          if (/^(?:Text line|More text)\.$/.test(line)) expect(kept.has(i + 1), `line ${i + 1} "${line}" of ${JSON.stringify(lines)}`).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
