import { describe, expect, test } from 'vitest';
import { tableCsv } from '../../scripts/parser/table/csv.ts';
import { readFigure } from '../../scripts/parser/table/figure.ts';
import { checkSums, statedFigures } from '../../scripts/parser/table/sums.ts';
import type { RowKind, TableModel } from '../../scripts/parser/types.ts';

const pos = { line: 1, pageIndex: 0, printedPage: null };
const cell = (text: string, notes: string[] = []) => ({ text, notes });
const row = (cells: string[], kind: RowKind = 'data') => ({ cells: cells.map((t) => cell(t)), total: kind === 'total', level: 0, section: kind === 'section', kind, pos });
const table = (header: string[], rows: ReturnType<typeof row>[]): Pick<TableModel, 'header' | 'rows'> => ({ header: header.map((t) => cell(t)), rows });

describe('readFigure', () => {
  test('reads currency, separators, parentheses, minus signs and percentages', () => {
    expect(readFigure('$ 1,234')).toEqual({ value: 1234, integer: true, percent: false });
    expect(readFigure('(1,234)')).toEqual({ value: -1234, integer: true, percent: false });
    expect(readFigure('$(3.28)')).toEqual({ value: -3.28, integer: false, percent: false });
    expect(readFigure('-17')).toEqual({ value: -17, integer: true, percent: false });
    expect(readFigure('12.5%')).toEqual({ value: 12.5, integer: false, percent: true });
  });

  test('declines words, dates, half a parenthesis and empty cells', () => {
    for (const text of ['Jane Roe', '8/20/87', '(1,234', '', '--', 'June 30, 1997']) expect(readFigure(text)).toBeNull();
  });
});

describe('tableCsv', () => {
  test('writes the header with its markers, figures as numbers, parentheses as negatives and a nil dash as empty', () => {
    const model = {
      header: [cell('Holder'), cell('Shares Owned', ['1', '2']), cell('Change')],
      rows: [row(['Jane Roe, Trustee', '$ 1,234', '(56)']), row(['"Big" Fund', '7,000', '--'])],
    };
    expect(tableCsv(model)).toBe('Holder,Shares Owned (1)(2),Change\r\n"Jane Roe, Trustee",1234,-56\r\n"""Big"" Fund",7000,\r\n');
  });

  test('a figure keeps its markers in a last Notes column; a label keeps its own', () => {
    const model = { header: [cell('Item'), cell('1997')], rows: [{ ...row(['Sales', '']), cells: [cell('Sales', ['a']), cell('9,411', ['1'])] }, row(['Costs', '8,000'])] };
    expect(tableCsv(model)).toBe('Item,1997,Notes\r\nSales (a),9411,(1)\r\nCosts,8000,\r\n');
  });

  test('a label that reads like a spreadsheet formula is kept as text', () => {
    expect(tableCsv(table(['Item', 'Total'], [row(['=SUM(A1)', '1'])]))).toBe("Item,Total\r\n'=SUM(A1),1\r\n");
  });
});

describe('checkSums', () => {
  test('a flat table whose total row adds up, column by column', () => {
    const t = table(['', '1997', '1996'], [row(['Cash', '1,203', '1,140']), row(['Receivables', '(203)', '60']), row(['Total', '$1,000', '$1,200'], 'total')]);
    expect(checkSums(t, new Map())).toEqual([
      { column: 1, label: '1997', row: 2, total: '1,000', sum: '1,000', ok: true },
      { column: 2, label: '1996', row: 2, total: '1,200', sum: '1,200', ok: true },
    ]);
  });

  test('a flat table whose total does not add up is reported with both figures', () => {
    const t = table(['', '1999'], [row(['Payroll', '32,720']), row(['Benefits', '49,293']), row(['', '81,103'], 'total')]);
    expect(checkSums(t, new Map())).toEqual([{ column: 1, label: '1999', row: 2, total: '81,103', sum: '82,013', ok: false }]);
  });

  test('in a statement with groups, a total that matches no reading is left unchecked, not called wrong', () => {
    const t = table(['', '2000'], [
      row(['Current assets:'], 'section'),
      row(['Cash', '100']),
      row(['Inventory', '50']),
      row(['Total current assets', '150'], 'subtotal'),
      row(['Plant', '300']),
      row(['Less depreciation', '100']),
      row(['Total assets', '350'], 'total'),
    ]);
    expect(checkSums(t, new Map())).toEqual([{ column: 1, label: '2000', row: 3, total: '150', sum: '150', ok: true }]);
  });

  test('a roll-forward adds up through a balance printed without a total mark', () => {
    const t = table(['', 'Shares'], [
      row(['Outstanding, 1996 (inception)', '--']),
      row(['Granted', '808,019']),
      row(['Exercised', '(390,000)']),
      row(['Outstanding, 1996', '418,019']),
      row(['Granted', '1,395,273']),
      row(['Canceled', '(262,400)']),
      row(['Outstanding, 1997', '1,550,892'], 'total'),
    ]);
    expect(checkSums(t, new Map())).toEqual([{ column: 1, label: 'Shares', row: 6, total: '1,550,892', sum: '1,550,892', ok: true }]);
  });

  test('a table with no total row matches a column sum the text states, and says where', () => {
    const t = table(['Holder', 'Offered', 'After'], [row(['A', '1,500', '0']), row(['B', '2,700', '0'])]);
    expect(checkSums(t, new Map([['4,200', 'Cover page']]))).toEqual([{ column: 1, label: 'Offered', total: '4,200', sum: '4,200', ok: true, stated: 'Cover page' }]);
    expect(checkSums(t, new Map())).toEqual([]);
  });

  test('decimals and percentages are not summed: they are rounded as printed', () => {
    const t = table(['', 'Share'], [row(['A', '33.3%']), row(['B', '66.7%']), row(['Total', '100.0%'], 'total')]);
    expect(checkSums(t, new Map())).toEqual([]);
  });
});

describe('statedFigures', () => {
  test('takes figures written with thousands separators, never years, page numbers or decimals', () => {
    expect(statedFigures('offering and selling 4,174,803 shares in 2004, see page 7; $1,234.50 and 12,000')).toEqual(['4,174,803', '12,000']);
  });
});
