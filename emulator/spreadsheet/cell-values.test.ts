import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBER_FORMAT, displayText, interpretInput } from './cell-values.ts';

describe('interpretInput', () => {
  it.each([
    ['42', 42],
    ['-5', -5],
    ['+7', 7],
    ['1e3', 1000],
    ['3.5', 3.5],
    ['.5', 0.5],
    [' 12 ', 12],
    ['1,234', 1234],
    ['35%', 0.35],
    ['12.5%', 0.125],
    ['TRUE', true],
    ['false', false],
    ['abc', 'abc'],
    ['Yes', 'Yes'],
    ['225+', '225+'],
    ['1,23', '1,23'],
    ['', ''],
    ['-', '-'],
    [null, ''],
    [undefined, ''],
    [0, 0],
    [false, false],
  ])('stores %j as %j', (raw, value) => {
    const input = interpretInput(raw, DEFAULT_NUMBER_FORMAT);
    expect(input.value).toEqual(value);
    expect(input.formula).toBe('');
  });

  it.each([
    ['2025-06-01', 2025, 5, 1],
    ['6/1/2025', 2025, 5, 1],
    ['2024-02-29', 2024, 1, 29],
  ])('reads %s as a date', (raw, year, month, day) => {
    const { value } = interpretInput(raw, DEFAULT_NUMBER_FORMAT);
    expect(value).toEqual(new Date(year, month, day));
  });

  it.each(['2025-02-30', '2025-13-01', '13/1/2025'])('keeps the impossible date %s as text', (raw) => {
    expect(interpretInput(raw, DEFAULT_NUMBER_FORMAT).value).toBe(raw);
  });

  it.each([
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['=RAD_TIER(B2)', '=RAD_TIER(B2)'],
    ['-abc', '=-abc'],
    ['+1 (555) 010', '=+1 (555) 010'],
  ])('turns %s into the formula %s', (raw, formula) => {
    expect(interpretInput(raw, DEFAULT_NUMBER_FORMAT)).toMatchObject({ value: '', formula });
  });

  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'42", '42'],
    ["'TRUE", 'TRUE'],
    ["'-abc", '-abc'],
    ["'", ''],
  ])('keeps %s after the apostrophe as the text %j', (raw, text) => {
    expect(interpretInput(raw, DEFAULT_NUMBER_FORMAT)).toMatchObject({ value: text, formula: '' });
  });

  it.each(['42', 'TRUE', '2025-06-01', '35%', '=A1', '-abc'])(
    'keeps %s as text under the @ format',
    (raw) => {
      expect(interpretInput(raw, '@')).toMatchObject({ value: raw, formula: '' });
    },
  );

  it('copies a written Date', () => {
    const date = new Date(2025, 0, 2);
    const { value } = interpretInput(date, DEFAULT_NUMBER_FORMAT);
    expect(value).toEqual(date);
    expect(value).not.toBe(date);
  });
});

describe('displayText', () => {
  it.each([
    [231, DEFAULT_NUMBER_FORMAT, '231'],
    [0.35, DEFAULT_NUMBER_FORMAT, '0.35'],
    [0.35, '0%', '35%'],
    [0.125, '0.0%', '12.5%'],
    [1.23456, '0.00', '1.23'],
    [true, DEFAULT_NUMBER_FORMAT, 'TRUE'],
    [false, DEFAULT_NUMBER_FORMAT, 'FALSE'],
    [new Date(2025, 5, 1), DEFAULT_NUMBER_FORMAT, '6/1/2025'],
    [new Date(2025, 5, 1), 'yyyy-mm-dd', '2025-06-01'],
    ['text', DEFAULT_NUMBER_FORMAT, 'text'],
  ])('shows %j under %s as %s', (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});
