/**
 * Google Sheets' size limits, checked before anything is written: at most 10 million cells in a spreadsheet
 * (every sheet's whole grid counts, empty cells too) and 18,278 columns (`ZZZ`) in a sheet. An output that
 * would not fit is refused with what to do, and nothing is changed; Sheets itself would fail part-way.
 */

/** Cells a spreadsheet may hold, over all its sheets. */
export const SHEETS_CELL_LIMIT = 10_000_000;
/** Columns a sheet may have (`ZZZ`). */
export const SHEETS_COLUMN_LIMIT = 18_278;
/** A new sheet in Google Sheets has this grid. */
export const NEW_SHEET_GRID: Grid = { rows: 1000, columns: 26 };

/** Rows × columns of a sheet's grid, or of what is written into it. */
export interface Grid {
  rows: number;
  columns: number;
}

/**
 * The grid a sheet has once an output is written into it: a sheet grows to hold the output and never shrinks;
 * a new sheet starts at 1000 × 26.
 *
 * @param current - the sheet's grid now (null: a new sheet)
 * @param written - rows × columns written from A1
 * @example
 * gridAfter(null, { rows: 2500, columns: 17 }) // { rows: 2500, columns: 26 }
 */
export function gridAfter(current: Grid | null, written: Grid): Grid {
  const base = current ?? NEW_SHEET_GRID;
  return { rows: Math.max(base.rows, written.rows), columns: Math.max(base.columns, written.columns) };
}

/** What does not fit: the cells needed against the limit, or the widest sheet's columns. */
export type Overflow =
  | { kind: 'cells'; needed: number; limit: number }
  | { kind: 'columns'; columns: number; limit: number };

/**
 * How many cells the outputs add to the spreadsheet (0 when every sheet already has room).
 *
 * @example
 * growthOf([{ before: { rows: 1000, columns: 26 }, written: { rows: 40, columns: 17 } }]) // 0
 */
export function growthOf(changes: readonly { before: Grid | null; written: Grid }[]): number {
  return changes.reduce((sum, { before, written }) => {
    const after = gridAfter(before, written);
    return sum + after.rows * after.columns - (before ? before.rows * before.columns : 0);
  }, 0);
}

/**
 * Whether outputs fit Sheets' limits.
 *
 * @param totalCells - the spreadsheet's cells now, every sheet's grid
 * @param changes - each output's sheet grid now (null: a new sheet) and the grid written into it
 * @returns what does not fit, or null when everything fits
 * @example
 * overflowOf(9_990_000, [{ before: null, written: { rows: 100, columns: 17 } }]) // { kind: 'cells', needed: 10_016_000, … }
 */
export function overflowOf(
  totalCells: number,
  changes: readonly { before: Grid | null; written: Grid }[],
): Overflow | null {
  const widest = Math.max(0, ...changes.map((change) => change.written.columns));
  if (widest > SHEETS_COLUMN_LIMIT) return { kind: 'columns', columns: widest, limit: SHEETS_COLUMN_LIMIT };
  const growth = growthOf(changes);
  const needed = totalCells + growth;
  return growth > 0 && needed > SHEETS_CELL_LIMIT
    ? { kind: 'cells', needed, limit: SHEETS_CELL_LIMIT }
    : null;
}

/**
 * A count as people read it: `12,400,000`.
 *
 * @example
 * groupDigits(10000000) // '10,000,000'
 */
export function groupDigits(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}
