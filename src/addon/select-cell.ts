/**
 * `selectCell`: the sidebar's issue list takes the user to the cell an issue names. A cell beyond the sheet's
 * last row or column (deleted since the issue was found) is refused in plain words, before Sheets is asked.
 */

import { cellName } from '../sheets/a1.ts';
import type { SelectCellArgs } from './api.ts';
import { failures } from './errors.ts';
import { runAction } from './execution.ts';
import { parseArgs } from './validate.ts';

/**
 * Activates a sheet and selects one cell.
 *
 * @param args - `{ sheet, cell }`, e.g. `{ sheet: 'Programs', cell: 'J7' }`
 */
export function selectCell(args?: SelectCellArgs): void {
  runAction('select the cell', () => {
    const { sheet: name, cell } = parseArgs('cell', 'selectCell', args);
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!sheet) throw failures.sheetGone(name);
    const [row, column] = cellPosition(cell);
    const rows = sheet.getMaxRows();
    const columns = sheet.getMaxColumns();
    if (row > rows || column > columns) throw failures.cellGone(name, cell, cellName(rows, columns));
    sheet.getRange(row, column).activate();
  });
}

/** The 1-based row and column of an A1 cell such as `AB12` (already checked to be one). */
function cellPosition(cell: string): [number, number] {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? 'A';
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(cell.slice(letters.length)), column];
}
