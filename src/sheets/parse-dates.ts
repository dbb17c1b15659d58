/**
 * Years and dates (SPEC section 3): a number, a Date from the sheet, or text `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD` (also `M/D/YYYY` and `March 2024`). Dates come back as text so they cross
 * `google.script.run` unchanged, keeping the precision that was typed: `YYYY` for a year alone, `YYYY-MM` for
 * a month, `YYYY-MM-DD` for a day (a Date from the sheet or a date serial number is always a day).
 */
import { blankOrNa, invalid, isDate, type Parsed, parsed } from './parse-cell.ts';

export const YEAR_EXPECTED = 'a year such as 2021 (or a date such as 2021-06-15)';
export const DATE_EXPECTED = 'a date such as 2024-03-15, 2024-03 or 2024';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
/** Sheets' day 0 (30 December 1899), in UTC milliseconds. */
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Smallest Sheets date serial read as a date (1 January 1950); smaller numbers are not plausible dates. */
const SERIAL_FROM = 18_264;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
  /** What was typed: a year alone, a year and month, or a full date. */
  precision: 'year' | 'month' | 'day';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDay({ year, month, day }: YearMonthDay): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function fromText(text: string): YearMonthDay | null {
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (iso) {
    return {
      year: Number(iso[1]),
      month: Number(iso[2] ?? 1),
      day: Number(iso[3] ?? 1),
      precision: iso[3] !== undefined ? 'day' : iso[2] !== undefined ? 'month' : 'year',
    };
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return { year: Number(us[3]), month: Number(us[1]), day: Number(us[2]), precision: 'day' };
  const named = /^([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()) + 1;
    return month > 0 ? { year: Number(named[2]), month, day: 1, precision: 'month' } : null;
  }
  return null;
}

function fromSheetValue(v: unknown): YearMonthDay | 'blank' | 'na' | null {
  const early = blankOrNa(v);
  if (early) return early.kind === 'blank' ? 'blank' : early.kind === 'na' ? 'na' : null;
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return null;
    return { year: v.getFullYear(), month: v.getMonth() + 1, day: v.getDate(), precision: 'day' };
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR)
      return { year: v, month: 1, day: 1, precision: 'year' };
    if (v < SERIAL_FROM || v > 100_000) return null;
    const serial = new Date(SHEETS_EPOCH_MS + Math.floor(v) * DAY_MS);
    return {
      year: serial.getUTCFullYear(),
      month: serial.getUTCMonth() + 1,
      day: serial.getUTCDate(),
      precision: 'day',
    };
  }
  if (typeof v !== 'string') return null;
  const text = v.trim();
  return text.length > 30 ? null : fromText(text);
}

/**
 * A year: a whole number from 1900 to 2100, a Date (its year), or text `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
 *
 * @param v - the cell value
 * @returns the year, blank, na or invalid
 * @example
 * parseYear('2021-06') // { kind: 'value', value: 2021 }
 */
export function parseYear(v: unknown): Parsed<number> {
  if (typeof v === 'number' && !(Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR)) {
    return invalid(YEAR_EXPECTED);
  }
  const found = fromSheetValue(v);
  if (found === 'blank' || found === 'na') return { kind: found };
  if (!found || !isValidDay(found)) return invalid(YEAR_EXPECTED);
  return parsed(found.year);
}

/**
 * A date at the precision typed: `YYYY` for a year alone (`2024`, the number 2024), `YYYY-MM` for a month
 * (`2024-03`, `March 2024`), `YYYY-MM-DD` for a day (a Date, a Sheets date serial number, `2024-03-15`,
 * `M/D/YYYY`). Nothing is filled in, so a reader can tell "2024" from "1 January 2024".
 *
 * @param v - the cell value
 * @returns the date text, blank, na or invalid
 * @example
 * parseDate('2024-03') // { kind: 'value', value: '2024-03' }
 */
export function parseDate(v: unknown): Parsed<string> {
  const found = fromSheetValue(v);
  if (found === 'blank' || found === 'na') return { kind: found };
  if (!found || !isValidDay(found)) return invalid(DATE_EXPECTED);
  if (found.precision === 'year') return parsed(String(found.year));
  if (found.precision === 'month') return parsed(`${found.year}-${pad(found.month)}`);
  return parsed(`${found.year}-${pad(found.month)}-${pad(found.day)}`);
}
