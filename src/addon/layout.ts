/**
 * Sets an output's layout (src/sheets/sheet-layout.ts) on its sheet in a few batched calls: frozen panes, column
 * widths (one `setColumnWidths` per run of equal widths; `autoResizeColumns` once for columns that fit their
 * contents), and below the header one 2-D call per run of neighbouring columns for each of number formats,
 * dropdowns, wrap and alignment, and one `setNotes` for row 1 that also writes the mark. On a sheet RadList
 * has just made a small output takes its dropdowns, alignment and notes through the range its values were
 * written to (no lookup); on a sheet that exists, each call first reads what it changes, so a failed run
 * can put it back.
 */
import type { SheetOutput } from '../sheets/sheet-output.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * The most cells a grid call over a whole new output may cover (a dropdown, alignment or note a cell). Past
 * it, those calls go to the columns or row they concern instead: at the cost model's 100 ms a call and
 * 0.01 ms a cell (docs/performance.md), a call saved is worth 10,000 cells, so up to 50,000 cells is a
 * good trade, and no single request gets large. A list of 2,000 programs stays under it.
 */
export const GRID_CELLS_MAX = 50_000;

/** Whether an output's own range is small enough to carry a grid call (see GRID_CELLS_MAX). */
function smallGrid(output: SheetOutput): boolean {
  return output.values.length * (output.values[0]?.length ?? 0) <= GRID_CELLS_MAX;
}

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

/** Runs of neighbouring columns (0-based) that have an entry, as [first, last] pairs. */
function runsOf(columns: readonly number[]): [number, number][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && column === last[1] + 1) last[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

/** The 0-based columns a record has entries for. */
const keysOf = (record: Record<number, unknown> | undefined): number[] =>
  Object.keys(record ?? {}).map(Number);

/**
 * Sets a column property below the header over one range per run, reading it first when it can be put back.
 *
 * @returns the calls made (for tests of the cost)
 */
function setColumns<T>(
  target: LayoutTarget,
  runs: readonly [number, number][],
  valueAt: (column: number) => T,
  calls: { read: (range: Range) => unknown[][]; write: (range: Range, grid: T[][]) => void },
  fromRow: number,
): void {
  const rows = target.lastRow - fromRow + 1;
  if (rows < 1) return;
  for (const [first, last] of runs) {
    const range = target.sheet.getRange(fromRow, first + 1, rows, last - first + 1);
    if (!target.fresh) {
      const before = calls.read(range);
      target.undo.push(() => calls.write(range, before as T[][]));
    }
    const row = Array.from({ length: last - first + 1 }, (_, i) => valueAt(first + i));
    calls.write(
      range,
      Array.from({ length: rows }, () => row),
    );
  }
}

/** The dropdown rules of an output, built once each (builders make no call to the spreadsheet). */
function rulesOf(output: SheetOutput): Map<number, Rule> {
  const rules = new Map<number, Rule>();
  for (const column of keysOf(output.columnDropdowns)) {
    rules.set(
      column,
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...output.columnDropdowns![column]!], true)
        .build(),
    );
  }
  return rules;
}

/**
 * Sets the layout of the columns below the header (number formats, dropdowns, wrap, alignment) over rows
 * `fromRow` to `target.lastRow`: the part of a layout that rows written later need too.
 *
 * @param target - the sheet and output
 * @param fromRow - the first row (2 for a whole sheet; the first new row when a sheet grew)
 */
export function setColumnLayout(target: LayoutTarget, fromRow = 2): void {
  const { output } = target;
  const formats = output.columnFormats ?? {};
  setColumns(
    target,
    runsOf(keysOf(formats)),
    (column) => formats[column]!,
    { read: (r) => r.getNumberFormats(), write: (r, grid) => r.setNumberFormats(grid) },
    fromRow,
  );
  const rules = rulesOf(output);
  const alignments = output.columnAlignments ?? {};
  // Dropdowns and alignment span their first to last column (a column between gets none): one call.
  const span = (columns: number[]): [number, number][] =>
    columns.length === 0 ? [] : [[Math.min(...columns), Math.max(...columns)]];
  if (target.fresh && target.written && output.values.length === target.lastRow && smallGrid(output)) {
    // A new output's own range carries them (row 1 and the columns without one get none).
    const width = output.values[0]?.length ?? 0;
    const grid = <T>(at: (column: number) => T | null) =>
      Array.from({ length: target.lastRow }, (_, r) =>
        Array.from({ length: width }, (_, c) => (r === 0 ? null : at(c))),
      );
    if (rules.size > 0) target.written.setDataValidations(grid((c) => rules.get(c) ?? null));
    if (keysOf(alignments).length > 0)
      target.written.setHorizontalAlignments(grid((c) => alignments[c] ?? null));
  } else {
    setColumns(
      target,
      span([...rules.keys()]),
      (column) => rules.get(column) ?? null,
      { read: (r) => r.getDataValidations(), write: (r, grid) => r.setDataValidations(grid) },
      fromRow,
    );
    setColumns(
      target,
      span(keysOf(alignments)),
      (column) => alignments[column] ?? null,
      {
        read: (r) => r.getHorizontalAlignments(),
        write: (r, grid) => r.setHorizontalAlignments(grid),
      },
      fromRow,
    );
  }
  const wraps = output.columnWraps ?? {};
  setColumns(
    target,
    runsOf(keysOf(wraps)),
    (column) => wraps[column]!,
    { read: (r) => r.getWraps(), write: (r, grid) => r.setWraps(grid) },
    fromRow,
  );
}

/** Sets column widths: one `autoResizeColumns` over the columns that fit their contents, one call per run. */
export function setWidths(sheet: Sheet, widths: readonly number[], fit: readonly number[] = []): void {
  const fitted = new Set(fit);
  if (fitted.size > 0) {
    const first = Math.min(...fitted);
    sheet.autoResizeColumns(first + 1, Math.max(...fitted) - first + 1);
  }
  let start = 0;
  while (start < widths.length) {
    const width = widths[start]!;
    let end = start + 1;
    if (!fitted.has(start)) {
      while (end < widths.length && widths[end] === width && !fitted.has(end)) end += 1;
      if (width > 0) sheet.setColumnWidths(start + 1, end - start, width);
    }
    start = end;
  }
}

/** Freezes rows and columns, recording the old panes on a sheet that existed. */
function setFrozen(target: LayoutTarget): void {
  const { sheet, output, fresh, undo } = target;
  const rows = output.frozenRows;
  const columns = output.frozenColumns ?? 0;
  if (fresh) {
    if (rows > 0) sheet.setFrozenRows(rows);
    if (columns > 0) sheet.setFrozenColumns(columns);
    return;
  }
  const oldRows = sheet.getFrozenRows();
  if (oldRows !== rows) {
    sheet.setFrozenRows(rows);
    undo.push(() => sheet.setFrozenRows(oldRows));
  }
  if (output.frozenColumns === undefined) return;
  const oldColumns = sheet.getFrozenColumns();
  if (oldColumns !== columns) {
    sheet.setFrozenColumns(columns);
    undo.push(() => sheet.setFrozenColumns(oldColumns));
  }
}

/**
 * Writes row 1's notes: the mark in A1 and the header notes beside it, in one call. On a sheet that existed
 * the notes of row 1 are read first; a header cell without a note of RadList's keeps its own.
 */
function setHeaderNotes(target: LayoutTarget): void {
  const { output, note } = target;
  const headerNotes = output.headerNotes ?? {};
  if (note === null && keysOf(headerNotes).length === 0) return;
  const width = Math.max(1, ...keysOf(headerNotes).map((c) => c + 1));
  if (target.fresh && target.written && smallGrid(output)) {
    const columns = output.values[0]?.length ?? 1;
    const rows = output.values.length;
    target.written.setNotes(
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) =>
          r > 0 ? '' : c === 0 ? (note ?? '') : (headerNotes[c] ?? ''),
        ),
      ),
    );
    return;
  }
  const range = target.sheet.getRange(1, 1, 1, width);
  const old = target.fresh ? null : range.getNotes();
  const row = Array.from({ length: width }, (_, c) =>
    c === 0 && note !== null ? note : (headerNotes[c] ?? old?.[0]?.[c] ?? ''),
  );
  range.setNotes([row]);
  if (old) target.undo.push(() => range.setNotes(old));
}

/**
 * Sets a whole layout: frozen panes, widths (new sheets only: people's widths are never changed), the
 * columns below the header, and row 1's notes with the mark.
 *
 * @param target - the sheet, output and note
 */
export function setLayout(target: LayoutTarget): void {
  setFrozen(target);
  const { output } = target;
  if (target.fresh && (output.columnWidths || output.fitColumns)) {
    setWidths(target.sheet, output.columnWidths ?? [], output.fitColumns);
  }
  setColumnLayout(target);
  setHeaderNotes(target);
}
