import { describe, expect, it } from 'vitest';
import { formatDollars } from '../../src/core/money.ts';

describe('formatDollars', () => {
  it.each([
    [0, '$0'],
    [11, '$11'],
    [797, '$797'],
    [1000, '$1,000'],
    [1230, '$1,230'],
    [1234567, '$1,234,567'],
    [12.5, '$12.50'],
    [-30, '-$30'],
  ])('formats %s as %s', (dollars, text) => {
    expect(formatDollars(dollars)).toBe(text);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('shows a dash for %s', (dollars) => {
    expect(formatDollars(dollars)).toBe('—');
  });
});
