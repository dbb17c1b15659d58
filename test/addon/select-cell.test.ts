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
});
