/** Tests for Sheets' size limits (src/sheets/sheet-limits.ts). */
import { describe, expect, it } from 'vitest';
import { gridAfter, groupDigits, growthOf, overflowOf } from '../../src/sheets/sheet-limits.ts';

describe('gridAfter', () => {
  it('grows a sheet to hold what is written and never shrinks it; a new sheet starts at 1000 × 26', () => {
    expect(gridAfter(null, { rows: 40, columns: 17 })).toEqual({ rows: 1000, columns: 26 });
    expect(gridAfter({ rows: 1000, columns: 26 }, { rows: 2500, columns: 30 })).toEqual({
      rows: 2500,
      columns: 30,
    });
    expect(gridAfter({ rows: 5000, columns: 40 }, { rows: 10, columns: 3 })).toEqual({
      rows: 5000,
      columns: 40,
    });
  });
});

describe('overflowOf', () => {
  it.each([
    [9_974_000, [{ before: null, written: { rows: 40, columns: 17 } }], null],
    [9_974_001, [{ before: null, written: { rows: 40, columns: 17 } }], 'cells'],
    [9_999_999, [{ before: { rows: 1000, columns: 26 }, written: { rows: 900, columns: 20 } }], null],
    [0, [{ before: { rows: 2, columns: 1 }, written: { rows: 2, columns: 18_279 } }], 'columns'],
    [0, [{ before: { rows: 2, columns: 1 }, written: { rows: 2, columns: 18_278 } }], null],
    [0, [{ before: null, written: { rows: 2, columns: 18_278 } }], 'cells'],
  ])('with %i cells used, %j is %s', (total, changes, kind) => {
    expect(overflowOf(total, changes)?.kind ?? null).toBe(kind);
  });

  it('counts only the growth of sheets that grow', () => {
    expect(
      growthOf([
        { before: { rows: 1000, columns: 26 }, written: { rows: 1500, columns: 26 } },
        { before: null, written: { rows: 1, columns: 1 } },
      ]),
    ).toBe(500 * 26 + 26_000);
  });
});

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [10_000_000, '10,000,000'],
  ])('writes %i as %s', (count, text) => {
    expect(groupDigits(count)).toBe(text);
  });
});
