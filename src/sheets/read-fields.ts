/**
 * Helpers shared by the sheet readers: reading one cell with a parser and turning an unreadable value into an
 * issue that names the sheet, the cell (A1) and what was expected, plain text cells, and blank-row detection.
 */
import type { Issue } from '../core/types.ts';
import { cellName, columnLetters, issueAt } from './a1.ts';
import { type DuplicateField, type FieldDef, matchFields } from './headers.ts';
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
 * badValueIssue(cellRef('Programs', 7, 10, 'Min Step 2 CK'), 'abc', 'a score', 'a whole number from 1 to 300 (or N/A)', 'Treated as unknown.')
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
  /** The fit's minimum usable Outcomes rows and applicants (Settings): a one-sided sheet above it is an issue. */
  fitMinimum?: { rows: number; applicants: number };
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

/** The fewest field names down a column (or along a row) that make a sheet look turned sideways. */
const SIDEWAYS_LEAST = 3;

/**
 * The header words a table sheet holds down one column below row 1, when there are enough of them to say the
 * sheet is turned sideways (headers down column A instead of along row 1): at least three fields, making up
 * at least half of the column's filled cells and more fields than row 1 names. Otherwise null — a list whose
 * program happens to be called "Hospital" is still a list.
 *
 * @param rows - the sheet's rows (row 1 is the header row)
 * @param column - the 0-based column the names are in
 * @param fields - the sheet's field table
 * @param headerFields - how many fields row 1 names
 * @returns the header words as typed, or null
 * @example
 * headersDownColumn([['Program', 'Alpha'], ['ID', 'A1'], ['State', 'OH'], ['Type', 'Community']], 0, PROGRAM_FIELDS, 1)
 * // ['ID', 'State', 'Type']
 */
export function headersDownColumn<K extends string>(
  rows: readonly unknown[][],
  column: number,
  fields: readonly FieldDef<K>[],
  headerFields: number,
): string[] | null {
  const cells = rows.slice(1).map((row) => row[column]);
  const filled = cells.filter((cell) => cellString(cell) !== '').length;
  const found = [...matchFields(cells, fields).positions.values()].sort((a, b) => a - b);
  if (found.length < SIDEWAYS_LEAST || found.length * 2 < filled || found.length <= headerFields) return null;
  return found.map((index) => showCell(cells[index]));
}

/**
 * The labels a label / value sheet (`Profile`) holds along row 1 after column A, when there are enough of them
 * to say it is turned sideways: at least two and more than column A names below row 1 — or, since the add-on
 * reads such a sheet as columns A:B alone, one (`Name | Applicant type`) when column A names no field at all
 * below row 1 and there is a row below. Otherwise null.
 *
 * @param rows - the sheet's rows
 * @param fields - the sheet's field table
 * @returns the labels as typed, or null
 * @example
 * labelsAlongRow([['Name', 'Step 2 CK', 'YOG'], ['Ana', 230, 2020]], APPLICANT_FIELDS) // ['Step 2 CK', 'YOG']
 */
export function labelsAlongRow<K extends string>(
  rows: readonly unknown[][],
  fields: readonly FieldDef<K>[],
): string[] | null {
  const first = Array.isArray(rows[0]) ? rows[0].slice(1) : [];
  const along = [...matchFields(first, fields).positions.values()].sort((a, b) => a - b);
  const down = matchFields(
    rows.slice(1).map((row) => (Array.isArray(row) ? row[0] : undefined)),
    fields,
  ).positions.size;
  const sideways =
    along.length >= 2 ? along.length > down : along.length === 1 && down === 0 && rows.length > 1;
  return sideways ? along.map((index) => showCell(first[index])) : null;
}

/** A header named twice, as the reader settled it: which column is used and why the other is not. */
export interface RepeatedColumn<K extends string> {
  field: FieldDef<K>;
  /** The 0-based column the issue is on (the one not used). */
  index: number;
  /** The 0-based column used instead. */
  usedIndex: number;
  /** `repeat`: the first was used; `empty`: the first is empty below row 1, so a later one is used. */
  why: 'repeat' | 'empty';
}

/**
 * Settles headers named twice (`matchFields` duplicates): the first column is used — unless it is empty below
 * row 1 and a later one of the same name is not, so a blank first `Program` column never hides the programs.
 * `positions` is updated in place.
 *
 * @param positions - the fields' columns from `matchFields`
 * @param duplicates - the repeats from `matchFields`
 * @param rows - the sheet's rows (row 1 is the header row)
 * @returns one entry per column not used, for its issue
 * @example
 * settleRepeats(positions, duplicates, [['Program', 'Program'], ['', 'Lakeside']])[0]?.why // 'empty'
 */
export function settleRepeats<K extends string>(
  positions: Map<K, number>,
  duplicates: readonly DuplicateField<K>[],
  rows: readonly unknown[][],
): RepeatedColumn<K>[] {
  const filled = (index: number) => rows.slice(1).some((row) => cellString(row[index]) !== '');
  const byField = new Map<K, { field: FieldDef<K>; columns: number[] }>();
  for (const repeat of duplicates) {
    const entry = byField.get(repeat.field.key) ?? { field: repeat.field, columns: [repeat.firstIndex] };
    entry.columns.push(repeat.index);
    byField.set(repeat.field.key, entry);
  }
  const settled: RepeatedColumn<K>[] = [];
  for (const { field, columns } of byField.values()) {
    const first = columns[0]!;
    const used = filled(first) ? first : (columns.find(filled) ?? first);
    positions.set(field.key, used);
    for (const index of columns) {
      if (index !== used)
        settled.push({ field, index, usedIndex: used, why: index === first ? 'empty' : 'repeat' });
    }
  }
  return settled.sort((a, b) => a.index - b.index);
}

/**
 * The row-1 issue for a header named twice, naming both columns.
 *
 * @example
 * repeatedColumnIssue('Programs', { field, index: 0, usedIndex: 2, why: 'empty' }).message
 * // '"Program" appears in column A and again in column C; column A is empty, so column C is used.'
 */
export function repeatedColumnIssue<K extends string>(sheet: string, repeat: RepeatedColumn<K>): Issue {
  const header = repeat.field.header;
  const here = columnLetters(repeat.index + 1);
  const used = columnLetters(repeat.usedIndex + 1);
  const message =
    repeat.why === 'empty'
      ? `"${header}" appears in column ${here} and again in column ${used}; column ${here} is empty, so column ${used} is used.`
      : `"${header}" appears again in column ${here}; column ${used} is used and this one is ignored.`;
  return issueAt(sheet, 1, repeat.index + 1, message);
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
