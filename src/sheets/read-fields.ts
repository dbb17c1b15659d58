/**
 * Helpers shared by the sheet readers: reading one cell with a parser and turning an unreadable value into an
 * issue that names the sheet, the cell (A1) and what was expected, plain text cells, and blank-row detection.
 */
import type { Issue } from '../core/types.ts';
import { cellName, issueAt } from './a1.ts';
import type { MissingInput } from './missing.ts';
import { foldKey } from './normalize.ts';
import { cellString, formulaError, isDate, type Parsed, showCell } from './parse-values.ts';
import type { SheetName } from './sheet-names.ts';

/** Where a value came from, for issue messages. */
export interface CellRef {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  column: number;
  /** The field's name as users know it, e.g. `Min Step 2 CK`. */
  label: string;
  /** The cell's number format (`getNumberFormats()`), when the reader was given them. */
  format?: string;
}

/**
 * Where a field's value is: its sheet, row, column and name.
 *
 * @example
 * cellRef('Programs', 7, 10, 'Min Step 2 CK') // { sheet: 'Programs', row: 7, column: 10, label: 'Min Step 2 CK' }
 */
export function cellRef(sheet: string, row: number, column: number, label: string): CellRef {
  return { sheet, row, column, label };
}

/**
 * The A1 name of a field's cell, for messages that tell people where to type.
 *
 * @example
 * refCell({ sheet: 'Profile', row: 3, column: 2, label: 'Step 2 CK' }) // 'B3'
 */
export function refCell(ref: CellRef): string {
  return cellName(ref.row, ref.column);
}

/**
 * The issue for an unreadable cell, in plain words.
 *
 * @param ref - sheet, cell and field name
 * @param raw - the cell value as read
 * @param noun - what the value should be, e.g. `a score`
 * @param expected - the parser's description of accepted values
 * @param consequence - what happens instead, e.g. `Treated as unknown.`
 * @returns the issue
 * @example
 * badValueIssue(cellRef('Programs', 7, 10, 'Min Step 2 CK'), 'abc', 'a score', 'a number from 1 to 300 (or N/A)', 'Treated as unknown.')
 */
export function badValueIssue(
  ref: CellRef,
  raw: unknown,
  noun: string,
  expected: string,
  consequence: string,
): Issue {
  if (formulaError(raw) !== null) return formulaErrorIssue(ref, raw, consequence);
  return issueAt(
    ref.sheet,
    ref.row,
    ref.column,
    `${ref.label} "${showCell(raw)}" is not ${noun}; expected ${expected}. ${consequence}`,
  );
}

/**
 * The issue for a cell showing a formula error (`#N/A` from a lookup that found nothing, `#REF!` …): a broken
 * formula, never read as N/A.
 *
 * @param ref - sheet, cell and field name
 * @param raw - the cell value (the error text)
 * @param consequence - what happens instead, e.g. `Treated as unknown.`
 * @param instead - what else the person may do (default: type N/A if the value is unknown)
 * @example
 * formulaErrorIssue(cellRef('Profile', 3, 2, 'Step 2 CK'), '#N/A', 'Treated as unknown.').message
 * // 'Step 2 CK shows the formula error #N/A (…); fix the formula in B3, or type N/A if the value is unknown. Treated as unknown.'
 */
export function formulaErrorIssue(
  ref: CellRef,
  raw: unknown,
  consequence: string,
  instead = 'type N/A if the value is unknown',
): Issue {
  const cell = cellName(ref.row, ref.column);
  return issueAt(
    ref.sheet,
    ref.row,
    ref.column,
    `${ref.label} shows the formula error ${formulaError(raw) ?? showCell(raw)} (a formula that failed, such as a lookup that found nothing); fix the formula in ${cell}, or ${instead}. ${consequence}`,
  );
}

/**
 * What the readers know about the run, to tell a value that cannot be true yet: the cycle year (a program
 * accredited after it, a graduation after its residency start) and today, `YYYY-MM-DD` (a date verified in
 * the future). Absent fields skip their checks.
 */
export interface ReadContext {
  cycleYear?: number;
  today?: string;
}

/**
 * The issue for a readable value that cannot be true (a date in the future, a year out of reach).
 *
 * @param ref - sheet, cell and field name
 * @param raw - the cell value as read
 * @param why - what is wrong with it, e.g. `is in the future (today is 2026-07-01)`
 * @returns the issue; the value is treated as unknown
 * @example
 * impossibleValueIssue(cellRef('Programs', 2, 4, 'Last verified'), '2031', 'is in the future (today is 2026-07-01)')
 */
export function impossibleValueIssue(ref: CellRef, raw: unknown, why: string): Issue {
  return issueAt(
    ref.sheet,
    ref.row,
    ref.column,
    `${ref.label} "${showCell(raw)}" ${why}. Treated as unknown.`,
  );
}

/**
 * True when a date read at the precision typed (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) starts after `today`: a
 * month or a year still under way is not in the future.
 *
 * @example
 * startsAfter('2026-07', '2026-07-01') // false
 */
export function startsAfter(date: string, today: string): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return start > today;
}

/**
 * The issue for a value read as the closest accepted spelling (`Univeristy` → University).
 *
 * @example
 * nearMissIssue(cellRef('Programs', 7, 6, 'Type'), 'Univeristy', 'University')
 */
export function nearMissIssue(ref: CellRef, raw: unknown, readAs: string): Issue {
  return issueAt(
    ref.sheet,
    ref.row,
    ref.column,
    `${ref.label} "${showCell(raw)}" is read as ${readAs}, the closest accepted value; correct the cell if that is wrong.`,
  );
}

/**
 * Reads one cell with a parser: the value, or `fallback` when the cell is blank, says N/A or cannot be read
 * (then an issue is added to `issues`). A value read from a near miss (`Univeristy`) is used, with an issue
 * saying what it was read as. The parser also gets the cell's number format when `ref` has one.
 *
 * @param raw - the cell value
 * @param parse - the parser
 * @param noun - what the value should be, for the message
 * @param ref - where the value came from
 * @param issues - where a problem is reported
 * @param fallback - the value used instead, with its wording (default: null, "Treated as unknown.")
 * @returns the parsed value or the fallback
 * @example
 * readCell('abc', parseScore, 'a score', ref, issues) // null, and one issue
 */
export function readCell<T, F = null>(
  raw: unknown,
  parse: (v: unknown, format?: string) => Parsed<T>,
  noun: string,
  ref: CellRef,
  issues: Issue[],
  fallback: { value: F; wording: string } = { value: null as F, wording: 'Treated as unknown.' },
): T | F {
  const result = parse(raw, ref.format);
  if (result.kind === 'value') {
    if (result.readAs !== undefined) issues.push(nearMissIssue(ref, raw, result.readAs));
    return result.value;
  }
  if (result.kind === 'invalid')
    issues.push(badValueIssue(ref, raw, noun, result.expected, fallback.wording));
  return fallback.value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A cell as plain text for text fields (names, IDs, notes): trimmed, Dates as `YYYY-MM-DD`, anything else
 * as its text. Hostile text is kept as it is: it is only ever data.
 *
 * @example
 * cellText(4200511234) // '4200511234'
 */
export function cellText(v: unknown): string {
  if (isDate(v)) {
    return Number.isNaN(v.getTime()) ? '' : `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  return cellString(v);
}

/**
 * True when every cell of a row is blank (empty text, spaces, null or undefined).
 *
 * @example
 * isBlankRow(['', '  ', null]) // true
 */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return !row || row.every((cell) => cellString(cell) === '');
}

/**
 * The rows of a table sheet (`Programs`, `Cohort`) as arrays, and what is missing when it has nothing at all
 * in it.
 *
 * @param values - `getDataRange().getValues()` of the sheet
 * @param sheet - the sheet's name
 * @param required - the header it needs in row 1
 * @param what - one row's thing, e.g. `program`
 * @example
 * tableRows([['']], 'Programs', 'Program', 'program').empty
 * // { kind: 'empty-sheet', sheet: 'Programs', column: 'Program', what: 'program' }
 */
export function tableRows(
  values: unknown[][],
  sheet: SheetName,
  required: string,
  what: string,
): { rows: unknown[][]; empty: MissingInput | null } {
  const rows = Array.isArray(values) ? values.map((row) => (Array.isArray(row) ? row : [])) : [];
  const empty: MissingInput | null = rows.every((row) => isBlankRow(row))
    ? { kind: 'empty-sheet', sheet, column: required, what }
    : null;
  return { rows, empty };
}

/**
 * A name folded for "is this the same one?" checks: lower case, spaces collapsed.
 *
 * @example
 * sameKey(' Mayo  Clinic ') // 'mayo clinic'
 */
export function sameKey(text: string): string {
  return foldKey(text);
}

/**
 * Issues in sheet order (by row, then column), so users can work down the sheet; the order is stable.
 *
 * @param issues - issues of one sheet
 * @returns a new, sorted array
 * @example
 * inSheetOrder([issueAt('Profile', 4, 2, ''), issueAt('Profile', 2, 2, '')])[0]?.cell // 'B2'
 */
export function inSheetOrder(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => a.issue.row - b.issue.row || a.issue.column - b.issue.column || a.index - b.index)
    .map(({ issue }) => issue);
}

/**
 * Field positions as sheet columns (or rows): `matchFields` counts from 0, sheets from 1.
 *
 * @param positions - 0-based positions from `matchFields`
 * @returns the same fields at 1-based positions
 * @example
 * oneBased(new Map([['name', 0]])).get('name') // 1
 */
export function oneBased<K>(positions: ReadonlyMap<K, number>): ReadonlyMap<K, number> {
  return new Map([...positions].map(([key, index]) => [key, index + 1]));
}
