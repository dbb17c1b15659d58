/**
 * `selectCell`: the sidebar's issue list takes the user to the cell an issue names.
 */

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
    sheet.getRange(cell).activate();
  });
}
