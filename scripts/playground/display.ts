/**
 * How the playground shows and exports cell values: the text Google Sheets displays for a stored value
 * (numbers without float noise, booleans as TRUE/FALSE, dates as M/D/YYYY) and the text a CSV export
 * writes (dates as YYYY-MM-DD so they read back as dates; formula-like text made inert). Pure functions,
 * shared by the grid snapshot and the CSV route.
 */

/** True for a Date from any realm (the add-on's values cross a `node:vm` boundary). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(10)));
}

/**
 * The text Sheets shows in a cell holding `value`.
 *
 * @param value - a stored cell value (string, number, boolean, Date, or empty)
 * @returns the displayed text
 * @example
 * displayText(0.1 + 0.2) // '0.3'
 * displayText(true) // 'TRUE'
 */
export function displayText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getMonth() + 1}/${value.getDate()}/${value.getFullYear()}`;
  }
  return String(value);
}

/**
 * The text a CSV export writes for `value`: like {@link displayText}, but dates as `YYYY-MM-DD`.
 *
 * @param value - a stored cell value
 * @returns the CSV field text (unquoted; the CSV library quotes it)
 * @example
 * csvText(new Date(2025, 5, 1)) // '2025-06-01'
 */
export function csvText(value: unknown): string {
  if (isDateValue(value) && !Number.isNaN(value.getTime())) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return displayText(value);
}

/** What spreadsheet apps read as the start of a formula when they open a CSV file. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CSV field for `value`, safe to open in a spreadsheet app: text starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading `'`, so it is shown as text instead of run as a formula (the
 * usual CSV-injection rule). Numbers are left alone: a stored number such as -3 cannot hold a formula.
 *
 * @param value - a stored cell value
 * @returns the CSV field text (unquoted; the CSV library quotes it)
 * @example
 * csvSafeText('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
 * csvSafeText(-3) // '-3'
 */
export function csvSafeText(value: unknown): string {
  const text = csvText(value);
  if (typeof value === 'number') return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The smallest height and width that hold every non-empty value, non-white background and note.
 *
 * @param grids - same-shaped 2-D arrays of values, backgrounds and notes (any may be missing)
 * @returns `{ rows, columns }`, both 0 for an empty sheet
 * @example
 * usedExtent({ values: [['a', ''], ['', '']] }) // { rows: 1, columns: 1 }
 */
export function usedExtent(grids: { values?: unknown[][]; backgrounds?: string[][]; notes?: string[][] }): {
  rows: number;
  columns: number;
} {
  let rows = 0;
  let columns = 0;
  const visit = (grid: unknown[][] | undefined, isUsed: (cell: unknown) => boolean) => {
    grid?.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!isUsed(cell)) return;
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      });
    });
  };
  visit(grids.values, (v) => v !== '' && v !== null && v !== undefined);
  visit(grids.backgrounds, (b) => typeof b === 'string' && b !== '' && b.toLowerCase() !== '#ffffff');
  visit(grids.notes, (n) => typeof n === 'string' && n !== '');
  return { rows, columns };
}
