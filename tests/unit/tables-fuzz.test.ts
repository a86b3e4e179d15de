import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeContinuedTable, parseTable, parseTableNotes, untaggedTableLength } from '../../scripts/parser/tables.ts';
import type { TableModel } from '../../scripts/parser/types.ts';

// Pieces of EDGAR table text, glued with runs of spaces into lines that look almost like tables.
const piece = fc.constantFrom(
  'Net sales', 'Total', '....', '. . .', '$', '1,234', '(5,678)', '12.5%', '%', '--', '(1)', '(a)', '*', '1994', '36 3/8',
  '-------', '=====', '- ----', '<S>', '<C>', '<CAPTION>', '<FN>', '</FN>', '<R>', '\t', 'Trust', 'of the', ':', '(In thousands)',
);
const line = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), piece), { maxLength: 8 }).map((parts) => parts.map(([n, p]) => ' '.repeat(n) + p).join(''));
const lines = fc.array(line, { minLength: 1, maxLength: 25 });
const pos = { line: 1, pageIndex: 0, printedPage: null };
// A fixed seed keeps the suite repeatable; FUZZ_RUNS=5000 explores further with fresh seeds.
const runs = { numRuns: Number(process.env.FUZZ_RUNS ?? 400), ...(process.env.FUZZ_RUNS ? {} : { seed: 20_040_430 }) };

/** How many of each letter, digit and sign a text holds (tags and their names excluded). */
function tally(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t.replace(/<\/?(?:S|C|CAPTION|FN|R|TABLE|PAGE)>/gi, '').match(/[A-Za-z0-9$%&]/g) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function outputTexts(table: TableModel): string[] {
  return [
    table.caption ?? '',
    ...table.header.flatMap((c) => [c.text, ...c.notes]),
    ...table.rows.flatMap((r) => r.cells.flatMap((c) => [c.text, ...c.notes])),
    ...table.notes.flatMap((n) => [n.marker, n.text]),
  ];
}

describe('the tables stage on odd text', () => {
  test('never throws, and a table it returns keeps every letter, digit and sign', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), (texts, tagged) => {
        const table = parseTable({ tagged, lines: texts.map((text) => ({ text, pos })) });
        if (table === null) return;
        const out = tally(outputTexts(table));
        for (const [ch, n] of tally(texts)) expect(out.get(ch) ?? 0).toBeGreaterThanOrEqual(n);
        expect(table.align).toHaveLength(table.header.length);
        for (const row of table.rows) expect(row.cells).toHaveLength(table.header.length);
      }),
      runs,
    );
  });

  test('the other exports never throw and stay in range', () => {
    fc.assert(
      fc.property(lines, fc.nat(30), (texts, start) => {
        const at = texts.map((text) => ({ text, pos }));
        const n = untaggedTableLength(at, start);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(Math.max(0, texts.length - start));
        parseTableNotes(at);
        const table = parseTable({ tagged: true, lines: at });
        if (table !== null) expect(mergeContinuedTable(table, table)?.rows).toHaveLength(table.rows.length * 2);
      }),
      runs,
    );
  });
});
