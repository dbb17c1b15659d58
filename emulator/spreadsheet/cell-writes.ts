/**
 * Writing into cells as Sheets does: shape checks for 2-D data with Sheets' own messages, typed-input
 * interpretation (see cell-values.ts), the 50,000-character cell limit, and formula results — including an
 * array result spilling right and down, or `#REF!` when it would overwrite content or leave the sheet.
 */
import { sheetsException } from './access.ts';
import { type CellValue, DEFAULT_NUMBER_FORMAT, interpretInput, isDateValue } from './cell-values.ts';
import { type Cell, clearCellContent, clearSpill, hasContent, type SheetModel } from './sheet-model.ts';

const MAX_CELL_CHARS = 50000;

/** What Sheets says when a cell is given more than 50,000 characters, by a script or a person. */
export const CELL_TOO_LONG_MESSAGE = `Your input contains more than the maximum ${MAX_CELL_CHARS} characters in a single cell.`;

/** True when text is longer than a Sheets cell holds. */
export function exceedsCellLimit(raw: unknown): boolean {
  return typeof raw === 'string' && raw.length > MAX_CELL_CHARS;
}

/**
 * Throws Sheets' error unless `data` is a 2-D array of exactly numRows × numColumns.
 *
 * @param data - what the caller passed
 * @param numRows - the range's height
 * @param numColumns - the range's width
 * @param method - e.g. `Range.setValues`, named in the signature error
 * @returns the data typed as rows
 * @example
 * checkShape([[1, 2]], 1, 2, 'Range.setValues');
 */
export function checkShape(data: unknown, numRows: number, numColumns: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw sheetsException(
      `The parameters (${describeArgument(data)}) don't match the method signature for SpreadsheetApp.${method}.`,
    );
  }
  if (data.length !== numRows) {
    throw sheetsException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== numColumns) {
      throw sheetsException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

function describeArgument(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return `${typeof data[0] === 'object' ? 'Object' : typeof data[0]}[]`;
  return typeof data;
}

/**
 * Throws when a value could not be written (a string over Sheets' 50,000-character cell limit).
 *
 * @param raw - the value about to be written
 */
export function checkWritable(raw: unknown): void {
  if (exceedsCellLimit(raw)) throw sheetsException(CELL_TOO_LONG_MESSAGE);
}

/**
 * Writes one value into a cell as if typed (formats and note stay). Writing into a cell that shows a
 * spilled value breaks that spill: its formula shows `#REF!`, as in Sheets.
 *
 * @param cell - the target cell
 * @param raw - the written value
 */
export function writeCell(cell: Cell, raw: unknown): void {
  const input = interpretInput(raw, cell.numberFormat);
  clearCellContent(cell);
  cell.value = input.value;
  cell.formula = input.formula;
  if (input.formula.startsWith('=+') || input.formula.startsWith('=-')) cell.computed = '#ERROR!';
  if (input.impliedFormat && cell.numberFormat === DEFAULT_NUMBER_FORMAT)
    cell.numberFormat = input.impliedFormat;
  if (cell.spill && hasContent(cell)) {
    const origin = cell.spill.origin;
    clearSpill(origin);
    origin.computed = '#REF!';
  }
}

/** Writes a formula (no interpretation beyond that: the text is stored as the formula). */
export function writeFormula(cell: Cell, formula: string): void {
  if (formula === '') clearCellContent(cell);
  else writeCell(cell, formula.startsWith('=') ? formula : `=${formula}`);
}

function asCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (isDateValue(value)) return new Date(value.getTime());
  return String(value);
}

/**
 * Stores a formula cell's computed value. A 2-D array spills: [0][0] in the formula cell, the rest into
 * the cells right and below (no formula there); if a target holds content or lies outside the sheet, the
 * formula shows `#REF!` instead, as Sheets does.
 *
 * @param model - the sheet
 * @param row - the formula cell's row
 * @param column - the formula cell's column
 * @param result - a single value or a 2-D array
 */
export function storeFormulaResult(model: SheetModel, row: number, column: number, result: unknown): void {
  const origin = model.cell(row, column);
  clearSpill(origin);
  if (!Array.isArray(result)) {
    origin.computed = asCellValue(result);
    return;
  }
  const rows = result.map((r) => (Array.isArray(r) ? r : [r]));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const fits = row + rows.length - 1 <= model.maxRows && column + width - 1 <= model.maxColumns;
  const blocked = rows.some((r, i) =>
    r.some((_, j) => (i > 0 || j > 0) && hasContent(model.peek(row + i, column + j))),
  );
  if (!fits || blocked) {
    origin.computed = '#REF!';
    return;
  }
  origin.computed = asCellValue(rows[0]?.[0]);
  rows.forEach((r, i) => {
    r.forEach((value, j) => {
      if (i === 0 && j === 0) return;
      const target = model.cell(row + i, column + j);
      target.spill = { value: asCellValue(value), origin };
      origin.spilledInto.push(target);
    });
  });
}
