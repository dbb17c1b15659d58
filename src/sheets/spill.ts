/**
 * Which cells of a sheet read back hold values a formula spilled there (an array result fills the cells
 * right and below its own), not values a person typed. `getValues` returns both alike and `getFormulas` gives
 * '' for both, so they are told apart by the formula: a `RAD_*` call returns the shape of its range argument
 * (SPEC section 4), so `=RAD_TIER(I2:I6)` in I2's row fills 5 rows × 1 column; other array functions
 * (`ARRAYFORMULA`, `FILTER`, `SORT`, `UNIQUE`, `SEQUENCE`, `QUERY`, …) are taken to fill the unbroken run of
 * values below them. A spilled value written back as a typed value would block the formula (`#REF!`), so
 * carry-over and undo write back the formula alone and leave its spill to Sheets.
 */

/** An A1 range reference such as `I2:I6`, `$B$2:C9` or the open-ended `B2:B`. */
const RANGE = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d*)/i;
/** Functions whose result may be a whole array of unknown size. */
const ARRAY_FUNCTION =
  /\b(ARRAYFORMULA|FILTER|SORTN?|UNIQUE|SEQUENCE|QUERY|TRANSPOSE|FLATTEN|IMPORTRANGE|MMULT|FREQUENCY|SPLIT|BYROW|MAP|MAKEARRAY)\s*\(/i;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The rows × columns a `RAD_*` formula fills, or null when it is not one call of a `RAD_*` function with a
 * range argument (a single value fills one cell).
 *
 * @param formula - the formula as typed
 * @param sheetRows - how many rows the sheet has (an open range `B2:B` runs to the end)
 * @example
 * radSpillShape('=RAD_TIER(I2:I6)', 100) // { rows: 5, columns: 1 }
 */
export function radSpillShape(formula: string, sheetRows: number): { rows: number; columns: number } | null {
  if (!/^=\s*RAD_[A-Z_]+\s*\(/i.test(formula)) return null;
  const match = RANGE.exec(formula);
  if (!match) return null;
  const firstRow = Number(match[2]);
  const lastRow = match[4] === '' ? Math.max(firstRow, sheetRows) : Number(match[4]);
  return {
    rows: Math.abs(lastRow - firstRow) + 1,
    columns: Math.abs(columnNumber(match[3]!) - columnNumber(match[1]!)) + 1,
  };
}

/**
 * The cells (as `row,column`, 0-based) that show a value spilled by a formula elsewhere in the grid.
 *
 * @param values - `getValues()` of a range
 * @param formulas - `getFormulas()` of the same range
 * @returns the spilled cells
 * @example
 * spilledCells([['a'], ['b'], ['c']], [['=RAD_TIER(B1:B3)'], [''], ['']]) // Set { '1,0', '2,0' }
 */
export function spilledCells(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
): Set<string> {
  const spilled = new Set<string>();
  const typed = (r: number, c: number) => (formulas[r]?.[c] ?? '') === '' && !isEmpty(values[r]?.[c]);
  formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      // A formula that shows #REF! did not spill (something was in the way): the cells hold typed values.
      if (formula === '' || String(values[r]?.[c]) === '#REF!') return;
      const shape = radSpillShape(formula, values.length);
      if (shape) {
        for (let i = 0; i < shape.rows; i++) {
          for (let j = 0; j < shape.columns; j++) {
            if ((i > 0 || j > 0) && typed(r + i, c + j)) spilled.add(`${r + i},${c + j}`);
          }
        }
      } else if (ARRAY_FUNCTION.test(formula)) {
        for (let i = r + 1; i < values.length && typed(i, c); i++) spilled.add(`${i},${c}`);
      }
    });
  });
  return spilled;
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}
