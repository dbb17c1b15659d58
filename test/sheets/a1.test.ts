/** Tests for A1 names and the one issue constructor (src/sheets/a1.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellName, columnLetters, issueAt } from '../../src/sheets/a1.ts';

describe('columnLetters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [18_278, 'ZZZ'],
  ])('names column %i as %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it('gives every column its own letters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18_277 }), (column) => {
        expect(columnLetters(column)).not.toBe(columnLetters(column + 1));
      }),
    );
  });
});

describe('issueAt', () => {
  it('keeps row and column for code and the A1 name for people', () => {
    expect(issueAt('Programs', 7, 6, 'bad')).toEqual({
      sheet: 'Programs',
      row: 7,
      column: 6,
      cell: 'F7',
      message: 'bad',
    });
  });

  it('always shows the cell its row and column name', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 18_278 }),
        (row, column) => {
          expect(issueAt('S', row, column, '').cell).toBe(cellName(row, column));
        },
      ),
    );
  });
});
