import { describe, expect, it } from 'vitest';
import { csvText, displayText, usedExtent } from '../../scripts/playground/display.ts';

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
