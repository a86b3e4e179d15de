import { describe, expect, test } from 'vitest';
import { parseTable } from '../../scripts/parser/tables.ts';
import type { TableModel, TableSource } from '../../scripts/parser/types.ts';

/** The lines of a fixture as the tables stage receives them. */
function source(text: string, tagged = true): TableSource {
  const lines = text.replace(/^\n/, '').replace(/\n$/, '').split('\n');
  return { tagged, lines: lines.map((t, i) => ({ text: t, pos: { line: i + 1, pageIndex: 0, printedPage: null } })) };
}

const texts = (cells: { text: string }[] | undefined): string[] => (cells ?? []).map((c) => c.text);

function parsed(text: string, tagged = true): TableModel {
  const table = parseTable(source(text, tagged));
  expect(table).not.toBeNull();
  return table as TableModel;
}

describe('captions keep their lines apart', () => {
  test('a title, its sentence and the units line are separate caption parts (Apple 1994 "Inventories")', () => {
    const table = parsed(`
<CAPTION>
Inventories
Inventories consist of the following:                    (In thousands)

                                                     1994         1993
<S>                                            <C>          <C>
Purchased parts                                $  469,420   $  504,201
Work in process                                   206,654      284,440
`);
    expect(table.caption).toBe('Inventories — Inventories consist of the following: — (In thousands)');
    expect(texts(table.header)).toEqual(['', '1994', '1993']);
  });

  test('a title wrapped over two full lines stays one part', () => {
    const table = parsed(`
<CAPTION>
The following table sets forth the components of
the Company's deferred tax assets at year end:
                                                     1994         1993
<S>                                            <C>          <C>
Purchased parts                                $  469,420   $  504,201
Work in process                                   206,654      284,440
`);
    expect(table.caption).toBe("The following table sets forth the components of the Company's deferred tax assets at year end:");
  });
});
