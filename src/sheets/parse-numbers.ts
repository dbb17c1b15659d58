/**
 * Number-like cells: USMLE scores, percentages and whole-number counts (SPEC section 3). A number is never
 * invented: text that does not clearly hold one value is `invalid`, never 0.
 */
import { foldLetters } from './normalize.ts';
import { blankOrNa, cellString, invalid, MAX_PARSE_LENGTH, type Parsed, parsed } from './parse-cell.ts';

export const SCORE_EXPECTED = 'a whole number from 1 to 300 (or N/A)';
/** A typical (median, average) score is a figure about a group, so it may be a decimal. */
export const TYPICAL_SCORE_EXPECTED = 'a number from 1 to 300 (or N/A)';
export const PERCENT_EXPECTED = 'a percentage such as 35, 35% or 0.35 (at most 100%)';
export const COUNT_EXPECTED = 'a whole number, 0 or more';

function isWholeScore(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 300;
}

/** A score as read: whole scores only, or (for a typical score) any number from 1 to 300, rounded. */
function scoreOf(n: number, decimals: boolean): Parsed<number> {
  if (!decimals) return isWholeScore(n) ? parsed(n) : invalid(SCORE_EXPECTED);
  return Number.isFinite(n) && n >= 1 && n <= 300 ? parsed(Math.round(n)) : invalid(TYPICAL_SCORE_EXPECTED);
}

/** `parseScore` and `parseTypicalScore`: the same text rules; decimals only for a typical score. */
function readScore(v: unknown, decimals: boolean): Parsed<number> {
  const bad: Parsed<number> = invalid(decimals ? TYPICAL_SCORE_EXPECTED : SCORE_EXPECTED);
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') return scoreOf(v, decimals);
  if (typeof v !== 'string') return bad;
  const text = v.trim().replace(/[−‐]/g, '-');
  if (text.length > MAX_PARSE_LENGTH) return bad;
  if (/^\d+(\.\d+)?$/.test(text)) return scoreOf(Number(text), decimals);
  // Digits joined by a comma or a point are one number (`1,234`, `225.5`), never a score and a rest.
  const numbers = [...text.matchAll(/\d+(?:[.,]\d+)*/g)];
  const big = numbers.filter((m) => /[.,]/.test(m[0]) || m[0].length >= 3);
  if (big.length !== 1) return bad;
  const only = big[0]!;
  if (!(decimals ? /^\d{3}(\.\d+)?$/ : /^\d{3}$/).test(only[0])) return bad;
  const at = only.index ?? 0;
  // A minus right before the digits (not between two numbers, as in a range) makes it negative.
  if (text[at - 1] === '-' && !/\d/.test(text[at - 2] ?? '')) return bad;
  return scoreOf(Number(only[0]), decimals);
}

/**
 * A USMLE score: a whole number from 1 to 300, or text whose only three-digit number is the score
 * (`"≥ 225"`, `"225+"`, `"230 (2nd attempt)"`). Two three-digit numbers (`"210-220"`), a negative number
 * (`"-230"`), a longer number (`"1,234"`, `"2024"`), 0, 999 or a decimal (`229.5`: a score report is whole)
 * are invalid, and the message says a whole number is expected.
 *
 * @param v - the cell value
 * @returns the score, blank, na or invalid
 * @example
 * parseScore('≥ 225') // { kind: 'value', value: 225 }
 * parseScore('1,234') // { kind: 'invalid', … }
 */
export function parseScore(v: unknown): Parsed<number> {
  return readScore(v, false);
}

/**
 * A program's typical score (`Typical`, `Median`, `Average Step 2 CK`): read like {@link parseScore}, but a
 * decimal is a real average (`224.9`, `"Avg 238.4"`), so it is accepted and rounded to the nearest whole
 * score (half up: 238.5 → 239) — the chance model works in whole points, like the scores it compares.
 *
 * @param v - the cell value
 * @returns the rounded score, blank, na or invalid
 * @example
 * parseTypicalScore('245.3') // { kind: 'value', value: 245 }
 */
export function parseTypicalScore(v: unknown): Parsed<number> {
  return readScore(v, true);
}

/** Whole cells (normalised) that say a program states no minimum score. */
const NO_MINIMUM = new Set([
  'none',
  'no',
  'nominimum',
  'nomin',
  'nocutoff',
  'nominimumscore',
  'nominimumrequirement',
  'noscorerequirement',
  'nocutoffscore',
  'nonestated',
  'nonelisted',
  'norequirement',
]);

/**
 * A program's minimum score: like {@link parseScore}, and `None`, `No minimum`, `No cutoff` mean the program
 * states no minimum (unknown, no issue: a program without a stated minimum is never Below minimum).
 *
 * @param v - the cell value
 * @returns the score, blank, na or invalid
 * @example
 * parseMinimumScore('No cutoff') // { kind: 'na' }
 */
export function parseMinimumScore(v: unknown): Parsed<number> {
  if (typeof v === 'string' && v.length <= 40 && NO_MINIMUM.has(foldLetters(v))) {
    return { kind: 'na' };
  }
  return parseScore(v);
}

/** True when a Sheets number format shows its number as a percent (`0%`, `0.0%`; a quoted `"%"` is text). */
export function isPercentFormat(format: string | undefined): boolean {
  return typeof format === 'string' && /%/.test(format.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));
}

function percentFromNumber(n: number, hasPercentSign: boolean): Parsed<number> {
  if (!Number.isFinite(n) || n < 0 || n > 100) return invalid(PERCENT_EXPECTED);
  if (hasPercentSign || n >= 1) return parsed(n / 100);
  return parsed(n);
}

/**
 * A share as a fraction from 0 to 1: `35` and `"35%"` are 0.35; a value below 1 is already a fraction, so
 * `0.35` is 0.35 and `1` is 1%. In a cell whose number format is a percent, the number is the fraction
 * Sheets stores (the cell shows `35%` for 0.35, and `100%` for 1), so there `1` is 100% and `1.5` (150%) is
 * invalid. Over 100% (or below 0) is invalid.
 *
 * @param v - the cell value
 * @param format - the cell's number format (`getNumberFormats()`), when known
 * @returns the fraction, blank, na or invalid
 * @example
 * parsePercent('35%') // { kind: 'value', value: 0.35 }
 * parsePercent(1, '0%') // { kind: 'value', value: 1 }
 */
export function parsePercent(v: unknown, format?: string): Parsed<number> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') {
    if (!isPercentFormat(format)) return percentFromNumber(v, false);
    return Number.isFinite(v) && v >= 0 && v <= 1 ? parsed(v) : invalid(PERCENT_EXPECTED);
  }
  if (typeof v !== 'string') return invalid(PERCENT_EXPECTED);
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(v.trim());
  if (!match) return invalid(PERCENT_EXPECTED);
  return percentFromNumber(Number(match[1]), match[2] === '%');
}

/** Unit words a count may carry (`8 weeks`, `2 letters`, `4 positions`). */
const COUNT_UNITS =
  /^(weeks?|wks?|letters?|lors?|posters?|abstracts?|publications?|pubs?|papers?|programs?|positions?|spots?|seats?|residents?|attempts?|tries|years?|yrs?)?$/;

/**
 * Upper bounds of the counts RadList reads: a count above its bound is beyond any real value (a typo or a
 * pasted ID), so it is an issue, never a figure that drives advice. RadList's judgment, each with room to
 * spare: the largest DR programs take about 20 residents a year; USMLE has allowed at most 6 attempts per
 * Step (4 since July 2021), but attempts before the limit began (2012) were not limited, so up to 10 are read
 * (more than 6 with an issue: `USMLE_ATTEMPT_LIMIT`); a YOG cutoff is at most a working life; no specialty has
 * 1,000 programs.
 */
export const COUNT_LIMITS = {
  /** `Positions` (a program's residents a year). */
  positions: 100,
  /** `Max attempts` (failed attempts a program allows). */
  attemptsAllowed: 10,
  /** `YOG cutoff` (years since graduation). */
  yogYears: 60,
  /** `Step 1 attempts`, `Step 2 CK attempts`: beyond `USMLE_ATTEMPT_LIMIT` only with an issue. */
  attempts: 10,
  /** `USCE weeks` (10 years). */
  usceWeeks: 520,
  /** `Radiology letters`, `Other letters`. */
  letters: 50,
  /** `Posters/abstracts`, `Publications`. */
  research: 1000,
  /** Programs in one specialty (`RAD_ERAS_COST`). */
  programs: 1000,
} as const;

/**
 * The most attempts per Step USMLE has allowed (6 until July 2021, 4 since; usmle.org, "Attempt Limit"). More
 * is real but rare (attempts before 2012 were not limited): read as typed, with an issue asking to check it.
 */
export const USMLE_ATTEMPT_LIMIT = 6;

/** `1000` as `1,000` (no locale APIs: Apps Script's may differ). */
function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The text of a whole number written with thousands separators (`1,200`), or null. */
function wholeNumberText(text: string): string | null {
  if (/^\d{1,9}(?:\.0+)?$/.test(text)) return text.replace(/\.0+$/, '');
  if (/^\d{1,3}(?:,\d{3}){1,2}$/.test(text)) return text.replace(/,/g, '');
  return null;
}

/**
 * A whole number, 0 or more (`3`, `"8 weeks"`, `"1,200"`, `"none"` → 0), at most `max`. Negative,
 * fractional or ambiguous text, or a count above `max`, is invalid.
 *
 * @param v - the cell value
 * @param max - the largest count accepted (default: no bound)
 * @returns the count, blank, na or invalid
 * @example
 * parseCount('8 weeks') // { kind: 'value', value: 8 }
 */
export function parseCount(v: unknown, max: number = Number.MAX_SAFE_INTEGER): Parsed<number> {
  const expected =
    max < Number.MAX_SAFE_INTEGER ? `a whole number from 0 to ${withCommas(max)}` : COUNT_EXPECTED;
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'number') {
    return Number.isSafeInteger(v) && v >= 0 && v <= max ? parsed(v) : invalid(expected);
  }
  if (typeof v !== 'string') return invalid(expected);
  const text = cellString(v).toLowerCase();
  if (text === 'none' || text === 'zero') return parsed(0);
  const match = /^([\d,.]+)\s*([a-z]*)$/.exec(text);
  const digits = match ? wholeNumberText(match[1]!) : null;
  if (!match || digits === null || !COUNT_UNITS.test(match[2]!)) return invalid(expected);
  const n = Number(digits);
  return n <= max ? parsed(n) : invalid(expected);
}

/**
 * A parser of whole numbers from 0 to `max` (see {@link parseCount}).
 *
 * @example
 * countUpTo(COUNT_LIMITS.letters)('2 letters') // { kind: 'value', value: 2 }
 */
export function countUpTo(max: number): (v: unknown) => Parsed<number> {
  return (v: unknown) => parseCount(v, max);
}

/** Whole cells (normalised) that say a program sets no limit. */
const NO_LIMIT = new Set([
  'nolimit',
  'nolimits',
  'unlimited',
  'any',
  'nocutoff',
  'nomaximum',
  'nomax',
  'norestriction',
]);

/**
 * A program's limit (`YOG cutoff`, `Max attempts`): a count from 0 to `max`, where `No limit`, `Unlimited`,
 * `Any` or `No cutoff` mean the program sets none (unknown, no issue, so it never makes anyone Not
 * eligible). With `noneIsNoLimit`, `None` means no limit too (a YOG cutoff of "None"); otherwise `None` is 0
 * (`Max attempts: None` allows no failed attempt).
 *
 * @example
 * limitUpTo(60, { noneIsNoLimit: true })('None') // { kind: 'na' }
 */
export function limitUpTo(
  max: number,
  options: { noneIsNoLimit?: boolean } = {},
): (v: unknown) => Parsed<number> {
  return (v: unknown) => {
    if (typeof v === 'string' && v.length <= 40) {
      const folded = foldLetters(v);
      if (NO_LIMIT.has(folded) || (options.noneIsNoLimit && (folded === 'none' || folded === 'no'))) {
        return { kind: 'na' };
      }
    }
    return parseCount(v, max);
  };
}

/** Weeks in a month, for US clinical experience written in months (SPEC section 3.1: weeks × 4.3). */
export const WEEKS_PER_MONTH = 4.3;

const MONTH_UNITS = /^(months?|mos?|mths?)$/;

/**
 * Months as whole weeks (`2` → 9, `"1.5 months"` → 6), for the Profile's `USCE months`: months × 4.3,
 * rounded to the nearest week. At most 120 months (10 years).
 *
 * @example
 * parseMonthsAsWeeks('3 months') // { kind: 'value', value: 13 }
 */
export function parseMonthsAsWeeks(v: unknown): Parsed<number> {
  const expected = 'a number of months from 0 to 120, such as 2 or 1.5';
  const early = blankOrNa(v);
  if (early) return early;
  let months: number | null = null;
  if (typeof v === 'number') months = v;
  else if (typeof v === 'string') {
    const text = cellString(v).toLowerCase();
    if (text === 'none' || text === 'zero') months = 0;
    const match = /^(\d{1,3}(?:\.\d+)?|\.\d+)\s*([a-z]*)$/.exec(text);
    if (match && (match[2] === '' || MONTH_UNITS.test(match[2]!))) months = Number(match[1]);
  }
  if (months === null || !Number.isFinite(months) || months < 0 || months > 120) return invalid(expected);
  return parsed(Math.round(months * WEEKS_PER_MONTH));
}

/**
 * Weeks of US clinical experience: a count of weeks (`8`, `"8 weeks"`), or months written as such
 * (`"2 months"` → 9 weeks), at most {@link COUNT_LIMITS}.usceWeeks.
 *
 * @example
 * parseWeeks('2 months') // { kind: 'value', value: 9 }
 */
export function parseWeeks(v: unknown): Parsed<number> {
  if (typeof v === 'string' && /^\s*[\d.]+\s*(months?|mos?|mths?)\s*$/i.test(v)) return parseMonthsAsWeeks(v);
  return parseCount(v, COUNT_LIMITS.usceWeeks);
}
