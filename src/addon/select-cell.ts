/**
 * `selectCell`: the sidebar's issue list takes the user to the cell an issue names.
 */
import { runAction } from './execution.ts';
import { parseArgs, UserError } from './validate.ts';

/**
 * Activates a sheet and selects one cell.
 *
 * @param args - `{ sheet, cell }`, e.g. `{ sheet: 'Programs', cell: 'J7' }`
 */
export function selectCell(args?: unknown): void {
  const { sheet: name, cell } = parseArgs('cell', 'selectCell', args);
  runAction('select the cell', () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!sheet) throw new UserError(`There is no sheet named "${name}" any more.`);
    sheet.getRange(cell).activate();
  });
}
