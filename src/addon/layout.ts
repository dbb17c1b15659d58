/**
 * Sets an output's layout (src/sheets/sheet-layout.ts) on its sheet in a few batched calls: frozen panes, column
 * widths (one `setColumnWidths` per run of equal widths; `autoResizeColumns` once for columns that fit their
 * contents), and below the header one 2-D call per run of neighbouring columns for each of number formats,
 * dropdowns, alignment, wrap and vertical alignment, one call for cell-by-cell number formats, and one
 * `setNotes` for row 1 that also writes the mark. On a sheet RadList
 * has just made a small output takes its dropdowns, alignment and notes through the range its values were
 * written to (no lookup); on a sheet that exists, each call first reads what it changes, so a failed run
 * can put it back.
 */
import { NEW_COLUMN_WIDTH, type SheetOutput } from '../sheets/sheet-output.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
/** A Range's calls by name (`setNumberFormats`, …), for the column properties below. */
type ByName = Record<string, (value?: unknown) => unknown>;

/**
 * The most cells a grid call over a whole new output may cover (a dropdown, alignment or note a cell), and
 * the most a column property's 2-D call may: past it, calls go to the columns or row they concern, one value
 * over a range. At the cost model's 100 ms a call and 0.01 ms a cell (docs/performance.md), a call saved is
 * worth 10,000 cells, so up to 50,000 cells is a good trade, and no request gets large. A list of 2,000
 * programs stays under it.
 */
export const GRID_CELLS_MAX = 50_000;

/** Where and how a layout is set. */
export interface LayoutTarget {
  sheet: Sheet;
  output: SheetOutput;
  /** The sheet's A1 note to write (the mark with its tags); null: an input sheet, which has no mark. */
  note: string | null;
  /** The last row the column layout covers (the rows written, or more when rows are kept ready). */
  lastRow: number;
  /**
   * A sheet RadList has just made: nothing to put back, widths are set, and `written` (the range the values
   * went to, rows 1 to the output's last) carries the grid calls while it is small.
   */
  fresh: boolean;
  written?: Range;
  /** Records how to undo each change (a sheet that existed). */
  undo: (() => void)[];
}

/** The 0-based columns a record has entries for. */
const keysOf = (record: object | undefined): number[] => Object.keys(record ?? {}).map(Number);

/**
 * Whether the grid calls of a new output go through the range its values were written to (no lookup): a
 * sheet RadList has just made, whose column layout ends at the output's last row, and a small output.
 */
function carriesGrid(target: LayoutTarget): target is LayoutTarget & { written: Range } {
  const { output, written } = target;
  return target.fresh && written !== undefined && output.values.length === target.lastRow && small(output);
}

/** Whether an output's own range is small enough to carry a grid call. */
const small = (output: SheetOutput) =>
  output.values.length * (output.values[0]?.length ?? 0) <= GRID_CELLS_MAX;

/**
 * The column properties: the output's field, the Range calls' stem (`get…s`, `set…s`, `set…`), whether one
 * call spans the first to the last column that has one (a column between gets none: dropdowns and alignment
 * accept null) rather than one per run of neighbouring columns, and what a cell without one gets when a new
 * output's own range carries the property (undefined: never carried that way — a number format set on a
 * column people type in would turn a date they type into a number).
 */
const COLUMN_PROPERTIES = [
  ['columnFormats', 'NumberFormat', false, undefined],
  ['columnDropdowns', 'DataValidation', true, null],
  ['columnAlignments', 'HorizontalAlignment', true, null],
  ['columnWraps', 'Wrap', false, false],
  ['columnVerticalAlignments', 'VerticalAlignment', true, null],
] as const;

/** Runs of neighbouring columns (0-based), as [first, last] pairs. */
function runsOf(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/**
 * Sets one column property over rows `fromRow` to `target.lastRow`, one range per run: a 2-D call, or when
 * the run is taller than a grid call should carry (a cohort run's rows), one single-value call per stretch of
 * columns with the same value (a column without one is left as it is). On a sheet that existed, what the
 * range held is read first, so a failure puts it back.
 */
function setColumns(
  target: LayoutTarget,
  stem: string,
  runs: readonly [number, number][],
  valueAt: (column: number) => unknown,
  fromRow: number,
): void {
  const rows = target.lastRow - fromRow + 1;
  const set = (first: number, last: number, call: string, value: unknown) => {
    const range = target.sheet.getRange(fromRow, first + 1, rows, last - first + 1) as unknown as ByName;
    if (!target.fresh) {
      const before = range[`get${stem}s`]!();
      target.undo.push(() => range[`set${stem}s`]!(before));
    }
    range[call]!(value);
  };
  for (const [first, last] of rows < 1 ? [] : runs) {
    const row = Array.from({ length: last - first + 1 }, (_, i) => valueAt(first + i));
    if (rows * row.length <= GRID_CELLS_MAX) {
      set(first, last, `set${stem}s`, new Array(rows).fill(row));
      continue;
    }
    for (let start = 0, end = 1; start < row.length; start = end, end = start + 1) {
      while (end < row.length && row[end] === row[start]) end += 1;
      if (row[start] != null) set(first + start, first + end - 1, `set${stem}`, row[start]);
    }
  }
}

/**
 * Sets the layout of the columns below the header (number formats, dropdowns, alignment, wrap) over rows
 * `fromRow` to `target.lastRow`: the part of a layout that rows written later need too.
 *
 * @param target - the sheet and output
 * @param fromRow - the first row (2 for a whole sheet; the first new row when a sheet grew)
 */
export function setColumnLayout(target: LayoutTarget, fromRow = 2): void {
  const { output } = target;
  // Dropdown rules are built once each (builders make no call to the spreadsheet).
  const rules: Record<number, unknown> = {};
  for (const column of keysOf(output.columnDropdowns)) {
    rules[column] = SpreadsheetApp.newDataValidation()
      .requireValueInList([...output.columnDropdowns![column]!], true)
      .build();
  }
  const viaWritten = carriesGrid(target);
  for (const [field, stem, spans, none] of COLUMN_PROPERTIES) {
    const values: Record<number, unknown> = field === 'columnDropdowns' ? rules : (output[field] ?? {});
    const columns = keysOf(values);
    if (columns.length === 0) continue;
    const at = (column: number) => values[column] ?? null;
    if (none !== undefined && viaWritten) {
      // A new output's own range carries them (row 1 and the columns without one get none).
      const width = output.values[0]?.length ?? 0;
      const header = stem === 'Wrap' && output.headerWrap === true ? true : none;
      (target.written as unknown as ByName)[`set${stem}s`]!(
        output.values.map((_, r) =>
          Array.from({ length: width }, (_, c) => (r === 0 ? header : (values[c] ?? none))),
        ),
      );
    } else {
      const runs = spans
        ? [[Math.min(...columns), Math.max(...columns)] as [number, number]]
        : runsOf(columns);
      setColumns(target, stem, runs, at, fromRow);
    }
  }
}

/**
 * Sets a new sheet's column widths: one `autoResizeColumns` over the columns that fit their contents, one
 * `setColumnWidths` per run of equal widths, none for a run already at Sheets' width for a new column.
 */
export function setWidths(sheet: Sheet, widths: readonly number[], fit: readonly number[] = []): void {
  const fitted = new Set(fit);
  if (fitted.size > 0) {
    const first = Math.min(...fitted);
    sheet.autoResizeColumns(first + 1, Math.max(...fitted) - first + 1);
  }
  for (let start = 0, end = 1; start < widths.length; start = end, end = start + 1) {
    if (fitted.has(start)) continue;
    while (end < widths.length && widths[end] === widths[start] && !fitted.has(end)) end += 1;
    const width = widths[start]!;
    // Inside the autoResize span a column may have been resized, so only there is Sheets' width set again.
    const resized = fitted.size > 0 && start <= Math.max(...fitted) && end - 1 >= Math.min(...fitted);
    if (width > 0 && (width !== NEW_COLUMN_WIDTH || resized))
      sheet.setColumnWidths(start + 1, end - start, width);
  }
}

/** Freezes rows and columns, recording the old panes on a sheet that existed. */
function setFrozen(target: LayoutTarget): void {
  const { sheet, output, fresh, undo } = target;
  const panes = [
    ['Rows', output.frozenRows],
    ['Columns', output.frozenColumns],
  ] as const;
  const calls = sheet as unknown as ByName;
  for (const [what, count] of panes) {
    if (count === undefined || (fresh && count === 0)) continue;
    const old = fresh ? 0 : calls[`getFrozen${what}`]!();
    if (old === count) continue;
    calls[`setFrozen${what}`]!(count);
    if (!fresh) undo.push(() => calls[`setFrozen${what}`]!(old));
  }
}

/**
 * Writes row 1's notes: the mark in A1 and the header notes beside it, in one call. On a sheet that existed
 * the notes of row 1 are read first; a header cell without a note of RadList's keeps its own.
 */
function setHeaderNotes(target: LayoutTarget): void {
  const { output, note, written } = target;
  const notes: Record<number, string> = { ...output.headerNotes };
  if (note !== null) notes[0] = note;
  const columns = keysOf(notes);
  if (columns.length === 0) return;
  if (target.fresh && written && small(output)) {
    const width = output.values[0]?.length ?? 1;
    written.setNotes(
      output.values.map((_, r) => Array.from({ length: width }, (_, c) => (r ? '' : (notes[c] ?? '')))),
    );
    return;
  }
  const width = Math.max(...columns) + 1;
  const range = target.sheet.getRange(1, 1, 1, width);
  const old = target.fresh ? null : range.getNotes();
  range.setNotes([Array.from({ length: width }, (_, c) => notes[c] ?? old?.[0]?.[c] ?? '')]);
  if (old) target.undo.push(() => range.setNotes(old));
}

/**
 * Sets an output's cell-by-cell number formats (the plan's Value column) with one call, reading them first on
 * a sheet that existed so a failure puts them back.
 */
function setCellFormats(target: LayoutTarget): void {
  const { output, written } = target;
  const block = output.cellNumberFormats;
  const rows = block?.cells.length ?? 0;
  const columns = block?.cells[0]?.length ?? 0;
  if (!block || rows === 0 || columns === 0) return;
  const ownRange =
    target.fresh &&
    written &&
    block.row === 1 &&
    block.column === 1 &&
    rows === output.values.length &&
    columns === (output.values[0]?.length ?? 0);
  // A new output's own range carries a block that covers it exactly (no lookup).
  const range = ownRange ? written : target.sheet.getRange(block.row, block.column, rows, columns);
  if (!target.fresh) {
    const before = range.getNumberFormats();
    target.undo.push(() => range.setNumberFormats(before));
  }
  range.setNumberFormats(block.cells);
}

/**
 * Sets a whole layout: frozen panes, widths (new sheets only: people's widths are never changed), the
 * columns below the header, cell-by-cell number formats, and row 1's notes with the mark.
 *
 * @param target - the sheet, output and note
 */
export function setLayout(target: LayoutTarget): void {
  setFrozen(target);
  const { output } = target;
  if (target.fresh) setWidths(target.sheet, output.columnWidths ?? [], output.fitColumns);
  setColumnLayout(target);
  // A wrapped header goes with the widths (a new sheet); a small output's wraps call carries it.
  const width = output.values[0]?.length ?? 0;
  const wrapsCarried = carriesGrid(target) && Object.keys(output.columnWraps ?? {}).length > 0;
  if (target.fresh && output.headerWrap === true && width > 0 && !wrapsCarried)
    target.sheet.getRange(1, 1, 1, width).setWrap(true);
  setCellFormats(target);
  setHeaderNotes(target);
}
