/**
 * Writing finished outputs with undo. Each output is written in place over the sheet it replaces (the sheet
 * itself is kept, so formulas elsewhere that refer to it, charts, filters, protections and the column widths
 * people chose all survive), or into a new sheet, sized to what it holds, when there is none. Before writing,
 * the old sheet is read (values, formulas, colours: what the write changes); each write records how to put
 * back what was there, and any failure puts everything back — formulas as formulas — before the error is
 * reported. A sheet's layout (widths, frozen panes, formats, dropdowns, wrap, alignment, header notes; see
 * src/sheets/sheet-layout.ts and layout.ts) is set when RadList makes the sheet and again only when its
 * mark records another layout version, so a regeneration pays nothing for it. Inputs are read in
 * read-workbook.ts.
 */

import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { layoutVersion, readMark, tagMark } from '../sheets/sheet-layout.ts';
import { type Grid, overflowOf } from '../sheets/sheet-limits.ts';
import type { SheetOutput } from '../sheets/sheet-output.ts';
import { failures } from './errors.ts';
import { type LayoutTarget, setColumnLayout, setLayout } from './layout.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** New sheets in Google Sheets have this many rows and columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

const WHITE = '#ffffff';

/** What an output sheet held before a run: enough to write it back exactly if the run fails. */
export interface SheetSnapshot {
  sheet: Sheet;
  /** The data range the rest was read from; an output that fits it is written through it. */
  range: Range;
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  /** The A1 note (the mark with its tags, or a person's note on a sheet being adopted). */
  note: string;
}

/**
 * Reads an output sheet's data range (values, formulas and colours): the values feed the notes carried over,
 * the rest lets a failed run put the sheet back. Three calls, and one for the range unless given.
 *
 * @param sheet - the sheet
 * @param note - its A1 note, already read when the sheet was found
 * @param range - its data range, when already looked up
 */
export function snapshotOf(sheet: Sheet, note: string, range: Range = sheet.getDataRange()): SheetSnapshot {
  return {
    sheet,
    range,
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
  /**
   * The A1 note that marks the sheet as RadList's output (src/sheets/output-marks.ts), with any tags of its
   * own (a cohort run's progress); the writer adds the layout tag.
   */
  mark: string;
  /**
   * Rows to make ready beyond the output (its layout covering them), so that later writes need not grow the
   * sheet: a cohort run's first batch makes room for the whole run. A new sheet is sized to them.
   */
  reserveRows?: number;
  /**
   * Size a new sheet's rows to the output (a list, whose length follows the programs): one call at any
   * length, where Sheets' 1,000 rows would need one only past them, and room left under the cell limit.
   * Other new sheets keep Sheets' 1,000 rows.
   */
  fitRows?: boolean;
}

/** What to do when a list or plan would not fit. */
const LIST_ADVICE =
  'Delete sheets you no longer need (old List – NAME sheets, say, or the cohort sheets), then try again.';

/** Every sheet's whole grid, in cells (one call, and two a sheet: paid only to explain a refusal). */
function spreadsheetCells(spreadsheet: Spreadsheet): number {
  return spreadsheet.getSheets().reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/** Whether a call that adds cells (a new sheet, rows, columns) was under way when a write failed. */
export interface Growth {
  pending: boolean;
}

/** Runs a call that adds cells to the spreadsheet, noting it so a failure there is checked against the limit. */
function growing<T>(growth: Growth, work: () => T): T {
  growth.pending = true;
  const result = work();
  growth.pending = false;
  return result;
}

/**
 * Adds rows and columns so `sheet` holds `rows` × `columns`, recording how to remove them again. Reads the
 * sheet's size only in a direction that may grow past what it is known to hold.
 */
export function growSheet(
  sheet: Sheet,
  rows: number,
  columns: number,
  undo: (() => void)[],
  growth: Growth = { pending: false },
  known: { rows?: number; columns?: number } = {},
): void {
  if (rows > (known.rows ?? 0)) {
    const maxRows = sheet.getMaxRows();
    if (rows > maxRows) {
      growing(growth, () => sheet.insertRowsAfter(maxRows, rows - maxRows));
      undo.push(() => sheet.deleteRows(maxRows + 1, rows - maxRows));
    }
  }
  if (columns > (known.columns ?? 0)) {
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) {
      growing(growth, () => sheet.insertColumnsAfter(maxColumns, columns - maxColumns));
      undo.push(() => sheet.deleteColumns(maxColumns + 1, columns - maxColumns));
    }
  }
}

/** Rows × columns an output writes from A1 (at least one cell). */
function extentOf(output: SheetOutput): Grid {
  return { rows: Math.max(output.values.length, 1), columns: Math.max(output.values[0]?.length ?? 0, 1) };
}

/**
 * Writes one finished output into a brand-new sheet (1000 × 26) as it comes: values and colours in one call
 * each, then its layout. Used for the input sheets `setupSheets` makes (kept at Sheets' size for typing).
 *
 * @param sheet - the new, empty sheet
 * @param output - the finished output
 */
export function fillSheet(sheet: Sheet, output: SheetOutput): void {
  const { rows, columns } = extentOf(output);
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
  if (columns > NEW_SHEET_COLUMNS) sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS);
  if (output.values.length === 0) return;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(output.values);
  range.setBackgrounds(output.backgrounds);
  setLayout({ sheet, output, note: null, lastRow: rows, fresh: true, written: range, undo: [] });
}

/** Writes an output into a sheet just made for it: its rows, values, colours, layout and mark. */
function writeNew(sheet: Sheet, pending: PendingOutput, note: string, growth: Growth): void {
  const { output } = pending;
  const { rows, columns } = extentOf(output);
  // Sized to what it holds when asked (2 rows at least, so a frozen header leaves one), grown otherwise.
  const fit = pending.fitRows === true || pending.reserveRows !== undefined;
  const height = Math.max(rows, pending.reserveRows ?? 0, 2);
  if (height > NEW_SHEET_ROWS) {
    growing(growth, () => sheet.insertRowsAfter(NEW_SHEET_ROWS, height - NEW_SHEET_ROWS));
  } else if (fit && height < NEW_SHEET_ROWS) sheet.deleteRows(height + 1, NEW_SHEET_ROWS - height);
  if (columns > NEW_SHEET_COLUMNS) {
    growing(growth, () => sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, columns - NEW_SHEET_COLUMNS));
  }
  if (output.values.length === 0) {
    sheet.getRange(1, 1).setNote(note);
    return;
  }
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(output.values);
  range.setBackgrounds(output.backgrounds);
  setLayout({
    sheet,
    output,
    note,
    lastRow: Math.max(rows, pending.reserveRows ?? 0),
    fresh: true,
    written: range,
    undo: [],
  });
}

/**
 * Writes an output over the sheet it replaces, blanking what the old output had beyond the new one. The
 * layout is set again only when the mark records another version; rows written past the old data get the
 * column layout either way.
 */
function overwriteSheet(
  before: SheetSnapshot,
  pending: PendingOutput,
  note: string,
  undo: (() => void)[],
  growth: Growth,
): void {
  const { sheet } = before;
  const { output } = pending;
  const oldRows = before.values.length;
  const oldColumns = before.values[0]?.length ?? 0;
  const written = extentOf(output);
  const rows = Math.max(written.rows, oldRows, 1);
  const columns = Math.max(written.columns, oldColumns, 1);
  const lastRow = Math.max(written.rows, pending.reserveRows ?? 0);
  growSheet(sheet, Math.max(rows, lastRow), columns, undo, growth, { rows: oldRows, columns: oldColumns });
  const range =
    rows === oldRows && columns === oldColumns ? before.range : sheet.getRange(1, 1, rows, columns);
  const previousValues = restoreGrid(before.values, before.formulas, rows, columns);
  const previousBackgrounds = padGrid(before.backgrounds, rows, columns, WHITE);
  range.setValues(padGrid(output.values, rows, columns, '' as unknown));
  undo.push(() => {
    range.setValues(previousValues);
    range.setBackgrounds(previousBackgrounds);
  });
  range.setBackgrounds(padGrid(output.backgrounds, rows, columns, WHITE));
  const target: LayoutTarget = { sheet, output, note, lastRow, fresh: false, undo };
  const current = readMark(before.note).tags.layout === readMark(note).tags.layout;
  if (!current) {
    setLayout(target);
    return;
  }
  // The layout is in place: rows past the old data still need the columns' formats and dropdowns.
  if (lastRow > oldRows) setColumnLayout(target, Math.max(oldRows + 1, 2));
  if (before.note !== note) {
    const corner = sheet.getRange(1, 1);
    corner.setNote(note);
    undo.push(() => corner.setNote(before.note));
  }
}

/**
 * Makes the sheets of the outputs that have none, just after the sheet showing (where Sheets puts a new sheet
 * made without an index; Sheets makes each new sheet the one showing). They are made last to first, so the
 * first output (a list) is made last and is the sheet showing, after the others: no `getNumSheets` to find the
 * end of the tabs, no `activate`.
 */
function makeSheets(
  spreadsheet: Spreadsheet,
  outputs: readonly PendingOutput[],
  undo: (() => void)[],
  growth: Growth,
): Map<PendingOutput, Sheet> {
  const made = new Map<PendingOutput, Sheet>();
  const fresh = outputs.filter((pending) => !pending.before);
  for (const pending of [...fresh].reverse()) {
    const sheet = growing(growth, () => spreadsheet.insertSheet(pending.name));
    undo.push(() => spreadsheet.deleteSheet(sheet));
    made.set(pending, sheet);
  }
  return made;
}

/**
 * The error to report after a failed write was undone: when a call that adds cells failed and the outputs
 * do not fit Sheets' 10-million-cell limit, a `TOO_LARGE` refusal saying what to do (everything is back as it
 * was); otherwise the error as `undoAll` gives it.
 */
function explain(
  spreadsheet: Spreadsheet,
  outputs: readonly PendingOutput[],
  undone: unknown,
  error: unknown,
  growth: Growth,
  advice: string,
): unknown {
  if (undone !== error || !growth.pending) return undone;
  try {
    const changes = outputs.map(({ before, output, reserveRows }) => {
      const written = extentOf(output);
      return {
        before: before ? { rows: before.sheet.getMaxRows(), columns: before.sheet.getMaxColumns() } : null,
        written: { rows: Math.max(written.rows, reserveRows ?? 0), columns: written.columns },
      };
    });
    const overflow = overflowOf(spreadsheetCells(spreadsheet), changes);
    return overflow ? failures.tooLarge(overflow, advice) : error;
  } catch {
    return error;
  }
}

/**
 * Where one output was written: its sheet (so nothing looks it up again), the A1 note it was given (the mark
 * with its tags), and whether RadList made the sheet in this run.
 */
export interface WrittenSheet {
  sheet: Sheet;
  note: string;
  made: boolean;
}

/**
 * Writes every output: over the sheet it replaces when there is one, into a new sheet at the end otherwise,
 * and marks each sheet as RadList's (the A1 note, with the layout's version). Either all outputs land or, on
 * any failure, every write is undone (new sheets removed, old contents, colours, formats and notes put back)
 * and the error is thrown again, so the previous outputs stay exactly as they were.
 *
 * Sheets' limits: an output wider than a sheet may be is refused before anything is written; the 10-million
 * cell limit is left to Sheets, which refuses the call that would pass it (a new sheet, or rows added) —
 * RadList then puts everything back and, finding the spreadsheet full, refuses with `TOO_LARGE` and what to
 * do. Counting every sheet's grid before each run would cost one call and two a sheet.
 *
 * @param spreadsheet - the active spreadsheet
 * @param outputs - finished outputs (everything computed before this is called)
 * @param options - `advice`: what to do when the outputs do not fit Sheets' limits
 * @returns where each output went, in the order given
 */
export function writeOutputs(
  spreadsheet: Spreadsheet,
  outputs: PendingOutput[],
  options: { advice?: string } = {},
): WrittenSheet[] {
  const advice = options.advice ?? LIST_ADVICE;
  const wide = overflowOf(
    0,
    outputs.map((pending) => ({ before: null, written: extentOf(pending.output) })),
  );
  if (wide?.kind === 'columns') throw failures.tooLarge(wide, advice);
  const undo: (() => void)[] = [];
  const growth: Growth = { pending: false };
  try {
    const made = makeSheets(spreadsheet, outputs, undo, growth);
    return outputs.map((pending) => {
      const note = tagMark(pending.mark, { layout: layoutVersion(pending.output) });
      const sheet = made.get(pending);
      if (sheet) writeNew(sheet, pending, note, growth);
      else overwriteSheet(pending.before!, pending, note, undo, growth);
      return { sheet: sheet ?? pending.before!.sheet, note, made: sheet !== undefined };
    });
  } catch (error) {
    const undone = undoAll(
      undo,
      error,
      outputs.map((pending) => pending.name),
    );
    throw explain(spreadsheet, outputs, undone, error, growth, advice);
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
