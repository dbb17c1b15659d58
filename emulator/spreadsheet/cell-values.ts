/**
 * What a cell holds and how Sheets reads what is written into it. Rules of `interpretInput` (a string
 * written with setValue/setValues, as if typed into Sheets):
 * - `=…` (longer than `=`, in a cell not formatted `@`) becomes a formula; its value is `''` until a recalculation sets it.
 * - A leading apostrophe forces literal text; the apostrophe is not stored (`'=A1` → text `=A1`).
 * - In a cell whose number format is `@` (plain text) every other string is stored as it is, `=…` included.
 * - Otherwise, after trimming spaces: numeric text (`42`, `-5`, `+7`, `1e3`, `3.5`, `.5`, `1,234`) becomes a
 *   number; `35%` becomes 0.35; `TRUE`/`false` (any case) become booleans; `YYYY-MM-DD` and US `M/D/YYYY`
 *   dates become Dates (local midnight).
 * - Text starting with `+` or `-` that is not a number is read by Sheets as a formula (`-abc` → `=-abc`),
 *   which shows `#ERROR!`: exactly the escaping mistake RadList must avoid with user text.
 * - Anything else stays text. null/undefined write an empty cell; numbers, booleans, Dates (copied) are kept.
 */

import { automaticNumber, formatNumber } from './number-format.ts';

export type CellValue = string | number | boolean | Date;

/** The number format Sheets reports for a cell that was never formatted ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** What a write stores: a literal value, or a formula (its computed value is kept elsewhere). */
export interface CellInput {
  value: CellValue;
  formula: string;
  /** Number format Sheets picks when the typed text implies one (`35%` → `0%`), else null. */
  impliedFormat: string | null;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER_TEXT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT_TEXT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;
const ISO_DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** True for a Date of any realm. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A copy of a cell value that callers may change freely (Dates copied). */
export function copyCellValue(value: CellValue): CellValue {
  return isDateValue(value) ? new Date(value.getTime()) : value;
}

function dateOf(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid ? date : null;
}

function parseTypedDate(text: string): Date | null {
  const iso = ISO_DATE_TEXT.exec(text);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US_DATE_TEXT.exec(text);
  if (us) return dateOf(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
}

function literal(value: CellValue, impliedFormat: string | null = null): CellInput {
  return { value, formula: '', impliedFormat };
}

function interpretText(raw: string): CellInput {
  const text = raw.trim();
  if (NUMBER_TEXT.test(text)) return literal(Number(text));
  if (GROUPED_NUMBER_TEXT.test(text)) return literal(Number(text.replace(/,/g, '')));
  const percent = PERCENT_TEXT.exec(text);
  if (percent) {
    const decimals = (percent[1]?.split('.')[1] ?? '').length;
    return literal(Number(percent[1]) / 100, decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%');
  }
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return literal(upper === 'TRUE');
  const date = parseTypedDate(text);
  if (date) return literal(date, 'yyyy-mm-dd');
  if (/^[+-]\S/.test(text)) return { value: '', formula: `=${text}`, impliedFormat: null };
  return literal(raw);
}

/**
 * Reads one written value the way Sheets does (see the rules at the top of this file).
 *
 * @param raw - the value given to setValue/setValues
 * @param numberFormat - the cell's number format (`@` keeps text as text)
 * @returns the stored value or formula
 * @example
 * interpretInput('35%', DEFAULT_NUMBER_FORMAT).value // 0.35
 */
export function interpretInput(raw: unknown, numberFormat: string): CellInput {
  if (raw === null || raw === undefined) return literal('');
  if (typeof raw === 'number' || typeof raw === 'boolean') return literal(raw);
  if (isDateValue(raw)) return literal(new Date(raw.getTime()));
  const text = String(raw);
  if (text.startsWith("'")) return literal(text.slice(1));
  if (numberFormat === '@' || text.trim() === '') return literal(text);
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text, impliedFormat: null };
  return interpretText(text);
}

/**
 * The text Sheets shows for a value: numbers under their number format (`number-format.ts`: `0%`, `$#,##0`,
 * `+0;"−"0;0`, `0.0` …; Automatic shows about ten significant digits), booleans
 * `TRUE`/`FALSE`, Dates `M/D/YYYY` (or `YYYY-MM-DD` under a `yyyy-mm-dd` format).
 *
 * @param value - the cell's value
 * @param numberFormat - the cell's number format
 * @returns the display text
 * @example
 * displayText(true, DEFAULT_NUMBER_FORMAT) // 'TRUE'
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateValue(value)) {
    const [y, m, d] = [value.getFullYear(), value.getMonth() + 1, value.getDate()];
    if (numberFormat.toLowerCase() === 'yyyy-mm-dd') {
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
    return `${m}/${d}/${y}`;
  }
  if (typeof value === 'number') {
    if (numberFormat === '' || numberFormat === DEFAULT_NUMBER_FORMAT) return automaticNumber(value);
    return formatNumber(value, numberFormat);
  }
  return value;
}
