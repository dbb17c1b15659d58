/**
 * Writing finished outputs with undo. Each output is written in place over the sheet it replaces (the sheet
 * itself is kept, so formulas elsewhere that refer to it, charts, filters, protections and the column widths
 * people chose all survive), or into a new sheet when there is none. Before writing, the old sheet is read
 * whole (values, formulas, colours); each write records how to put back what was there, and any failure puts
 * everything back — formulas as formulas — before the error is reported. Inputs are read in
 * read-workbook.ts.
 */

import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { type Grid, growthOf, overflowOf } from '../sheets/sheet-limits.ts';
import type { SheetOutput } from '../sheets/sheet-output.ts';
import { failures } from './errors.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** New sheets in Google Sheets have this many rows and columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** What an output sheet held before a run: enough to write it back exactly if the run fails. */
export interface SheetSnapshot {
  sheet: Sheet;
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  /** The A1 note (the mark, or a person's note on a sheet being adopted). */
  note: string;
}

/**
 * Reads an output sheet whole (values, formulas and colours): the values feed the notes carried over, the
 * rest lets a failed run put the sheet back. Four Spreadsheet calls.
 *
 * @param sheet - the sheet
 * @param note - its A1 note, already read when the sheet was found
 */
export function snapshotOf(sheet: Sheet, note: string): SheetSnapshot {
  const range = sheet.getDataRange();
  return {
    sheet,
    values: range.getValues() as unknown[][],
    formulas: range.getFormulas(),
    backgrounds: range.getBackgrounds(),
    note,
  };
}

/** One finished output: where it goes, what it holds, and what that sheet holds now (null: a new sheet). */
export interface PendingOutput {
  name: string;
  output: SheetOutput;
  before: SheetSnapshot | null;
  /** The A1 note that marks the sheet as RadList's output (see src/sheets/output-marks.ts). */
  mark: string;
}

/** Every sheet's whole grid, in cells (one call, and two a sheet). */
function spreadsheetCells(spreadsheet: Spreadsheet): number {
  return spreadsheet.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/** One output as the size check sees it: its sheet (null: new), what that sheet holds now, what is written. */
export interface SizedOutput {
  sheet: Sheet | null;
  /** The rows × columns of data the sheet holds now (0 × 0 for a new sheet). */
  holds: Grid;
  /** The rows × columns written from A1. */
  written: Grid;
}

/**
 * Refuses, before anything is written, outputs that would not fit Sheets' limits (src/sheets/sheet-limits.ts).
 * A sheet's grid is read only when an output reaches beyond the data it holds, and the whole spreadsheet is
 * counted only when some grid must grow, so a regeneration of the same size costs nothing.
 *
 * @param spreadsheet - the active spreadsheet
 * @param outputs - each output's sheet and sizes
 * @param advice - what to do when it does not fit, in plain words
 */
export function refuseIfTooLarge(
  spreadsheet: Spreadsheet,
  outputs: readonly SizedOutput[],
  advice: string,
): void {
  const changes = outputs.map(({ sheet, holds, written }) => {
    const within = sheet !== null && written.rows <= holds.rows && written.columns <= holds.columns;
    const before =
      sheet === null ? null : within ? written : { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    return { before, written };
  });
  const wide = overflowOf(0, changes);
  if (wide?.kind === 'columns') throw failures.tooLarge(wide, advice);
  if (growthOf(changes) <= 0) return;
  const overflow = overflowOf(spreadsheetCells(spreadsheet), changes);
  if (overflow) throw failures.tooLarge(overflow, advice);
}

/** The size check's view of a pending output. */
function sized(pending: PendingOutput): SizedOutput {
  const { before, output } = pending;
  return {
    sheet: before?.sheet ?? null,
    holds: { rows: before?.values.length ?? 0, columns: before?.values[0]?.length ?? 0 },
    written: { rows: Math.max(output.values.length, 1), columns: Math.max(output.values[0]?.length ?? 0, 1) },
  };
}

/** What to do when a list or plan would not fit. */
const LIST_ADVICE =
  'Delete sheets you no longer need (old List – NAME sheets, say, or the cohort sheets), then try again.';

/** Adds rows and columns so `sheet` holds `rows` × `columns`, recording how to remove them again. */
export function growSheet(sheet: Sheet, rows: number, columns: number, undo: (() => void)[]): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) {
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    undo.push(() => sheet.deleteRows(maxRows + 1, rows - maxRows));
  }
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    undo.push(() => sheet.deleteColumns(maxColumns + 1, columns - maxColumns));
  }
}

/** Sets column widths, one call for each run of neighbouring columns of the same width. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    const width = widths[start]!;
    let end = start + 1;
    while (end < widths.length && widths[end] === width) end += 1;
    if (width > 0) sheet.setColumnWidths(start + 1, end - start, width);
    start = end;
  }
}

/**
 * Writes one finished output into a brand-new sheet (1000 × 26): values and colours in one call each, the
 * frozen header and the column widths.
 *
 * @param sheet - the new, empty sheet
 * @param output - the finished output
 */
export function fillSheet(sheet: Sheet, output: SheetOutput): void {
  const rows = Math.max(output.values.length, 1);
  const columns = Math.max(output.values[0]?.length ?? 0, 1);
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
  if (columns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
  if (output.values.length === 0) return;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(output.values);
  range.setBackgrounds(output.backgrounds);
  if (output.frozenRows > 0) sheet.setFrozenRows(output.frozenRows);
  if (output.columnWidths) setWidths(sheet, output.columnWidths);
  setColumnFormats(sheet, output);
}

/** Sets the number formats and dropdowns of columns below the header, a few calls per column. */
function setColumnFormats(sheet: Sheet, output: SheetOutput, undo?: (() => void)[]): void {
  setColumnFormatsAt(sheet, 2, output.values.length - 1, output.columnFormats, undo);
  setColumnDropdownsAt(sheet, 2, output.values.length - 1, output.columnDropdowns, undo);
}

/**
 * Puts a dropdown on some columns over `rows` rows from `firstRow`: one list rule per column (Sheets' default
 * for a new rule warns on, but keeps, any other value, so nothing a person wrote is refused or lost), placed in
 * one call over the columns' span (columns in between get no rule).
 *
 * @param sheet - the sheet
 * @param firstRow - 1-based first row
 * @param rows - how many rows
 * @param dropdowns - the values offered, by 0-based column
 * @param undo - when given, records how to put the old rules back (one more call)
 */
export function setColumnDropdownsAt(
  sheet: Sheet,
  firstRow: number,
  rows: number,
  dropdowns: Record<number, readonly string[]> | undefined,
  undo?: (() => void)[],
): void {
  if (!dropdowns || rows < 1) return;
  const columns = Object.keys(dropdowns).map(Number);
  if (columns.length === 0) return;
  const first = Math.min(...columns);
  const span = Math.max(...columns) - first + 1;
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[] = new Array(span).fill(null);
  for (const column of columns) {
    rules[column - first] = SpreadsheetApp.newDataValidation()
      .requireValueInList([...dropdowns[column]!], true)
      .build();
  }
  const grid = Array.from({ length: rows }, () => rules);
  const range = sheet.getRange(firstRow, first + 1, rows, span);
  if (undo) {
    const before = range.getDataValidations();
    undo.push(() => range.setDataValidations(before));
  }
  range.setDataValidations(grid);
}

/**
 * Sets the number format of some columns over `rows` rows from `firstRow`, one call per column.
 *
 * @param sheet - the sheet
 * @param firstRow - 1-based first row
 * @param rows - how many rows
 * @param formats - formats by 0-based column, e.g. `{ 8: '0%' }`
 * @param undo - when given, records how to put the formats back (one more call a column)
 */
export function setColumnFormatsAt(
  sheet: Sheet,
  firstRow: number,
  rows: number,
  formats: Record<number, string> | undefined,
  undo?: (() => void)[],
): void {
  if (!formats || rows < 1) return;
  for (const [column, format] of Object.entries(formats)) {
    const range = sheet.getRange(firstRow, Number(column) + 1, rows, 1);
    if (undo) {
      const before = range.getNumberFormats();
      undo.push(() => range.setNumberFormats(before));
    }
    range.setNumberFormat(format);
  }
}

/** Writes an output over the sheet it replaces, blanking what the old output had beyond the new one. */
function overwriteSheet(before: SheetSnapshot, output: SheetOutput, undo: (() => void)[]): void {
  const { sheet } = before;
  const oldRows = before.values.length;
  const oldColumns = before.values[0]?.length ?? 0;
  const rows = Math.max(output.values.length, oldRows, 1);
  const columns = Math.max(output.values[0]?.length ?? 0, oldColumns, 1);
  if (rows > oldRows || columns > oldColumns) growSheet(sheet, rows, columns, undo);
  const range = sheet.getRange(1, 1, rows, columns);
  const previousValues = restoreGrid(before.values, before.formulas, rows, columns);
  const previousBackgrounds = padGrid(before.backgrounds, rows, columns, WHITE);
  range.setValues(padGrid(output.values, rows, columns, '' as unknown));
  undo.push(() => {
    range.setValues(previousValues);
    range.setBackgrounds(previousBackgrounds);
  });
  range.setBackgrounds(padGrid(output.backgrounds, rows, columns, WHITE));
  setColumnFormats(sheet, output, undo);
}

const WHITE = '#ffffff';

/**
 * Writes every output: over the sheet it replaces when there is one, into a new sheet at the end otherwise,
 * and marks each sheet as RadList's (the A1 note). Outputs that would not fit Sheets' limits are refused
 * first (`refuseIfTooLarge`; `sizeChecked` when the caller checked a larger projection already). Either all outputs land or, on any failure, every write is
 * undone (new sheets removed, old contents, colours and notes put back) and the error is thrown again, so
 * the previous outputs stay exactly as they were.
 *
 * @param spreadsheet - the active spreadsheet
 * @param outputs - finished outputs (everything computed before this is called)
 * @param options - `sizeChecked`: the size check was already made
 */
export function writeOutputs(
  spreadsheet: Spreadsheet,
  outputs: PendingOutput[],
  options: { sizeChecked?: boolean } = {},
): void {
  if (!options.sizeChecked) refuseIfTooLarge(spreadsheet, outputs.map(sized), LIST_ADVICE);
  const undo: (() => void)[] = [];
  const created: Sheet[] = [];
  try {
    for (const pending of outputs) {
      if (pending.before) {
        const { sheet, note } = pending.before;
        overwriteSheet(pending.before, pending.output, undo);
        if (note !== pending.mark) {
          const corner = sheet.getRange(1, 1);
          corner.setNote(pending.mark);
          undo.push(() => corner.setNote(note));
        }
      } else {
        const sheet = spreadsheet.insertSheet(pending.name, spreadsheet.getNumSheets());
        undo.push(() => spreadsheet.deleteSheet(sheet));
        created.push(sheet);
        fillSheet(sheet, pending.output);
        sheet.getRange(1, 1).setNote(pending.mark);
      }
    }
  } catch (error) {
    throw undoAll(
      undo,
      error,
      outputs.map((pending) => pending.name),
    );
  }
  // A new sheet becomes the active one as it is made; show the first output (the list), not the last.
  if (created.length > 0 && !outputs[0]!.before) {
    try {
      created[0]!.activate();
    } catch {
      // Only which tab is showing; the outputs are written.
    }
  }
}

/**
 * Runs the recorded undo steps, latest first, going on past any that fail (each step is independent), and
 * returns the error to report: the original one when everything was put back, or a `PARTLY_WRITTEN` failure
 * saying plainly which sheets may not be as they were when some step could not be undone.
 *
 * @param undo - the steps recorded so far
 * @param error - what made the run fail
 * @param sheetNames - the sheets the run was writing
 */
export function undoAll(undo: (() => void)[], error: unknown, sheetNames: string[]): unknown {
  let complete = true;
  for (const step of [...undo].reverse()) {
    try {
      step();
    } catch {
      complete = false;
    }
  }
  return complete ? error : failures.partlyWritten(error, sheetNames);
}
