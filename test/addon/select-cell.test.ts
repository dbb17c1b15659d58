/** selectCell through the built bundle: the sidebar's issue list takes the user to a cell. */
import { describe, expect, it } from 'vitest';
import { readFailure } from '../../src/addon/api.ts';
import { openWorkbook } from './harness.ts';

describe('selectCell', () => {
  it('activates the sheet and selects the cell', () => {
    const book = openWorkbook({ Programs: [['Program'], ['Alpha']], Profile: [['Name', 'Ana']] });
    expect(book.bundle.callServer('selectCell', { sheet: 'Programs', cell: 'A2' }).ok).toBe(true);
    const active = book.emulator.spreadsheet.getActiveSheet();
    expect(active.getName()).toBe('Programs');
    expect(book.emulator.spreadsheet.getActiveRange().getA1Notation()).toBe('A2');
  });

  it.each([
    ['a sheet that is gone', { sheet: 'Gone', cell: 'A1' }, 'SHEET_GONE'],
    ['a cell that is not one', { sheet: 'Programs', cell: '=A1' }, 'BAD_ARGUMENT'],
  ])('refuses %s', (_case, arg, code) => {
    const book = openWorkbook({ Programs: [['Program']] });
    const reply = book.bundle.callServer('selectCell', arg);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(readFailure(reply.error.message).code).toBe(code);
  });

  it.each([
    ['no argument', undefined, /^selectCell: "sheet": which sheet to go to is missing\.$/],
    ['no cell', { sheet: 'Programs' }, /^selectCell: "cell": which cell to go to is missing\.$/],
    [
      'a sheet that is not text',
      { sheet: 7, cell: 'A1' },
      /^selectCell: "sheet": the sheet must be a sheet name \(text\)\.$/,
    ],
    [
      'a cell that is not text',
      { sheet: 'Programs', cell: 12 },
      /^selectCell: "cell": the cell must be a cell such as B7 \(text\)\.$/,
    ],
  ])('answers %s in plain words', (_case, arg, message) => {
    const book = openWorkbook({ Programs: [['Program']] });
    const reply = book.bundle.callServer('selectCell', arg);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      const failure = readFailure(reply.error.message);
      expect(failure.code).toBe('BAD_ARGUMENT');
      expect(failure.message).toMatch(message);
    }
  });

  it.each(['A9999999', 'ZZZ1', 'AB2'])('says %s is outside the sheet, and how big the sheet is', (cell) => {
    const book = openWorkbook({ Programs: [['Program'], ['Alpha']] });
    const sheet = book.emulator.spreadsheet.getSheetByName('Programs')!;
    const reply = book.bundle.callServer('selectCell', { sheet: 'Programs', cell });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      const failure = readFailure(reply.error.message);
      expect(failure.code).toBe('CELL_GONE');
      const last = `${String.fromCharCode(64 + sheet.getMaxColumns())}${sheet.getMaxRows()}`;
      expect(failure.message).toBe(
        `The sheet "Programs" has no cell ${cell}: it goes from A1 to ${last}. Rows or columns may have been deleted since the issue was found; generate again to see the issues as they are now.`,
      );
      expect(failure.message).not.toMatch(/coordinates|dimensions|try again/i);
    }
  });
});
