/** The live minimum rule on Programs through the built bundle (the formula: test/sheets/minimum-rule.test.ts). */
import { describe, expect, it } from 'vitest';
import { readMark } from '../../src/sheets/sheet-layout.ts';
import { openWorkbook } from './harness.ts';

const PROFILE = [
  ['Name', 'A'],
  ['Step 2 CK', 221],
];
const PROGRAMS = [
  ['Program', 'Min Step 2 CK'],
  ['X', '225+'],
];

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

  it("is recorded in the list's mark, so a regeneration makes no call for it", () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const tag = readMark(book.emulator.spreadsheet.inspect('Application List')!.notes[0]![0]!).tags.rule;
    expect(tag).toMatch(/^[0-9a-f]{8}$/);
    book.emulator.counter.reset();
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.counter.byMethod.get('Sheet.getConditionalFormatRules')).toBeUndefined();
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
  });

  it('stays deleted when a person deletes it, until the rule changes or the list is made anew', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    const programs = () => book.emulator.spreadsheet.getSheetByName('Programs')!;
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    programs().setConditionalFormatRules([]);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(0);
    // A column added to Programs changes the rule (it colours one more column): it is put back.
    programs()
      .getRange(1, 3, 2, 1)
      .setValues([['State'], ['NY']]);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
    programs().setConditionalFormatRules([]);
    const list = book.emulator.spreadsheet.getSheetByName('Application List')!;
    book.emulator.spreadsheet.deleteSheet(list);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
  });

  it('is tried again at the next run when it could not be set', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    book.emulator.counter.failOnMethod('Sheet.setConditionalFormatRules');
    const first = book.bundle.callServer('generateList', {});
    expect(first.ok).toBe(true);
    const note = () => book.emulator.spreadsheet.inspect('Application List')!.notes[0]![0]!;
    expect(readMark(note()).tags.rule).toBeUndefined();
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(0);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
    expect(readMark(note()).tags.rule).toMatch(/^[0-9a-f]{8}$/);
  });
});
