/** Tests for padded grids and cells written back as they were (src/sheets/grid.ts). */
import { describe, expect, it } from 'vitest';
import { padGrid, restoreCell, restoreGrid } from '../../src/sheets/grid.ts';

describe('padGrid', () => {
  it('pads short rows and cuts long ones to the size asked for', () => {
    expect(padGrid([[1, 2, 3], [4]], 3, 2, 0)).toEqual([
      [1, 2],
      [4, 0],
      [0, 0],
    ]);
  });
});

describe('restoreCell', () => {
  it.each([
    ['a formula as the formula', 2, '=1+1', '=1+1'],
    ['text that looks like a formula as text', '=1+1', '', "'=1+1"],
    ['a number as the number', 42, '', 42],
    ['a blank as blank', null, '', ''],
  ])('writes back %s', (_case, value, formula, written) => {
    expect(restoreCell(value, formula)).toBe(written);
  });
});

describe('restoreGrid', () => {
  it('puts formulas back where they were and pads to the size', () => {
    expect(restoreGrid([[1, 'x']], [['=A9', '']], 2, 3)).toEqual([
      ['=A9', 'x', ''],
      ['', '', ''],
    ]);
  });
});
