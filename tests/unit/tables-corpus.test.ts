import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseTable, untaggedTableLength } from '../../scripts/parser/tables.ts';
import type { TableModel, TableSource } from '../../scripts/parser/types.ts';
import { texts } from '../fixtures/table-source.ts';
import { corpusDir, hasCorpus, unavailable } from '../shared-corpus.ts';

const SEED = new URL('../../content/filings/level3-2004-prospectus.txt', import.meta.url);
const CORPUS = pathToFileURL(`${corpusDir}/`);

/**
 * Every `<TABLE>` of a filing as the pages stage hands it over: the `<PAGE>` line and the folio
 * just before it ("4", "F-3") removed, each line keeping its source line number and page index.
 */
function tablesOf(file: URL): TableSource[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const tables: TableSource[] = [];
  let open: TableSource | null = null;
  let page = 0;
  lines.forEach((text, i) => {
    if (/^<PAGE>/i.test(text)) {
      page++;
      const folio = open?.lines[open.lines.length - 1];
      if (open && folio && /^\s+\S{1,5}\s*$/.test(folio.text)) open.lines.pop();
      return;
    }
    if (/^<TABLE>/i.test(text)) open = { tagged: true, lines: [] };
    else if (/^<\/TABLE>/i.test(text)) {
      if (open) tables.push(open);
      open = null;
    } else open?.lines.push({ text, pos: { line: i + 1, pageIndex: page, printedPage: null } });
  });
  return tables;
}

const amount = (text: string | undefined): number => {
  const digits = (text ?? '').replace(/[$,\s]/g, '');
  if (digits === '' || /^-+$/.test(digits)) return 0;
  return /^\(.*\)$/.test(digits) ? -Number(digits.slice(1, -1)) : Number(digits);
};
const rowNamed = (table: TableModel, label: string): TableModel['rows'][number] | undefined =>
  table.rows.find((r) => r.cells[0]?.text === label);

function parsedTable(file: URL, index: number): TableModel {
  // A corpus file absent from this clone: its describe is skipped, and the table is never read.
  if (file.href.startsWith(CORPUS.href) && !hasCorpus) return unavailable<TableModel>(fileURLToPath(file));
  const source = tablesOf(file)[index];
  expect(source).toBeDefined();
  const table = parseTable(source as TableSource);
  expect(table).not.toBeNull();
  return table as TableModel;
}

describe('the seed prospectus: selling stockholders', () => {
  const sources = tablesOf(SEED);
  const index = sources.findIndex((s) => s.lines.some((l) => /^<S>/.test(l.text)));
  const table = parsedTable(SEED, index);

  test('four columns with the header a reader sees, footnote markers as notes', () => {
    expect(texts(table.header)).toEqual([
      'Selling Stockholder',
      'Shares Beneficially Owned Prior to Offering',
      'Shares Being Offered',
      'Shares Beneficially Owned After Offering',
    ]);
    expect(table.header.map((c) => c.notes)).toEqual([[], ['1', '2'], ['2'], ['3']]);
    expect(table.align).toEqual(['left', 'right', 'right', 'right']);
  });

  test('59 stockholders across the page break, the offered shares summing to 4,174,803', () => {
    expect(table.rows).toHaveLength(59);
    expect(table.rows.every((r) => r.cells.length === 4 && !r.section)).toBe(true);
    expect(table.rows.reduce((sum, r) => sum + amount(r.cells[2]?.text), 0)).toBe(4_174_803);
    expect(new Set(table.rows.map((r) => r.pos.pageIndex)).size).toBe(2);
  });

  test('names wrapped under their numbers join one cell, double spaces collapsed', () => {
    expect(texts(table.rows[9]?.cells)).toEqual([
      'David Arthur Norman & Mamie Ruth Norman, Trustees of Norman Family Revocable Trust U/A dated 8/20/87',
      '119,898',
      '119,898',
      '0',
    ]);
    expect(table.rows.some((r) => r.cells[0]?.text === 'Sandra M. Carroll, Trustee of Sandra M. Carroll Trust')).toBe(true);
    expect(table.rows[table.rows.length - 1]?.cells[0]?.text).toBe('Matthew T. Collier, as custodian for Jennifer Lauren Crumpler');
  });

  test('the same table without its marker line, or with its markers drifting off the columns', () => {
    const source = sources[index] as TableSource;
    const marker = (line: string): boolean => /^<S>/.test(line);
    // Each "<C>" moves by `shift` more than the one before: off by 3, 6 and 9 columns.
    const moved = (shift: number): TableSource => ({
      tagged: true,
      lines: source.lines.map((l) => (marker(l.text) ? { ...l, text: l.text.replace(/ {4}<C>/g, `${' '.repeat(4 + shift)}<C>`) } : l)),
    });
    const without: TableSource = { tagged: true, lines: source.lines.filter((l) => !marker(l.text)) };
    for (const variant of [without, moved(-3), moved(3)]) {
      const other = parseTable(variant);
      expect(other?.header).toEqual(table.header);
      expect(other?.rows.map((r) => texts(r.cells))).toEqual(table.rows.map((r) => texts(r.cells)));
    }
  });

  test('the contents list in table tags is left to the caller', () => {
    expect(parseTable(sources[0] as TableSource)).toBeNull();
  });
});

describe.skipIf(!hasCorpus)('a 10-K balance sheet in table tags', () => {
  const file = new URL('1994-apple-computer-10-k.txt', CORPUS);
  const table = parsedTable(file, 9);

  test('the stub heading and the two year columns', () => {
    expect(texts(table.header)).toEqual(['September 30, 1994, and September 24, 1993', '1994', '1993']);
  });

  test('a label wrapped over two lines with its numbers on the second', () => {
    expect(texts(rowNamed(table, 'Accounts receivable, net of allowance for doubtful accounts of $90,992 ($83,776 in 1993)')?.cells)).toEqual([
      'Accounts receivable, net of allowance for doubtful accounts of $90,992 ($83,776 in 1993)',
      '1,581,347',
      '1,381,946',
    ]);
  });

  test('current assets add up to their total', () => {
    const start = table.rows.findIndex((r) => r.cells[0]?.text === 'Current assets:');
    const end = table.rows.findIndex((r) => r.cells[0]?.text === 'Total current assets');
    const items = table.rows.slice(start + 1, end);
    expect(items).toHaveLength(6);
    expect(items.reduce((s, r) => s + amount(r.cells[1]?.text), 0)).toBe(amount(table.rows[end]?.cells[1]?.text));
    expect(items.reduce((s, r) => s + amount(r.cells[2]?.text), 0)).toBe(amount(table.rows[end]?.cells[2]?.text));
    expect(table.rows[start]).toMatchObject({ section: true, level: 0 });
    expect(items.every((r) => r.level > 0)).toBe(true);
  });
});

describe.skipIf(!hasCorpus)('a 10-K statement of operations in table tags', () => {
  const file = new URL('1997-apple-computer-10-k.txt', CORPUS);
  const table = parsedTable(file, 8);

  test('the caption line heads the stub; leaders are gone from the labels', () => {
    expect(texts(table.header)).toEqual(['THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997', '1997', '1996', '1995']);
    expect(texts(table.rows[0]?.cells)).toEqual(['Net sales', '$7,081', '$9,833', '$11,062']);
  });

  test('costs and expenses sum to the subtotal under the rule, which is marked total', () => {
    const start = table.rows.findIndex((r) => r.cells[0]?.text === 'Costs and expenses:');
    const subtotal = table.rows.findIndex((r, i) => i > start && r.cells[0]?.text === '');
    const items = table.rows.slice(start + 1, subtotal).filter((r) => !r.section);
    expect(table.rows[subtotal]).toMatchObject({ total: true });
    for (const col of [1, 2, 3]) {
      expect(items.reduce((s, r) => s + amount(r.cells[col]?.text), 0)).toBe(amount(table.rows[subtotal]?.cells[col]?.text));
    }
    expect(texts(rowNamed(table, 'Net income (loss)')?.cells)).toEqual(['Net income (loss)', '$(1,045)', '$(816)', '$424']);
  });
});

describe.skipIf(!hasCorpus)('a table too wide for the page, its last column printed as a second block', () => {
  test('the second <CAPTION> block becomes the seventh column, under the last spanner', () => {
    const table = parsedTable(new URL('1997-apple-computer-10-k.txt', CORPUS), 12);
    expect(texts(table.header)).toEqual([
      '',
      '1997 — NOTIONAL PRINCIPAL',
      '1997 — FAIR VALUE',
      '1997 — CREDIT RISK AMOUNT',
      '1996 — NOTIONAL PRINCIPAL',
      '1996 — FAIR VALUE',
      '1996 — CREDIT RISK AMOUNT',
    ]);
    expect(texts(rowNamed(table, 'Purchased floors')?.cells)).toEqual(['Purchased floors', '$455', '$(1)', '$--', '$475', '$1', '$1']);
  });
});

describe.skipIf(!hasCorpus)('an 8-K with an acquired company\'s statements: stockholders\' equity with spanners over dash rules', () => {
  const file = new URL('1998-amazon-com-8-k.txt', CORPUS);

  test('spanner headings over their dash rule prefix each column beneath', () => {
    const table = parsedTable(file, 4);
    expect(texts(table.header)).toEqual([
      '',
      'CONVERTIBLE PREFERRED STOCK - SERIES A — SHARES',
      'CONVERTIBLE PREFERRED STOCK - SERIES A — AMOUNT',
      'CONVERTIBLE PREFERRED STOCK - SERIES B — SHARES',
      'CONVERTIBLE PREFERRED STOCK - SERIES B — AMOUNT',
      'COMMON STOCK SHARES',
    ]);
    expect(texts(rowNamed(table, 'BALANCES, December 31, 1997')?.cells)).toEqual([
      'BALANCES, December 31, 1997',
      '1,150,000',
      '$566,495',
      '1,943,666',
      '$5,915,572',
      '6,962,500',
    ]);
  });

  test('balance sheet: every TOTAL row is marked and equals its parts', () => {
    const table = parsedTable(file, 2);
    const totals = table.rows.filter((r) => r.cells[0]?.text === 'TOTAL');
    expect(totals).toHaveLength(2);
    expect(totals.every((r) => r.total)).toBe(true);
    expect(texts(rowNamed(table, 'Total current assets')?.cells)).toEqual(['Total current assets', '2,168,345', '3,409,344']);
  });

  test('the exhibit index comes out as two text columns', () => {
    const table = parsedTable(file, 1);
    expect(table.align).toEqual(['left', 'left']);
    expect(texts(table.rows[1]?.cells)).toEqual(['23.1', "Independent Auditors' Consent"]);
  });
});

describe.skipIf(!hasCorpus)('a 424B1 prospectus without <PAGE> markers: selected financial data', () => {
  const file = new URL('1998-cvs-corp-424b1.txt', CORPUS);

  test('spanners over their rules, read top to bottom with the dates between them', () => {
    const table = parsedTable(file, 1);
    expect(texts(table.header).slice(0, 2)).toEqual(['', 'Fiscal Year ended December 31, — 1995']);
    expect(table.header[5]?.text).toBe('Three Months ended — March 28, 1998 — (unaudited)');
  });

  test('footnote markers hung on row labels become notes: "profit(2)(4)"', () => {
    const table = parsedTable(file, 1);
    const row = table.rows.find((r) => r.cells[0]?.text === 'Comparable operating profit');
    expect(row?.cells[0]?.notes).toEqual(['2', '4']);
    expect(texts(row?.cells)).toEqual(['Comparable operating profit', '445.7', '553.6', '717.5', '192.1', '221.6']);
  });

  test('the untagged restructuring table is found and read', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.trim() === 'CVS/Revco');
    const length = untaggedTableLength(lines.map((text) => ({ text })), start);
    expect(length).toBe(12);
    const table = parseTable({
      tagged: false,
      lines: lines.slice(start, start + length).map((text, i) => ({ text, pos: { line: start + i + 1, pageIndex: 0, printedPage: null } })),
    });
    expect(table?.caption).toBe('(in millions)');
    expect(texts(table?.header)).toEqual(['', 'CVS/Revco Restructuring Charge', 'Utilized in 1997', 'Balance at 12/31/97']);
    const total = table?.rows[table.rows.length - 1];
    expect(total).toMatchObject({ total: true });
    expect(texts(total?.cells)).toEqual(['', '$411.7', '$195.6', '$216.1']);
  });
});

describe.skipIf(!hasCorpus)('a 10-K: an untagged table with "$" set apart and notes on the labels', () => {
  const file = new URL('1994-apple-computer-10-k.txt', CORPUS);
  const lines = hasCorpus ? readFileSync(file, 'utf8').split('\n') : [];
  const start = lines.findIndex((l) => /^\s+Balance at\s+Balance at\s*$/.test(l));

  test('the headings, the labels with their (C)/(B) notes and the figures', () => {
    const length = untaggedTableLength(lines.map((text) => ({ text })), start);
    expect(length).toBeGreaterThan(10);
    const table = parseTable({
      tagged: false,
      lines: lines.slice(start, start + length).map((text, i) => ({ text, pos: { line: start + i + 1, pageIndex: 0, printedPage: null } })),
    });
    expect(texts(table?.header)).toEqual(['Category', 'Balance at Sept. 24, 1993', 'Spending', 'Adjustments', 'Balance at Sept. 30, 1994']);
    expect(table?.rows[0]?.cells).toEqual([
      { text: 'Employee termination payments', notes: ['C'] },
      { text: '$84,062', notes: [] },
      { text: '$42,376', notes: [] },
      { text: '$30,933', notes: [] },
      { text: '$10,753', notes: [] },
    ]);
    expect(table?.rows[1]?.cells[0]).toEqual({ text: 'Other costs relating to terminated employees', notes: ['B'] });
  });
});

describe.skipIf(!hasCorpus)('the whole corpus', () => {
  test('most tables parse; none loses text (the self-check declines instead)', () => {
    let all = 0;
    let parsed = 0;
    for (const name of ['1994-apple-computer-10-k', '1997-apple-computer-10-k', '1998-amazon-com-8-k', '1998-cvs-corp-424b1', '2005-southern-co-8-k']) {
      for (const source of tablesOf(new URL(`${name}.txt`, CORPUS))) {
        all++;
        if (parseTable(source) !== null) parsed++;
      }
    }
    expect(all).toBe(94);
    expect(parsed).toBeGreaterThanOrEqual(85);
  });
});
