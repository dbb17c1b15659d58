import { describe, expect, it } from 'vitest';
import { csvSafeText, csvText, displayText, usedExtent } from '../../scripts/playground/display.ts';
import { columnWidthsOf } from '../../scripts/playground/snapshot.ts';

describe('displayText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    [225, '225'],
    [-3, '-3'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.3333333333'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [Number.NaN, '#NUM!'],
    [new Date(2025, 5, 1), '6/1/2025'],
    [new Date(2024, 11, 31), '12/31/2024'],
  ])('shows %o as %o', (value, shown) => {
    expect(displayText(value)).toBe(shown);
  });
});

describe('csvText', () => {
  it.each([
    [new Date(2025, 5, 1), '2025-06-01'],
    [new Date(2024, 11, 31), '2024-12-31'],
    [231, '231'],
    ['Community', 'Community'],
    [true, 'TRUE'],
  ])('writes %o as %o', (value, written) => {
    expect(csvText(value)).toBe(written);
  });
});

describe('usedExtent', () => {
  it.each([
    [{ values: [] }, 0, 0],
    [
      {
        values: [
          ['', ''],
          ['', ''],
        ],
      },
      0,
      0,
    ],
    [
      {
        values: [
          ['a', ''],
          ['', ''],
        ],
      },
      1,
      1,
    ],
    [
      {
        values: [
          ['', ''],
          ['', 0],
        ],
      },
      2,
      2,
    ],
    [
      {
        values: [['a']],
        backgrounds: [
          ['#ffffff', '#FFFFFF'],
          ['#ffffff', '#f4cccc'],
        ],
      },
      2,
      2,
    ],
    [
      {
        values: [['a']],
        notes: [
          ['', ''],
          ['', ''],
          ['', 'checked'],
        ],
      },
      3,
      2,
    ],
    [{ values: [[false]] }, 1, 1],
  ])('finds the used part of %o: %i rows, %i columns', (grids, rows, columns) => {
    expect(usedExtent(grids)).toEqual({ rows, columns });
  });
});

describe('csvSafeText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-cmd|calc', "'-cmd|calc"],
    ['@SUM(1,2)', "'@SUM(1,2)"],
    ['\tTabbed', "'\tTabbed"],
    ['\rReturn', "'\rReturn"],
    ['-3', "'-3"],
    [-3, '-3'],
    [0.5, '0.5'],
    ['Lakeside = North', 'Lakeside = North'],
    [' =spaced', ' =spaced'],
    ['', ''],
    [true, 'TRUE'],
    [new Date(2025, 5, 1), '2025-06-01'],
  ])('writes %o as %o', (value, written) => {
    expect(csvSafeText(value)).toBe(written);
  });
});

describe('columnWidthsOf', () => {
  it.each([
    [undefined, 0, []],
    [{}, 3, [100, 100, 100]],
    [{ 2: 320 }, 3, [100, 320, 100]],
    [{ 1: 240, 2: 320, 3: 480 }, 2, [240, 320, 480]],
    [{ 5: 90 }, 2, [100, 100, 100, 100, 90]],
    [{ 1: 120.4 }, 1, [120]],
    [{ 0: 50, 2: -4, 3: Number.NaN }, 3, [100, 100, 100]],
  ])('gives sized %j with %s used columns as %j', (sized, used, widths) => {
    expect(columnWidthsOf(sized as Record<number, number> | undefined, used)).toEqual(widths);
  });
});
