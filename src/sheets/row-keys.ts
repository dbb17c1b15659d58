/**
 * How the rows of a list sheet (`Application List`, `List – NAME`) and of `Cohort Lists` are known from one run
 * to the next, for carrying over what people wrote (carry-over.ts) and reading back the signals and statuses
 * they marked (list-statuses.ts): a program by its `ID`, or by its name and state when the ID is blank (the key
 * `Programs` uses, `programKey`); in `Cohort Lists` by applicant and program. A key needs its columns: a row of
 * a sheet whose `ID` (or `Applicant`, `Program`, `State`) column a person renamed or deleted has no key, so it
 * is never merged with another row; a program is then matched by name and state instead (the fallback key),
 * where that names one row on each side. A header renamed in place to one of the names `Programs` and `Cohort`
 * accept for that column (`NRMP code` for `ID`, `Student` for `Applicant`) is still RadList's column.
 */
import type { KeyCell } from './carry-over.ts';
import { APPLICANT_FIELDS, PROGRAM_FIELDS } from './headers.ts';
import { programKey } from './read-programs.ts';

/** Separates the applicant from the program in a `Cohort Lists` key. */
const APPLICANT_SEPARATOR = '\u0001';

/**
 * A program row's key: its ID; its name and state when the ID is blank; '' when the row names no program or
 * the sheet lacks a column the key needs (no `ID` column at all: the ID cannot be known).
 *
 * @param cell - the row's cells by column name (null when the sheet has no such column)
 * @returns the key, unfolded
 * @example
 * programRowKey((c) => ({ Program: 'Lakeview', ID: '', State: 'oh' })[c] ?? null) // 'Lakeview|OH'
 */
export function programRowKey(cell: KeyCell): string {
  const id = cell('ID');
  if (id === null) return '';
  if (id !== '') return id;
  return programFallbackKey(cell);
}

/**
 * A program row's second key, its name and state, for rows whose key could not be made or found; '' when the
 * name is blank or the sheet has no `Program` or `State` column.
 *
 * @example
 * programFallbackKey((c) => ({ Program: 'Lakeview', State: 'OH' })[c] ?? null) // 'Lakeview|OH'
 */
export function programFallbackKey(cell: KeyCell): string {
  const name = cell('Program');
  const state = cell('State');
  if (name === null || name === '' || state === null) return '';
  return programKey('', name, state);
}

/** A key of `Cohort Lists`: the applicant's name, then the program's key; '' without either. */
function withApplicant(cell: KeyCell, programPart: string): string {
  const applicant = cell('Applicant');
  if (applicant === null || applicant === '' || programPart === '') return '';
  return `${applicant}${APPLICANT_SEPARATOR}${programPart}`;
}

/**
 * A `Cohort Lists` row's key: applicant and program key; '' when either cannot be made.
 *
 * @example
 * cohortRowKey((c) => ({ Applicant: 'Ana Li', Program: 'Lakeview', ID: 'FX-1', State: 'OH' })[c] ?? null) // 'Ana Li\u0001FX-1'
 */
export function cohortRowKey(cell: KeyCell): string {
  return withApplicant(cell, programRowKey(cell));
}

/**
 * A `Cohort Lists` row's second key: applicant, program name and state.
 *
 * @example
 * cohortFallbackKey((c) => ({ Applicant: 'Ana Li', Program: 'Lakeview', State: 'OH' })[c] ?? null) // 'Ana Li\u0001Lakeview|OH'
 */
export function cohortFallbackKey(cell: KeyCell): string {
  return withApplicant(cell, programFallbackKey(cell));
}

/** Column name → other names, built on first use (nothing runs at load). */
let aliasTable: Map<string, readonly string[]> | undefined;

/**
 * The other names a list column may be given in place of its own: those `Programs` accepts for the program's
 * columns (`NRMP code` for `ID`), those `Cohort` accepts for the applicant's name (for `Applicant`).
 *
 * @param column - a column RadList writes
 * @returns its aliases; none for a column no input sheet has
 * @example
 * listColumnAliases('ID').includes('NRMP code') // true
 */
export function listColumnAliases(column: string): readonly string[] {
  if (!aliasTable) {
    aliasTable = new Map(PROGRAM_FIELDS.map((field) => [field.header, field.aliases]));
    const name = APPLICANT_FIELDS.find((field) => field.key === 'name');
    if (name) aliasTable.set('Applicant', [name.header, ...name.aliases]);
  }
  return aliasTable.get(column) ?? [];
}
