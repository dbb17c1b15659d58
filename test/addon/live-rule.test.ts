/** The live minimum rule on Programs through the built bundle (the formula: test/sheets/minimum-rule.test.ts). */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './harness.ts';

describe('the rule on Programs', () => {
  it('is written once and left alone while it stays the same', () => {
    const book = openWorkbook({
      Profile: [
        ['Name', 'A'],
        ['Step 2 CK', 221],
      ],
      Programs: [
        ['Program', 'Min Step 2 CK'],
        ['X', '225+'],
      ],
    });
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.counter.byMethod.get('Sheet.setConditionalFormatRules')).toBe(1);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.counter.byMethod.get('Sheet.setConditionalFormatRules')).toBe(1);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
  });

  it('covers every row of the program columns, to the sheet’s last row', () => {
    const book = openWorkbook({
      Profile: [
        ['Name', 'A'],
        ['Step 2 CK', 221],
      ],
      Programs: [
        ['Program', 'Min Step 2 CK', 'State'],
        ['X', '225+', 'NY'],
      ],
    });
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const [rule] = book.emulator.spreadsheet.inspect('Programs')!.conditionalRules;
    expect(rule?.getRanges().map((range) => range.bounds())).toEqual([
      { row: 2, column: 1, numRows: 999, numColumns: 3, sheetName: 'Programs' },
    ]);
  });
});
