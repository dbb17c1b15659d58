import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';

function makeSheet(values: unknown[][] = [], options: { maxRows?: number; maxColumns?: number } = {}) {
  const spreadsheet = new FakeSpreadsheet({ counter: new CallCounter() });
  const sheet = spreadsheet.seedSheet('Programs', values, options);
  return { spreadsheet, sheet };
}

function caught(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('getValues', () => {
  it('gives an empty string for every empty cell', () => {
    const { sheet } = makeSheet([['Program', '', 220]]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['Program', '', 220, ''],
      ['', '', '', ''],
    ]);
  });

  it('returns fresh arrays and copied Dates', () => {
    const opened = new Date(2025, 5, 1);
    const { sheet } = makeSheet([[opened]]);
    const first = sheet.getRange('A1').getValues();
    const row = first[0] as unknown[];
    (row[0] as Date).setFullYear(1999);
    row.push('extra');
    expect(sheet.getRange('A1').getValues()).toEqual([[new Date(2025, 5, 1)]]);
  });

  it('gives a formula cell its computed value, or an empty string before one is set', () => {
    const { spreadsheet, sheet } = makeSheet([['=RAD_TIER(231)']]);
    expect(sheet.getRange('A1').getValue()).toBe('');
    spreadsheet.setComputedValue('Programs', 1, 1, 'Competitive');
    expect(sheet.getRange('A1').getValue()).toBe('Competitive');
    expect(sheet.getRange('A1').getFormula()).toBe('=RAD_TIER(231)');
  });
});

describe('setValues', () => {
  it.each([
    [
      [[1, 2]],
      3,
      2,
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    ],
    [
      [[1], [2], [3], [4]],
      3,
      1,
      'The number of rows in the data does not match the number of rows in the range. The data has 4 but the range has 3.',
    ],
    [
      [[1, 2, 3, 4]],
      1,
      5,
      'The number of columns in the data does not match the number of columns in the range. The data has 4 but the range has 5.',
    ],
    [
      [[1, 2], [3]],
      2,
      2,
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ],
  ])("refuses %j for a %i×%i range with Sheets' message", (data, numRows, numColumns, message) => {
    const { sheet } = makeSheet([['keep']]);
    const error = caught(() => sheet.getRange(1, 1, numRows, numColumns).setValues(data));
    expect(error.message).toBe(message);
    expect(String(error)).toBe(`Exception: ${message}`);
    expect(sheet.getRange('A1').getValue()).toBe('keep');
  });

  it('refuses a flat array', () => {
    const { sheet } = makeSheet();
    expect(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][])).toThrow(
      /method signature/,
    );
  });

  it("turns = strings into formulas and keeps '= strings as text", () => {
    const { sheet } = makeSheet();
    sheet.getRange('A1:B1').setValues([['=RAD_TIER(231)', "'=not a formula"]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=RAD_TIER(231)', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '=not a formula']]);
  });

  it.each([
    ['42', 42],
    ['35%', 0.35],
    ['TRUE', true],
    ['2025-06-01', new Date(2025, 5, 1)],
    [null, ''],
    [undefined, ''],
  ])('reads the written %j as %j', (raw, stored) => {
    const { sheet } = makeSheet();
    sheet.getRange('A1').setValues([[raw]]);
    expect(sheet.getRange('A1').getValue()).toEqual(stored);
  });

  it.each(['42', 'TRUE', '2025-06-01', '=A1'])('keeps %s as text in a cell formatted @', (raw) => {
    const { sheet } = makeSheet();
    sheet.getRange('A1').setNumberFormat('@').setValue(raw);
    expect(sheet.getRange('A1').getValue()).toBe(raw);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('keeps background, note and number format of the cells it writes', () => {
    const { sheet } = makeSheet();
    const cell = sheet.getRange('B2');
    cell.setBackground('#F4CCCC').setNote('checked').setNumberFormat('0.00');
    cell.setValues([[1.23456]]);
    expect([cell.getBackground(), cell.getNote(), cell.getNumberFormat(), cell.getDisplayValue()]).toEqual([
      '#f4cccc',
      'checked',
      '0.00',
      '1.23',
    ]);
  });

  it('refuses text over 50,000 characters', () => {
    const { sheet } = makeSheet();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(/maximum 50000 characters/);
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50000))).not.toThrow();
  });
});

describe('getDisplayValues', () => {
  it('shows numbers, booleans and Dates as Sheets does', () => {
    const { sheet } = makeSheet([[231, true, false, new Date(2025, 5, 1), 'text', '']]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([
      ['231', 'TRUE', 'FALSE', '6/1/2025', 'text', ''],
    ]);
  });
});

describe('clear', () => {
  function formattedCell() {
    const { sheet } = makeSheet([['value']]);
    const cell = sheet.getRange('A1');
    cell.setBackground('#fce5cd').setNote('keep me').setFontWeight('bold');
    return cell;
  }

  it.each([
    ['clearContent', '', '#fce5cd', 'bold'],
    ['clearFormat', 'value', '#ffffff', 'normal'],
    ['clear', '', '#ffffff', 'normal'],
  ] as const)(
    '%s leaves value %j, background %s, weight %s and the note',
    (method, value, background, weight) => {
      const cell = formattedCell();
      cell[method]();
      expect([cell.getValue(), cell.getBackground(), cell.getFontWeight(), cell.getNote()]).toEqual([
        value,
        background,
        weight,
        'keep me',
      ]);
    },
  );
});

describe('setBackground', () => {
  it.each([
    ['#F4CCCC', '#f4cccc'],
    ['#abc', '#aabbcc'],
    ['red', '#ff0000'],
    [null, '#ffffff'],
  ])('stores %j as %s', (color, stored) => {
    const { sheet } = makeSheet();
    sheet.getRange('A1:B2').setBackground('#000000').setBackground(color);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([
      [stored, stored],
      [stored, stored],
    ]);
  });

  it('sets one background a cell with setBackgrounds, checking the shape', () => {
    const { sheet } = makeSheet();
    sheet.getRange('A1:B1').setBackgrounds([['#f4cccc', null]]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#f4cccc', '#ffffff']]);
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['#f4cccc']])).toThrow(/columns in the data/);
  });
});

describe('getA1Notation', () => {
  it.each([
    [1, 1, 1, 1, 'A1'],
    [2, 3, 4, 2, 'C2:D5'],
  ])('names (%i, %i, %i×%i) %s', (row, column, numRows, numColumns, a1) => {
    const { sheet } = makeSheet();
    const range = sheet.getRange(row, column, numRows, numColumns);
    expect(range.getA1Notation()).toBe(a1);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      row,
      column,
      numRows,
      numColumns,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([row + numRows - 1, column + numColumns - 1]);
  });
});

describe('offset', () => {
  it('moves and resizes within the sheet and throws outside it', () => {
    const { sheet } = makeSheet([], { maxRows: 10, maxColumns: 5 });
    expect(sheet.getRange('B2').offset(1, 2, 2, 2).getA1Notation()).toBe('D3:E4');
    expect(() => sheet.getRange('B2').offset(-2, 0)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange('B2').offset(0, 0, 1, 5)).toThrow(/outside the dimensions/);
  });
});

describe('getCell', () => {
  it.each([
    [1, 1, 'B2'],
    [2, 3, 'D3'],
  ])('picks (%i, %i) of B2:D3 as %s', (row, column, a1) => {
    const { sheet } = makeSheet();
    expect(sheet.getRange('B2:D3').getCell(row, column).getA1Notation()).toBe(a1);
  });

  it.each([
    [0, 1],
    [3, 1],
    [1, 4],
  ])('throws for (%i, %i) outside B2:D3', (row, column) => {
    const { sheet } = makeSheet();
    expect(() => sheet.getRange('B2:D3').getCell(row, column)).toThrow('Cell reference out of range');
  });
});

describe('wrap and alignment grids', () => {
  it('sets and reads wrap and horizontal alignment cell by cell, null resetting alignment', () => {
    const { sheet } = makeSheet([['a', 'b']]);
    const range = sheet.getRange(1, 1, 1, 2);
    expect(range.getWraps()).toEqual([[false, false]]);
    range.setWraps([[true, false]]);
    range.setHorizontalAlignments([['right', null]]);
    expect(range.getWraps()).toEqual([[true, false]]);
    expect(range.getHorizontalAlignments()).toEqual([['right', 'general']]);
    expect(range.getHorizontalAlignment()).toBe('right');
    expect(() => range.setWraps([[true]])).toThrow();
  });
});

describe('vertical alignment grids and display values', () => {
  it('sets and reads vertical alignment cell by cell, size-checked like setValues', () => {
    const { spreadsheet, sheet } = makeSheet([['Rank', 'Why']]);
    const range = sheet.getRange('A1:B1');
    range.setVerticalAlignments([['top', null]]);
    expect(range.getVerticalAlignments()).toEqual([['top', 'bottom']]);
    expect(sheet.getRange('A1').getVerticalAlignment()).toBe('top');
    expect(() => range.setVerticalAlignments([['top']])).toThrow(
      /The number of columns in the data does not match/,
    );
    expect(spreadsheet.inspect('Programs')!.verticalAlignments).toEqual([['top', 'bottom']]);
  });

  it('shows percents, dollars and signed numbers as Sheets does', () => {
    const { sheet } = makeSheet([[0.21, 308, -3, 5]]);
    sheet.getRange('A1:D1').setNumberFormats([['0%', '$#,##0', '+0;"−"0;0', '+0;"−"0;0']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['21%', '$308', '−3', '+5']]);
  });
});
