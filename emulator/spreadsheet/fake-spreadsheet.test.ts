import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';

function makeSpreadsheet() {
  const counter = new CallCounter();
  return { counter, spreadsheet: new FakeSpreadsheet({ counter, id: 'abc123', name: 'RadList' }) };
}

describe('insertSheet', () => {
  it('adds a 1000×26 sheet after the active one and makes it active', () => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.insertSheet('Programs');
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Sheet1')!);
    const added = spreadsheet.insertSheet('Profile');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Profile', 'Programs']);
    expect([added.getMaxRows(), added.getMaxColumns(), added.getIndex()]).toEqual([1000, 26, 2]);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Profile');
  });

  it.each([
    [0, ['New', 'Sheet1', 'A']],
    [2, ['Sheet1', 'A', 'New']],
  ])('places a sheet at the 0-based index %i', (index, order) => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.insertSheet('A');
    spreadsheet.insertSheet('New', index);
    expect(spreadsheet.sheetNames()).toEqual(order);
  });

  it.each(['Programs', 'PROGRAMS'])("refuses the taken name %s with Sheets' message", (name) => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.insertSheet('Programs');
    expect(() => spreadsheet.insertSheet(name)).toThrow(
      `A sheet with the name "${name}" already exists. Please enter another name.`,
    );
    expect(spreadsheet.getNumSheets()).toBe(2);
  });

  it('copies a template sheet whole: values, formats, widths, frozen rows and size', () => {
    const { spreadsheet } = makeSpreadsheet();
    const old = spreadsheet.insertSheet('List');
    old.getRange(1, 1, 2, 2).setValues([
      ['Rank', 'Program'],
      [1, 'Lakeview'],
    ]);
    old.getRange(2, 1, 1, 2).setBackground('#f4cccc');
    old.setColumnWidth(2, 240);
    old.setFrozenRows(1);
    old.deleteRows(500, 501);
    const copy = spreadsheet.insertSheet('List copy', 0, { template: old });
    const snapshot = spreadsheet.inspect('List copy')!;
    expect(snapshot.values).toEqual([
      ['Rank', 'Program'],
      [1, 'Lakeview'],
    ]);
    expect(snapshot.backgrounds[1]).toEqual(['#f4cccc', '#f4cccc']);
    expect([copy.getColumnWidth(2), copy.getFrozenRows(), copy.getMaxRows()]).toEqual([240, 1, 499]);
    copy.getRange(1, 1).setValue('Changed');
    expect(spreadsheet.inspect('List')!.values[0]![0]).toBe('Rank');
  });

  it('names an unnamed sheet SheetN', () => {
    const { spreadsheet } = makeSpreadsheet();
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet2');
    expect(spreadsheet.insertSheet(0).getName()).toBe('Sheet3');
    expect(spreadsheet.sheetNames()).toEqual(['Sheet3', 'Sheet1', 'Sheet2']);
  });
});

describe('deleteSheet', () => {
  it('removes a sheet and refuses to remove the last one', () => {
    const { spreadsheet } = makeSpreadsheet();
    const extra = spreadsheet.insertSheet('Temp');
    spreadsheet.deleteSheet(extra);
    expect(spreadsheet.getSheetByName('Temp')).toBeNull();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheets()[0]!)).toThrow(/remove all the sheets/);
  });
});

describe('getRange', () => {
  it.each([
    ["'My sheet'!B2", 'My sheet', 'B2'],
    ['Programs!A1:B2', 'Programs', 'A1:B2'],
    ['C3', 'Programs', 'C3'],
  ])('finds %s on %s', (a1, sheetName, cells) => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.seedSheet('My sheet', [[1]]);
    spreadsheet.insertSheet('Programs');
    const range = spreadsheet.getRange(a1);
    expect([range.getSheet().getName(), range.getA1Notation()]).toEqual([sheetName, cells]);
  });

  it('throws Range not found for a missing sheet', () => {
    const { spreadsheet } = makeSpreadsheet();
    expect(() => spreadsheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });
});

describe('getActiveRange', () => {
  it('is A1 of the active sheet until a range is activated', () => {
    const { spreadsheet } = makeSpreadsheet();
    const sheet = spreadsheet.seedSheet('List', [['x']]);
    expect(spreadsheet.getActiveRange().getSheet().getName()).toBe('Sheet1');
    sheet.getRange('B2:C3').activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('List');
    expect(spreadsheet.getActiveRange().getA1Notation()).toBe('B2:C3');
  });
});

describe('moveActiveSheet', () => {
  it.each([
    [1, ['C', 'Sheet1', 'B']],
    [3, ['Sheet1', 'B', 'C']],
  ])('moves the active sheet to position %i', (position, order) => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.insertSheet('B');
    spreadsheet.insertSheet('C');
    spreadsheet.moveActiveSheet(position);
    expect(spreadsheet.sheetNames()).toEqual(order);
  });
});

describe('getUrl', () => {
  it('describes the file', () => {
    const { spreadsheet } = makeSpreadsheet();
    expect(spreadsheet.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
    expect([spreadsheet.getId(), spreadsheet.getName(), spreadsheet.getSpreadsheetTimeZone()]).toEqual([
      'abc123',
      'RadList',
      'America/New_York',
    ]);
  });

  it('records toasts', () => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.toast('List ready', 'RadList');
    expect(spreadsheet.toasts).toEqual([{ message: 'List ready', title: 'RadList', timeoutSeconds: 5 }]);
  });
});

describe('seedSheet', () => {
  it('stores strings literally unless they start with =, without counting calls', () => {
    const { counter, spreadsheet } = makeSpreadsheet();
    spreadsheet.seedSheet('Profile', [['42', 'TRUE', '=RAD_TIER(B1)', null]], { frozenRows: 1 });
    const snapshot = spreadsheet.inspect('Profile');
    expect(snapshot?.values).toEqual([['42', 'TRUE', '']]);
    expect(snapshot?.formulas).toEqual([['', '', '=RAD_TIER(B1)']]);
    expect(snapshot?.frozenRows).toBe(1);
    expect(counter.total).toBe(0);
  });

  it('replaces a sheet in place, keeping its position and id', () => {
    const { spreadsheet } = makeSpreadsheet();
    const before = spreadsheet.seedSheet('List', [['old'], ['rows']]);
    spreadsheet.seedSheet('Last', []);
    const order = spreadsheet.sheetNames();
    const after = spreadsheet.seedSheet('List', [['new']]);
    expect(spreadsheet.inspect('List')?.values).toEqual([['new']]);
    expect(after.model.id).toBe(before.model.id);
    expect(spreadsheet.sheetNames()).toEqual(order);
    expect(order).toEqual(['Sheet1', 'List', 'Last']);
  });

  it('gives null for a sheet that is not there', () => {
    expect(makeSpreadsheet().spreadsheet.inspect('Nope')).toBeNull();
  });
});

describe('setComputedValue', () => {
  it('lists formula cells and fills their values', () => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.seedSheet('Profile', [['Tier', '=RAD_TIER(231)']]);
    expect(spreadsheet.formulaCells()).toEqual([
      { sheet: 'Profile', row: 1, column: 2, formula: '=RAD_TIER(231)' },
    ]);
    spreadsheet.setComputedValue('Profile', 1, 2, 'Competitive');
    expect(spreadsheet.inspect('Profile')?.values).toEqual([['Tier', 'Competitive']]);
  });

  it('spills a 2-D result right and down without formulas in the spilled cells', () => {
    const { spreadsheet } = makeSpreadsheet();
    const sheet = spreadsheet.seedSheet('Calc', [['=RAD_TIER(A5:A6)']]);
    spreadsheet.setComputedValue('Calc', 1, 1, [
      ['Average', 'x'],
      ['Competitive', 'y'],
    ]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Average', 'x'],
      ['Competitive', 'y'],
    ]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['=RAD_TIER(A5:A6)', ''],
      ['', ''],
    ]);
    spreadsheet.setComputedValue('Calc', 1, 1, 'only one');
    expect(sheet.getDataRange().getValues()).toEqual([['only one']]);
  });

  it.each([
    ['content in the way', [['=F()', 'taken']], 1000],
    ['the sheet edge', [['=F()']], 1],
  ])('gives #REF! when the spill meets %s', (_label, values, maxRows) => {
    const { spreadsheet } = makeSpreadsheet();
    const sheet = spreadsheet.seedSheet('Calc', values, { maxRows });
    spreadsheet.setComputedValue('Calc', 1, 1, [
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  it('breaks a spill that a write lands in', () => {
    const { spreadsheet } = makeSpreadsheet();
    const sheet = spreadsheet.seedSheet('Calc', [['=F()']]);
    spreadsheet.setComputedValue('Calc', 1, 1, [[1], [2]]);
    sheet.getRange('A2').setValue('typed');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['typed']]);
  });

  it('refuses a cell without a formula', () => {
    const { spreadsheet } = makeSpreadsheet();
    spreadsheet.seedSheet('Calc', [['plain']]);
    expect(() => spreadsheet.setComputedValue('Calc', 1, 1, 5)).toThrow(/holds no formula/);
  });
});

describe('Sheets’ size limits', () => {
  it('refuses a new sheet or rows past 10 million cells, changing nothing', () => {
    const { spreadsheet } = makeSpreadsheet();
    // Sheet1 is 1000 × 26; a seeded sheet leaves 30,000 cells free.
    spreadsheet.seedSheet('Archive', [['old']], {
      maxRows: (10_000_000 - 26_000 - 30_000) / 10,
      maxColumns: 10,
    });
    const list = spreadsheet.insertSheet('List');
    expect(() => spreadsheet.insertSheet('Plan')).toThrow(/above the limit of 10000000 cells/);
    expect(() => list.insertRowsAfter(1000, 200)).toThrow(/above the limit of 10000000 cells/);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'List', 'Archive']);
    expect(list.getMaxRows()).toBe(1000);
    list.insertRowsAfter(1000, 100);
    expect(list.getMaxRows()).toBe(1100);
  });

  it('refuses columns past 18,278 in a sheet', () => {
    const { spreadsheet } = makeSpreadsheet();
    const sheet = spreadsheet.insertSheet('Wide');
    sheet.deleteRows(2, 999);
    expect(() => sheet.insertColumnsAfter(26, 18_278)).toThrow(/limit of 18278 columns/);
    expect(sheet.getMaxColumns()).toBe(26);
  });
});
