/**
 * Small helpers for the rectangles of cells the add-on writes: a grid padded or cut to a size, and a cell
 * read back from a sheet made ready to be written back exactly as it was.
 */
import { spilledCells } from './spill.ts';
import { asCellText } from './text-safety.ts';

/**
 * `rows` cut or padded to `height` rows of `width` cells.
 *
 * @example
 * padGrid([[1]], 2, 2, '') // [[1, ''], ['', '']]
 */
export function padGrid<T>(rows: readonly (readonly T[])[], height: number, width: number, blank: T): T[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => (rows[r]?.[c] ?? blank) as T),
  );
}

/**
 * A cell read back from a sheet, ready to be written back unchanged: a formula as that formula, text as text.
 *
 * @param value - the cell's value (`getValues`)
 * @param formula - the cell's formula (`getFormulas`), '' when it has none
 * @example
 * restoreCell('=1+1') // "'=1+1" (text that looked like a formula stays text)
 * restoreCell(2, '=1+1') // '=1+1'
 */
export function restoreCell(value: unknown, formula = ''): unknown {
  if (formula !== '') return formula;
  return typeof value === 'string' ? asCellText(value) : (value ?? '');
}

/**
 * A whole range read back (values and formulas), ready to be written back unchanged, padded to a size: the
 * cells a formula's array result spilled into are left blank, so the formula fills them again (writing its
 * values there would block it).
 *
 * @example
 * restoreGrid([[1, 'x']], [['=A1', '']], 1, 3) // [['=A1', 'x', '']]
 */
export function restoreGrid(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  height: number,
  width: number,
): unknown[][] {
  const spilled = spilledCells(values, formulas);
  return padGrid(
    values.map((row, r) =>
      row.map((value, c) => (spilled.has(`${r},${c}`) ? '' : restoreCell(value, formulas[r]?.[c] ?? ''))),
    ),
    height,
    width,
    '' as unknown,
  );
}
