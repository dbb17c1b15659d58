/**
 * A1 notation helpers, so every issue can name the cell it is about, and the one way to make an issue.
 */
import type { Issue } from '../core/types.ts';

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
  let n = Math.floor(column);
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A cell's A1 name from 1-based row and column numbers.
 *
 * @example
 * cellName(7, 6) // 'F7'
 */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * An issue about one cell: row and column for code, the A1 name for people.
 *
 * @param sheet - the sheet's name
 * @param row - 1-based row
 * @param column - 1-based column
 * @param message - what is wrong and what happens instead, in plain words
 * @returns the issue
 * @example
 * issueAt('Programs', 7, 6, 'Min Step 2 CK "abc" is not a score…').cell // 'F7'
 */
export function issueAt(sheet: string, row: number, column: number, message: string): Issue {
  return { sheet, row, column, cell: cellName(row, column), message };
}
