/**
 * A1 notation for the emulated Sheets: column letters ⇄ numbers, and parsing of range references such as
 * `A1`, `A1:C3`, `B2:B` (open to the last row), `A:C` (whole columns), `2:4` (whole rows) and
 * sheet-qualified ones (`Programs!A1`, `'My sheet'!B2:C9`, with `''` for a quote inside the name).
 */

/** A parsed reference. `null` ends mean "to the sheet's last row / column". */
export interface A1Reference {
  sheetName: string | null;
  row: number;
  column: number;
  endRow: number | null;
  endColumn: number | null;
}

/**
 * The column letters of a 1-based column number.
 *
 * @param column - 1 for A, 27 for AA
 * @returns the letters
 * @example
 * columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = Math.floor(column);
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * The 1-based column number of column letters (case-insensitive).
 *
 * @param letters - e.g. `AB`
 * @returns the column number
 * @example
 * columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/**
 * The A1 notation of a block of cells (`B2` for one cell, `B2:D5` otherwise).
 *
 * @param row - top row, 1-based
 * @param column - left column, 1-based
 * @param numRows - height
 * @param numColumns - width
 * @returns the A1 text
 * @example
 * formatA1(2, 2, 3, 2) // 'B2:C4'
 */
export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const CELL_PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { column: number | null; row: number | null } | null {
  const match = CELL_PART.exec(part.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  return {
    column: match[1] ? columnNumber(match[1]) : null,
    row: match[2] ? Number(match[2]) : null,
  };
}

function splitSheetName(text: string): { sheetName: string | null; cells: string } | null {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: text };
  let name = text.slice(0, bang).trim();
  if (name.startsWith("'")) {
    if (!name.endsWith("'") || name.length < 2) return null;
    name = name.slice(1, -1).replace(/''/g, "'");
  }
  return name === '' ? null : { sheetName: name, cells: text.slice(bang + 1) };
}

/**
 * Parses an A1 reference; `null` when the text is not one.
 *
 * @param text - e.g. `'My sheet'!A1:C3`
 * @returns the reference, or null
 * @example
 * parseA1('Programs!B2:B') // { sheetName: 'Programs', row: 2, column: 2, endRow: null, endColumn: 2 }
 */
export function parseA1(text: string): A1Reference | null {
  const split = splitSheetName(text.trim());
  if (!split) return null;
  const parts = split.cells.split(':');
  if (parts.length > 2) return null;
  const start = parsePart(parts[0] ?? '');
  const end = parts.length === 2 ? parsePart(parts[1] ?? '') : start;
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  if ((start.row === null) !== (end.row === null) && start.row === null) return null;
  if ((start.column === null) !== (end.column === null) && start.column === null) return null;
  const row = start.row ?? 1;
  const column = start.column ?? 1;
  const endRow = start.row === null ? null : end.row;
  const endColumn = start.column === null ? null : end.column;
  if (row < 1 || column < 1) return null;
  return {
    sheetName: split.sheetName,
    row: endRow === null ? row : Math.min(row, endRow),
    column: endColumn === null ? column : Math.min(column, endColumn),
    endRow: endRow === null ? null : Math.max(row, endRow),
    endColumn: endColumn === null ? null : Math.max(column, endColumn),
  };
}
