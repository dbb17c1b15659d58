/**
 * Number-like cells: USMLE scores, percentages and whole-number counts (SPEC section 3). A number is never
 * invented: text that does not clearly hold one value is `invalid`, never 0.
 */
import { blankOrNa, cellString, invalid, MAX_PARSE_LENGTH, type Parsed, parsed } from './parse-cell.ts';

export const SCORE_EXPECTED = 'a number from 1 to 300 (or N/A)';
export const PERCENT_EXPECTED = 'a percentage such as 35, 35% or 0.35 (at most 100%)';
export const COUNT_EXPECTED = 'a whole number, 0 or more';

function isWholeScore(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 300;
}

/**
 * A USMLE score: a number from 1 to 300, or text whose only three-digit number is the score
 * (`"≥ 225"`, `"225+"`, `"230 (2nd attempt)"`). Two three-digit numbers (`"210-220"`), 0, 999 or a decimal
 * are invalid.
 *
 * @param v - the cell value
 * @returns the score, blank, na or invalid
 * @example
 * parseScore('≥ 225') // { kind: 'value', value: 225 }
 */
export function parseScore(v: unknown): Parsed<number> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') return isWholeScore(v) ? parsed(v) : invalid(SCORE_EXPECTED);
  if (typeof v !== 'string') return invalid(SCORE_EXPECTED);
  const text = v.trim();
  if (text.length > MAX_PARSE_LENGTH) return invalid(SCORE_EXPECTED);
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return isWholeScore(n) ? parsed(n) : invalid(SCORE_EXPECTED);
  }
  const runs = text.match(/\d+(?:\.\d+)?/g) ?? [];
  const big = runs.filter((run) => run.split('.')[0]!.length >= 3);
  if (big.length !== 1) return invalid(SCORE_EXPECTED);
  const only = big[0]!;
  if (!/^\d{3}$/.test(only)) return invalid(SCORE_EXPECTED);
  const n = Number(only);
  return isWholeScore(n) ? parsed(n) : invalid(SCORE_EXPECTED);
}

function percentFromNumber(n: number, hasPercentSign: boolean): Parsed<number> {
  if (!Number.isFinite(n) || n < 0 || n > 100) return invalid(PERCENT_EXPECTED);
  if (hasPercentSign || n >= 1) return parsed(n / 100);
  return parsed(n);
}

/**
 * A share as a fraction from 0 to 1: `35` and `"35%"` are 0.35; a value below 1 is already a fraction, so
 * `0.35` is 0.35 and `1` is 1%. Over 100 (or below 0) is invalid.
 *
 * @param v - the cell value
 * @returns the fraction, blank, na or invalid
 * @example
 * parsePercent('35%') // { kind: 'value', value: 0.35 }
 */
export function parsePercent(v: unknown): Parsed<number> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') return percentFromNumber(v, false);
  if (typeof v !== 'string') return invalid(PERCENT_EXPECTED);
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(v.trim());
  if (!match) return invalid(PERCENT_EXPECTED);
  return percentFromNumber(Number(match[1]), match[2] === '%');
}

/** Unit words a count may carry (`8 weeks`, `2 letters`). */
const COUNT_UNITS =
  /^(weeks?|wks?|letters?|lors?|posters?|abstracts?|publications?|papers?|programs?|positions?|spots?|attempts?|years?|yrs?)?$/;

/**
 * A whole number, 0 or more (`3`, `"8 weeks"`, `"none"` → 0). Negative, fractional or ambiguous text is
 * invalid.
 *
 * @param v - the cell value
 * @returns the count, blank, na or invalid
 * @example
 * parseCount('8 weeks') // { kind: 'value', value: 8 }
 */
export function parseCount(v: unknown): Parsed<number> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') {
    return Number.isSafeInteger(v) && v >= 0 ? parsed(v) : invalid(COUNT_EXPECTED);
  }
  if (typeof v !== 'string') return invalid(COUNT_EXPECTED);
  const text = cellString(v).toLowerCase();
  if (text === 'none' || text === 'zero') return parsed(0);
  const match = /^(\d{1,9})(?:\.0+)?\s*([a-z]*)$/.exec(text);
  if (!match || !COUNT_UNITS.test(match[2]!)) return invalid(COUNT_EXPECTED);
  return parsed(Number(match[1]));
}
