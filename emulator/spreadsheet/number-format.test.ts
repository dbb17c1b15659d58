import { describe, expect, it } from 'vitest';
import { automaticNumber, formatNumber } from './number-format.ts';

describe('formatNumber', () => {
  it.each([
    [0.21, '0%', '21%'],
    [0.005, '0%', '1%'],
    [1, '0%', '100%'],
    [0.125, '0.0%', '12.5%'],
    [1230, '$#,##0', '$1,230'],
    [308, '$#,##0', '$308'],
    [1234567.4, '$#,##0', '$1,234,567'],
    [-1230, '$#,##0', '-$1,230'],
    [12.5, '$#,##0.00', '$12.50'],
    [5, '+0;"−"0;0', '+5'],
    [-3, '+0;"−"0;0', '−3'],
    [0, '+0;"−"0;0', '0'],
    [-3, '+0;-0;0', '-3'],
    [5.24, '0.0', '5.2'],
    [5, '0.0', '5.0'],
    [1.23456, '0.00', '1.23'],
    [2.6, '0', '3'],
    [1234, '#,##0', '1,234'],
    [0.5, '#.##', '.5'],
    [1.5, '0.##', '1.5'],
    [2, '0.##', '2'],
    [5, '0 "programs"', '5 programs'],
    [5, '[Red]0', '5'],
    [5, '[$€-407]0', '€5'],
    [7, '\\#0', '#7'],
    [-0.2, '0', '0'],
    [1500, '#,##0,', '2'],
  ])('shows %j under %s as %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  it('shows a number under a format with no digit placeholder as the format text', () => {
    expect(formatNumber(3, '"none"')).toBe('none');
  });
});

describe('automaticNumber', () => {
  it('shows about ten significant digits, without float noise', () => {
    expect(automaticNumber(0.1 + 0.2)).toBe('0.3');
    expect(automaticNumber(231)).toBe('231');
    expect(automaticNumber(Number.POSITIVE_INFINITY)).toBe('#NUM!');
  });
});
