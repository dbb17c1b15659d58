/** Tests for telling values a formula spilled from values a person typed (src/sheets/spill.ts). */
import { describe, expect, it } from 'vitest';
import { radSpillShape, spilledCells } from '../../src/sheets/spill.ts';

describe('radSpillShape', () => {
  it.each([
    ['=RAD_TIER(I2:I6)', { rows: 5, columns: 1 }],
    ['=rad_category(Profile!$B$5, J2:L3)', { rows: 2, columns: 3 }],
    ['=RAD_TIER(B2:B)', { rows: 99, columns: 1 }],
    ['=RAD_TIER(B4)', null],
    ['=SUM(A1:A4)', null],
  ])('gives %s the shape %j', (formula, shape) => {
    expect(radSpillShape(formula, 100)).toEqual(shape);
  });
});

describe('spilledCells', () => {
  it('marks the cells a RAD_* result fills, not the formula cell nor cells beyond', () => {
    const values = [
      ['Tier', 'x'],
      ['Average', ''],
      ['Mildly low', ''],
      ['typed', ''],
    ];
    const formulas = [
      ['', ''],
      ['=RAD_TIER(B2:B3)', ''],
      ['', ''],
      ['', ''],
    ];
    expect([...spilledCells(values, formulas)]).toEqual(['2,0']);
  });

  it('takes an array function to fill the unbroken run of values below it', () => {
    const values = [[1], [2], [3], [''], [9]];
    const formulas = [['=ARRAYFORMULA(A1:A3*1)'], [''], [''], [''], ['']];
    expect([...spilledCells(values, formulas)].sort()).toEqual(['1,0', '2,0']);
  });

  it('marks nothing under a formula that did not spill (#REF!) or returns one value', () => {
    expect(spilledCells([['#REF!'], ['typed']], [['=RAD_TIER(B1:B2)'], ['']]).size).toBe(0);
    expect(spilledCells([['site'], ['typed']], [['=HYPERLINK("https://x.org","site")'], ['']]).size).toBe(0);
  });
});
