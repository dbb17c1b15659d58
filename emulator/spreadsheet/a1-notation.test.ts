import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, formatA1, parseA1 } from './a1-notation.ts';

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('names column %i %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });
});

describe('formatA1', () => {
  it.each([
    [1, 1, 1, 1, 'A1'],
    [2, 2, 3, 2, 'B2:C4'],
    [1, 26, 1, 2, 'Z1:AA1'],
  ])('writes (%i, %i, %i×%i) as %s', (row, column, numRows, numColumns, a1) => {
    expect(formatA1(row, column, numRows, numColumns)).toBe(a1);
  });
});

describe('parseA1', () => {
  it.each([
    ['A1', { sheetName: null, row: 1, column: 1, endRow: 1, endColumn: 1 }],
    ['b2:d5', { sheetName: null, row: 2, column: 2, endRow: 5, endColumn: 4 }],
    ['C3:A1', { sheetName: null, row: 1, column: 1, endRow: 3, endColumn: 3 }],
    ['$A$1:$B$2', { sheetName: null, row: 1, column: 1, endRow: 2, endColumn: 2 }],
    ['Programs!B2:B', { sheetName: 'Programs', row: 2, column: 2, endRow: null, endColumn: 2 }],
    ['A:C', { sheetName: null, row: 1, column: 1, endRow: null, endColumn: 3 }],
    ['2:4', { sheetName: null, row: 2, column: 1, endRow: 4, endColumn: null }],
    ["'My sheet'!A1", { sheetName: 'My sheet', row: 1, column: 1, endRow: 1, endColumn: 1 }],
    ["'Bob''s list'!C7", { sheetName: "Bob's list", row: 7, column: 3, endRow: 7, endColumn: 3 }],
    ["'List – Ana!'!A1", { sheetName: 'List – Ana!', row: 1, column: 1, endRow: 1, endColumn: 1 }],
  ])('reads %s', (text, expected) => {
    expect(parseA1(text)).toEqual(expected);
  });

  it.each(['', 'A', '7', 'A0', '1A', 'A1:B2:C3', '!A1', "'open!A1", 'A:B2', 'Sheet!'])(
    'refuses %j',
    (text) => {
      expect(parseA1(text)).toBeNull();
    },
  );
});
