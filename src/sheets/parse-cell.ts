/**
 * The shared first step of every value parser: what a parser returns (`Parsed<T>`), how a cell is told to be
 * blank or to say N/A, and how any cell value (string, number, boolean, Date, or anything odd) is turned into
 * trimmed text without ever throwing.
 */
import { foldLetters } from './normalize.ts';

/**
 * What a parser made of one cell: a value, a blank, an explicit N/A (or another word for unknown), or text it
 * could not read. A value read from a near miss (`Univeristy`) carries `readAs`, the accepted spelling it was
 * read as, so the reader can say so in an issue.
 */
export type Parsed<T> =
  | { kind: 'value'; value: T; readAs?: string }
  | { kind: 'blank' }
  | { kind: 'na' }
  | { kind: 'invalid'; expected: string };

/**
 * Normalised texts that mean "not applicable / not known" (no issue is raised for them): the words real
 * program lists use for a figure nobody has found yet.
 */
const NA_TEXTS: ReadonlySet<string> = new Set([
  'na',
  'notapplicable',
  'notavailable',
  'unavailable',
  'unknown',
  'unk',
  'nk',
  'notknown',
  'tbd',
  'tba',
  'tbc',
  'notsure',
  'unsure',
  'notreported',
  'notlisted',
  'notstated',
  'notspecified',
  'unspecified',
  'nodata',
  'noinfo',
  'noinformation',
]);

/** The error values Sheets shows in a cell whose formula failed (`getValues()` returns them as text). */
const FORMULA_ERRORS = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/** What a parser says it expected when a cell holds a formula error (the readers word the issue themselves). */
export const FORMULA_ERROR_EXPECTED = 'a value, not a formula error';

/**
 * The formula error a cell shows (`#N/A`, `#REF!`, `#VALUE!` …), or null. `#N/A` is what a lookup that
 * found nothing gives: it is a broken formula to fix, never the word N/A.
 *
 * @example
 * formulaError('#N/A') // '#N/A'
 * formulaError('N/A') // null
 */
export function formulaError(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const text = v.trim();
  return text.length <= 15 && FORMULA_ERRORS.test(text) ? text.toUpperCase() : null;
}

/** Longest text a parser looks at; longer text cannot be a value and is invalid. */
export const MAX_PARSE_LENGTH = 200;

/** A parsed value. */
export function parsed<T>(value: T): Parsed<T> {
  return { kind: 'value', value };
}

/** A value read from a near miss, with the accepted spelling it was read as. */
export function readAsNearest<T>(value: T, readAs: string): Parsed<T> {
  return { kind: 'value', value, readAs };
}

/** An unreadable value, with what was expected in plain words. */
export function invalid<T>(expected: string): Parsed<T> {
  return { kind: 'invalid', expected };
}

/** True when `v` is a Date, from this or another V8 realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Any cell value as trimmed text; never throws (objects without `toString` become '').
 *
 * @example
 * cellString('  Mayo  ') // 'Mayo'
 */
export function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  try {
    return String(v).trim();
  } catch {
    return '';
  }
}

/**
 * The blank/N/A step shared by every parser: `blank` for an empty cell, `na` for N/A (any case, `n/a`,
 * `NA`, `N.A.`, `not applicable`, `not available`, `unknown`, `TBD`, `not sure` …), a lone dash (`-`, `–`,
 * `—`) or question mark, `invalid` for a formula error (`#N/A`, `#REF!`: see `formulaError`), otherwise null
 * (the parser goes on).
 *
 * @example
 * blankOrNa(' N/A ') // { kind: 'na' }
 * blankOrNa('TBD') // { kind: 'na' }
 */
export function blankOrNa(v: unknown): Parsed<never> | null {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v !== 'string') return null;
  const text = v.trim();
  if (text === '') return { kind: 'blank' };
  if (text.length > 30) return null;
  if (formulaError(text) !== null) return invalid(FORMULA_ERROR_EXPECTED);
  if (/^(?:[-–—‐]+|\?+)$/.test(text)) return { kind: 'na' };
  const folded = foldLetters(text);
  return NA_TEXTS.has(folded) ? { kind: 'na' } : null;
}

/**
 * A short, safe rendering of a cell for an issue message: control characters become spaces, long text is
 * cut to 40 characters, Dates are shown as `YYYY-MM-DD`.
 *
 * @example
 * showCell('abc') // 'abc'
 */
export function showCell(v: unknown): string {
  if (isDate(v)) {
    const time = v.getTime();
    if (Number.isNaN(time)) return 'an invalid date';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  const text = cellString(v).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A table entry by key, own keys only: `constructor` or `toString` typed in a cell must not find
 * `Object.prototype`'s members (and `Object.hasOwn` may be missing in Apps Script's V8).
 *
 * @example
 * ownEntry({ south: 'South' }, 'constructor') // undefined
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.keys(table).includes(key) ? table[key] : undefined;
}
