import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/sheets/parse-cell.ts';
import {
  COUNT_LIMITS,
  countUpTo,
  isPercentFormat,
  parseCount,
  parseMinimumScore,
  parseMonthsAsWeeks,
  parsePercent,
  parseScore,
  parseTypicalScore,
  parseWeeks,
} from '../../src/sheets/parse-numbers.ts';

function outcome<T>(result: Parsed<T>): T | 'blank' | 'na' | 'invalid' {
  return result.kind === 'value' ? result.value : result.kind;
}

describe('parseScore as real lists write scores', () => {
  it.each<[unknown, number | string]>([
    ['1,234', 'invalid'],
    ['-230', 'invalid'],
    ['−230', 'invalid'],
    ['score: -230', 'invalid'],
    ['230,5', 'invalid'],
    ['225.5', 'invalid'],
    ['225, 230', 'invalid'],
    ['210–220', 'invalid'],
    ['Step 2 CK 230', 230],
    ['230 (2nd attempt)', 230],
    ['≥230', 230],
    ['+230', 230],
    [-230, 'invalid'],
    ['TBD', 'na'],
    ['?', 'na'],
    ['—', 'na'],
    ['Not available', 'na'],
    ['not sure', 'na'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseScore(input))).toBe(expected);
  });
});

describe('parseScore says a whole number is expected', () => {
  it.each<unknown>([229.5, '229.5', 0, 999, 'abc'])(
    'refuses %j with "a whole number from 1 to 300"',
    (input) => {
      expect(parseScore(input)).toEqual({
        kind: 'invalid',
        expected: 'a whole number from 1 to 300 (or N/A)',
      });
    },
  );
});

describe('parseTypicalScore: a typical or average score may be a decimal, rounded', () => {
  it.each<[unknown, number | string]>([
    [224.9, 225],
    ['245.3', 245],
    [238.5, 239],
    ['Avg 238.4', 238],
    ['≥ 231.6', 232],
    [240, 240],
    ['240', 240],
    ['230 (2nd attempt)', 230],
    ['1,234', 'invalid'],
    ['1,234.5', 'invalid'],
    ['225,5', 'invalid'],
    ['-230.5', 'invalid'],
    ['230.5-240', 'invalid'],
    [300.4, 'invalid'],
    [0.6, 'invalid'],
    [Number.NaN, 'invalid'],
    ['N/A', 'na'],
    ['', 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseTypicalScore(input))).toBe(expected);
  });

  it('says a number (not a whole number) is expected', () => {
    expect(parseTypicalScore('abc')).toEqual({
      kind: 'invalid',
      expected: 'a number from 1 to 300 (or N/A)',
    });
  });
});

describe('parseMinimumScore', () => {
  it.each<[unknown, number | string]>([
    ['None', 'na'],
    ['No minimum', 'na'],
    ['no cut-off', 'na'],
    ['220', 220],
    ['abc', 'invalid'],
    ['1,234', 'invalid'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseMinimumScore(input))).toBe(expected);
  });
});

describe('parsePercent with the cell number format', () => {
  it.each<[unknown, string | undefined, number | string]>([
    [0.35, '0%', 0.35],
    [1, '0%', 1],
    [1, '0.0%', 1],
    [1, undefined, 0.01],
    [1.5, '0%', 'invalid'],
    [1.5, undefined, 0.015],
    [35, '0%', 'invalid'],
    [35, '0.###############', 0.35],
    ['150%', undefined, 'invalid'],
    ['150%', '0%', 'invalid'],
    ['35 %', undefined, 0.35],
    [0.35, '0.00"%"', 0.35],
  ])('reads %j in a cell formatted %j as %j', (input, format, expected) => {
    expect(outcome(parsePercent(input, format))).toBe(expected);
  });

  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0', false],
    ['0.00"%"', false],
    ['', false],
  ])('tells %j is a percent format: %s', (format, percent) => {
    expect(isPercentFormat(format)).toBe(percent);
  });
});

describe('parseCount as real lists write counts', () => {
  it.each<[unknown, number | string]>([
    ['1,200', 1200],
    ['4 positions', 4],
    ['6 spots', 6],
    ['3 residents', 3],
    ['1,2', 'invalid'],
    ['1.5', 'invalid'],
    ['-', 'na'],
    ['TBD', 'na'],
    ['12 months', 'invalid'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseCount(input))).toBe(expected);
  });

  it('refuses a count above its bound, saying the bound', () => {
    expect(countUpTo(COUNT_LIMITS.attempts)(10)).toEqual({ kind: 'value', value: 10 });
    expect(countUpTo(COUNT_LIMITS.attempts)(1e9)).toEqual({
      kind: 'invalid',
      expected: 'a whole number from 0 to 10',
    });
    expect(countUpTo(COUNT_LIMITS.programs)('999999999')).toEqual({
      kind: 'invalid',
      expected: 'a whole number from 0 to 1,000',
    });
  });
});

describe('weeks and months of US clinical experience', () => {
  it.each<[unknown, number | string]>([
    [2, 9],
    ['1.5 months', 6],
    ['3 mo', 13],
    [1, 4],
    [0, 0],
    ['none', 0],
    [121, 'invalid'],
    ['two', 'invalid'],
    ['N/A', 'na'],
  ])('reads %j months as %j weeks', (input, expected) => {
    expect(outcome(parseMonthsAsWeeks(input))).toBe(expected);
  });

  it.each<[unknown, number | string]>([
    ['8 weeks', 8],
    ['2 months', 9],
    [12, 12],
    [521, 'invalid'],
  ])('reads %j in a weeks cell as %j', (input, expected) => {
    expect(outcome(parseWeeks(input))).toBe(expected);
  });
});
