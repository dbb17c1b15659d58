import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';

function makeSheet(values: unknown[][] = [], options: { maxRows?: number; maxColumns?: number } = {}) {
  const spreadsheet = new FakeSpreadsheet({ counter: new CallCounter() });
  const sheet = spreadsheet.seedSheet('List', values, options);
  return { spreadsheet, sheet };
}

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe('getRange', () => {
  it.each([
    [1, 1, 1, 1, false],
    [10, 5, 1, 1, false],
    [1, 1, 10, 5, false],
    [0, 1, 1, 1, true],
    [1, 0, 1, 1, true],
    [11, 1, 1, 1, true],
    [1, 6, 1, 1, true],
    [10, 1, 2, 1, true],
    [1, 5, 1, 2, true],
  ])('at (%i, %i) sized %i×%i on a 10×5 sheet throws: %s', (row, column, numRows, numColumns, throws) => {
    const { sheet } = makeSheet([], { maxRows: 10, maxColumns: 5 });
    const get = () => sheet.getRange(row, column, numRows, numColumns);
    if (throws) expect(get).toThrow(OUTSIDE);
    else expect(get).not.toThrow();
  });

  it('reaches a range a writer first made room for', () => {
    const { sheet } = makeSheet([], { maxRows: 10, maxColumns: 5 });
    expect(() => sheet.getRange(12, 7)).toThrow(OUTSIDE);
    sheet.insertRowsAfter(sheet.getMaxRows(), 2);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    sheet.getRange(12, 7).setValue('fits');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getRange('G12').getValue()]).toEqual([
      12,
      7,
      'fits',
    ]);
  });

  it.each([
    ['B2:B', 'B2:B10'],
    ['A:B', 'A1:B10'],
    ['3:4', 'A3:E4'],
    ["'List'!C3", 'C3'],
  ])('opens %s to %s on a 10×5 sheet', (a1, expected) => {
    const { sheet } = makeSheet([], { maxRows: 10, maxColumns: 5 });
    expect(sheet.getRange(a1).getA1Notation()).toBe(expected);
  });

  it.each(['Other!A1', 'nonsense', 'A0'])('throws Range not found for %s', (a1) => {
    const { sheet } = makeSheet();
    expect(() => sheet.getRange(a1)).toThrow('Range not found');
  });
});

describe('getDataRange', () => {
  it.each([
    [[], 'A1', 0, 0],
    [[['a']], 'A1', 1, 1],
    [
      [
        ['a', '', ''],
        ['', '', 'c'],
      ],
      'A1:C2',
      2,
      3,
    ],
    [[[''], [''], ['', 'x']], 'A1:B3', 3, 2],
  ])('spans %j as %s (last row %i, last column %i)', (values, a1, lastRow, lastColumn) => {
    const { sheet } = makeSheet(values);
    expect(sheet.getDataRange().getA1Notation()).toBe(a1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([lastRow, lastColumn]);
  });

  it('ignores cells that only carry a note or a background', () => {
    const { sheet } = makeSheet([['a']]);
    sheet.getRange('D9').setNote('later').setBackground('#f4cccc');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('insertRowsAfter', () => {
  it('shifts contents and formats below the insertion down', () => {
    const { sheet } = makeSheet([['head'], ['one'], ['two']]);
    sheet.getRange('A2').setBackground('#f4cccc');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['head'], [''], [''], ['one'], ['two']]);
    expect(sheet.getRange('A4').getBackground()).toBe('#f4cccc');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it.each([
    [0, 1],
    [1001, 1],
    [1, 0],
  ])('throws for position %i and count %i', (position, count) => {
    const { sheet } = makeSheet();
    expect(() => sheet.insertRowsAfter(position, count)).toThrow('Those rows are out of bounds.');
  });
});

describe('insertRowsBefore', () => {
  it.each([
    [1, 3],
    [2, 1],
    [3, 1],
  ])('inserting 2 rows before row %i leaves %i frozen rows when 1 was frozen', (before, frozen) => {
    const { sheet } = makeSheet([['head'], ['one']]);
    sheet.setFrozenRows(1);
    sheet.insertRowsBefore(before, 2);
    expect(sheet.getFrozenRows()).toBe(frozen);
  });
});

describe('deleteRows', () => {
  it('shifts contents and formats below the deletion up', () => {
    const { sheet } = makeSheet([['head'], ['one'], ['two'], ['three']]);
    sheet.getRange('A4').setBackground('#fce5cd').setNote('n');
    sheet.deleteRows(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([['head'], ['three']]);
    expect([sheet.getRange('A2').getBackground(), sheet.getRange('A2').getNote()]).toEqual(['#fce5cd', 'n']);
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('refuses to delete every non-frozen row', () => {
    const { sheet } = makeSheet([], { maxRows: 3 });
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteRows(2, 1);
    expect(sheet.getMaxRows()).toBe(2);
  });
});

describe('deleteColumns', () => {
  it('shifts columns to the right of the deletion left', () => {
    const { sheet } = makeSheet([['a', 'b', 'c', 'd']]);
    sheet.setColumnWidth(4, 250);
    sheet.deleteColumns(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([['a', 'd']]);
    expect([sheet.getColumnWidth(2), sheet.getMaxColumns()]).toEqual([250, 24]);
  });

  it('inserts blank columns with insertColumnsAfter', () => {
    const { sheet } = makeSheet([['a', 'b']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getDataRange().getValues()).toEqual([['a', '', 'b']]);
  });
});

describe('clearContents', () => {
  it.each([
    ['clearContents', [['']], '#f4cccc'],
    ['clearFormats', [['x']], '#ffffff'],
    ['clear', [['']], '#ffffff'],
  ] as const)('%s leaves values %j and background %s, and keeps notes', (method, values, background) => {
    const { sheet } = makeSheet([['x']]);
    sheet.getRange('A1').setBackground('#f4cccc').setNote('kept');
    sheet[method]();
    expect(sheet.getRange('A1').getValues()).toEqual(values);
    expect([sheet.getRange('A1').getBackground(), sheet.getRange('A1').getNote()]).toEqual([
      background,
      'kept',
    ]);
  });
});

describe('setFrozenRows', () => {
  it.each([
    [0, false],
    [1, false],
    [9, false],
    [10, true],
    [-1, true],
  ])('freezes %i rows of a 10-row sheet, throwing: %s', (rows, throws) => {
    const { sheet } = makeSheet([], { maxRows: 10 });
    if (throws) expect(() => sheet.setFrozenRows(rows)).toThrow(/freeze all/);
    else {
      sheet.setFrozenRows(rows);
      expect(sheet.getFrozenRows()).toBe(rows);
    }
  });

  it('keeps frozen columns', () => {
    const { sheet } = makeSheet();
    sheet.setFrozenColumns(2);
    expect(sheet.getFrozenColumns()).toBe(2);
  });
});

describe('setColumnWidths', () => {
  it('sets widths and leaves the others at 100', () => {
    const { sheet } = makeSheet();
    sheet.setColumnWidths(2, 2, 180);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 180, 180, 100]);
  });

  it('fits autoResizeColumns to the longest text', () => {
    const { sheet } = makeSheet([['a', 'a much longer program name']]);
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(sheet.getColumnWidth(1));
  });
});

describe('hideSheet', () => {
  it('hides and shows a sheet but never the last visible one', () => {
    const { spreadsheet, sheet } = makeSheet();
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    const first = spreadsheet.getSheetByName('Sheet1')!;
    expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.showSheet();
    expect(spreadsheet.inspect('List')?.hidden).toBe(false);
  });
});

describe('setTabColor', () => {
  it.each([
    ['#FF0000', '#ff0000'],
    [null, null],
  ])('stores %j as %j', (color, stored) => {
    const { sheet } = makeSheet();
    sheet.setTabColor(color);
    expect(sheet.getTabColor()).toBe(stored);
  });
});

describe('appendRow', () => {
  it('writes below the last row with content, reading text as typed', () => {
    const { sheet } = makeSheet([
      ['Program', 'Min'],
      ['A', 220],
    ]);
    sheet.appendRow(['B', '225']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Program', 'Min'],
      ['A', 220],
      ['B', 225],
    ]);
  });

  it('grows a full sheet', () => {
    const { sheet } = makeSheet([['a'], ['b']], { maxRows: 2, maxColumns: 1 });
    sheet.appendRow(['c', 'd']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([3, 2, 3]);
  });
});

describe('setName', () => {
  it.each(['Sheet1', 'sheet1'])('refuses the taken name %s', (name) => {
    const { sheet } = makeSheet();
    expect(() => sheet.setName(name)).toThrow(
      `A sheet with the name "${name}" already exists. Please enter another name.`,
    );
  });

  it.each([
    ['x'.repeat(100), false],
    ['x'.repeat(101), true],
    ['', true],
  ])('names a sheet with %j, throwing: %s', (name, throws) => {
    const { sheet } = makeSheet();
    if (throws) expect(() => sheet.setName(name)).toThrow();
    else expect(sheet.setName(name).getName()).toBe(name);
  });

  it('renames a sheet to its own name in another case', () => {
    const { sheet } = makeSheet();
    expect(sheet.setName('LIST').getName()).toBe('LIST');
  });
});
