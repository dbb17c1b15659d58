/**
 * What an input lacks before a run can start, as plain data: a whole sheet, a required column, an empty
 * sheet, a sheet with headers but no rows, or a Profile nothing is typed in yet. Readers return these values;
 * code decides on their `kind` (is a whole sheet missing? then "Set up sheets" can help), and `describeMissing`
 * is the one place that turns them into the sentences people read.
 */
import { cellName } from './a1.ts';
import type { SheetName } from './sheet-names.ts';

/** One thing an input sheet lacks. */
export type MissingInput =
  /**
   * The sheet does not exist — or only under a look-alike name (`found`: `Programs ` with a space, `programs`),
   * which must be renamed: "Set up sheets" would make a second one.
   */
  | { kind: 'missing-sheet'; sheet: SheetName; found?: string }
  /** The sheet has no cell at all filled in; `column` is the header it needs, `what` one row's thing. */
  | { kind: 'empty-sheet'; sheet: SheetName; column: string; what: string }
  /** Row 1 lacks a required header. */
  | { kind: 'missing-column'; sheet: SheetName; column: string }
  /** Headers but no usable row; `what` is the plural, e.g. `programs`. */
  | { kind: 'no-rows'; sheet: SheetName; what: string }
  /** A Profile with no field filled in; `nameRow` is the row of its `Name` label, if it has one. */
  | { kind: 'profile-blank'; sheet: SheetName; nameRow: number | null }
  /**
   * The sheet is turned sideways: a table's headers run down column A (`what` is one row's thing), or a
   * label / value sheet's labels run along row 1. `labels` are the ones found, as typed.
   */
  | { kind: 'sideways'; sheet: SheetName; labels: string[]; along: 'column A' | 'row 1'; what: string };

/**
 * The sentence people read for one missing input.
 *
 * @param missing - what is missing
 * @returns one plain sentence
 * @example
 * describeMissing({ kind: 'missing-sheet', sheet: 'Programs' }) // 'There is no Programs sheet.'
 */
export function describeMissing(missing: MissingInput): string {
  switch (missing.kind) {
    case 'missing-sheet':
      return missing.found === undefined
        ? `There is no ${missing.sheet} sheet.`
        : `There is a sheet named '${missing.found}' — rename it to '${missing.sheet}' (RadList looks for that exact name).`;
    case 'empty-sheet':
      return `The ${missing.sheet} sheet is empty: put the headers in row 1 (at least "${missing.column}") and one ${missing.what} a row.`;
    case 'missing-column':
      return `The ${missing.sheet} sheet has no "${missing.column}" column in row 1.`;
    case 'no-rows':
      return `The ${missing.sheet} sheet has no ${missing.what} yet.`;
    case 'sideways': {
      const shown = missing.labels.slice(0, 4).join(', ') + (missing.labels.length > 4 ? ', …' : '');
      const paste = 'Edit › Paste special › Transposed';
      return missing.along === 'column A'
        ? `The ${missing.sheet} sheet seems to be turned sideways: its headers (${shown}) run down column A. Put the headers in row 1 and one ${missing.what} a row (copy the table, then use ${paste}).`
        : `The ${missing.sheet} sheet seems to be turned sideways: its labels (${shown}) run along row 1. Put the labels in column A and the values in column B (copy them, then use ${paste}).`;
    }
    case 'profile-blank': {
      const where =
        missing.nameRow === null
          ? 'column B, beside a "Name" label in column A'
          : `cell ${cellName(missing.nameRow, 2)}`;
      return `The ${missing.sheet} sheet is not filled in yet: type the applicant's name in ${where}, then their scores.`;
    }
  }
}

/**
 * True when a whole sheet is missing — the one thing "Set up sheets" can fix (it never changes a sheet that
 * exists). A sheet there under a look-alike name is not: it needs renaming.
 *
 * @example
 * lacksSheet([{ kind: 'no-rows', sheet: 'Programs', what: 'programs' }]) // false
 */
export function lacksSheet(missing: readonly MissingInput[]): boolean {
  return missing.some((entry) => entry.kind === 'missing-sheet' && entry.found === undefined);
}
