import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runGold } from '../../scripts/gold.ts';
import { expectOneLineError, runScript } from './run-script.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gold-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
};

const goldFile = file('a.txt.json', JSON.stringify({ file: 'a.txt', headings: [{ text: 'FORM 8-K', level: 1 }, { text: 'ITEM 5. OTHER EVENTS', level: 2 }], footnotes: [] }));

test('prints the measures and, last, the summary line', () => {
  // Windows line ends and a Latin-1 source, read as gold.py reads them; "Company name" is only in the header.
  const output = file('a.md', '# Company name\r\n\r\n## FORM 8-K\r\n\r\nText.\r\n');
  const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  const source = file('a.txt', latin1('<SEC-HEADER>\nCOMPANY NAME\n</SEC-HEADER>\n<TEXT>\nFORM 8-K\nCaf\u00e9\n</TEXT>\n'));
  expect(runGold([goldFile, output, source])).toEqual({
    stdout: [
      'headings missed: ITEM 5. OTHER EVENTS',
      'headings recall 0.500 precision 1.000 (1/2 gold, 1 output)',
      'tables found 0/0, width right 0, cells 0/0',
      'footnotes 0/0',
      'gold a.txt: headings F1 0.667 cells 1.000 footnotes 1.000',
      '',
    ].join('\n'),
  });
  // Without the source every output heading counts.
  expect(runGold([goldFile, output])).toMatchObject({ stdout: expect.stringContaining('precision 0.500 (1/2 gold, 2 output)') });
});

test('bad arguments and unreadable files are one line and exit 1', () => {
  expect(runGold([goldFile])).toEqual({ error: 'usage: npm run gold -- GOLD.json OUTPUT.md [SOURCE.txt]' });
  expect(runGold([goldFile, path.join(dir, 'missing.md')])).toEqual({ error: `gold: ${path.join(dir, 'missing.md')}: cannot read the output file (ENOENT)` });
  const broken = file('broken.json', '{"headings": []}');
  expect(runGold([broken, goldFile])).toEqual({ error: `gold: ${broken}: file: Invalid input: expected string, received undefined` });
  expectOneLineError(runScript('scripts/gold.ts', broken, goldFile), /^gold: .*broken\.json: file: /);
});
