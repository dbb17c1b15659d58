/**
 * The emulated Apps Script `Sheet`: ranges by numbers or A1 notation (out-of-bounds throws, as Sheets
 * does: writers must grow the sheet first), size and content extent, inserting/deleting rows and columns
 * (contents and formats shift; new rows and columns are blank), clearing, frozen rows/columns, column
 * widths, visibility, tab colour, conditional-format rules, embedded charts (charts.ts) and appendRow
 * (which grows the sheet). Inserting or deleting rows and columns moves every chart's ranges and anchor.
 * `clear()` clears contents, formats and data validation; notes and charts stay. Every call is counted
 * first (access.ts).
 */

import { parseA1 } from './a1-notation.ts';
import { type Access, enterCall, OUT_OF_BOUNDS, sheetsException } from './access.ts';
import { displayText } from './cell-values.ts';
import { checkWritable, writeCell } from './cell-writes.ts';
import {
  applyGridChange,
  type ChartHost,
  cloneChart,
  EmbeddedChart,
  EmbeddedChartBuilder,
  type GridChange,
} from './charts.ts';
import { normalizeColor } from './colors.ts';
import type { ConditionalFormatRule } from './conditional-format.ts';
import { FakeRange } from './fake-range.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import {
  clearCellContent,
  DEFAULT_COLUMN_WIDTH,
  defaultFormats,
  hasContent,
  type SheetModel,
  shownValue,
} from './sheet-model.ts';
import { checkSizeLimits } from './workbook-state.ts';

export class FakeSheet {
  constructor(
    private readonly access: Access,
    private readonly spreadsheet: FakeSpreadsheet,
    /** The sheet's data (test code may read it; add-on code never sees it). */
    readonly model: SheetModel,
  ) {}

  private enter(method: string): SheetModel {
    enterCall(this.access, `Sheet.${method}`, { sheet: this.model.name });
    return this.model;
  }

  /** A range on this sheet, bounds-checked; not counted (internal and test use). */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (numRows < 1) throw sheetsException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw sheetsException('The number of columns in the range must be at least 1.');
    const model = this.model;
    const outside =
      row < 1 ||
      column < 1 ||
      row + numRows - 1 > model.maxRows ||
      column + numColumns - 1 > model.maxColumns;
    if (outside) throw sheetsException(OUT_OF_BOUNDS);
    return new FakeRange(this.access, this, row, column, numRows, numColumns);
  }

  /** A range from A1 notation on this sheet (open ends reach the sheet's edge); not counted. */
  rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref || (ref.sheetName !== null && ref.sheetName.toLowerCase() !== this.model.name.toLowerCase())) {
      throw sheetsException('Range not found');
    }
    const endRow = ref.endRow ?? this.model.maxRows;
    const endColumn = ref.endColumn ?? this.model.maxColumns;
    return this.rangeAt(ref.row, ref.column, endRow - ref.row + 1, endColumn - ref.column + 1);
  }

  /** Counting, and turning ranges into references and back, for this sheet's charts. */
  private chartHost(): ChartHost {
    const spreadsheet = this.spreadsheet;
    const model = this.model;
    return {
      access: { ...this.access, sheetName: () => model.name },
      rangeOf: (ref) => {
        const model = spreadsheet.state.sheets.find((sheet) => sheet.id === ref.sheetId);
        if (!model) return null;
        try {
          return spreadsheet.view(model).rangeAt(ref.row, ref.column, ref.numRows, ref.numColumns);
        } catch {
          return null;
        }
      },
      refOf: (range) => (range instanceof FakeRange ? range.ref() : null),
    };
  }

  /** Moves every chart's ranges (and this sheet's anchors) after rows or columns were inserted or deleted. */
  private moveCharts(change: Omit<GridChange, 'sheetId'>): void {
    applyGridChange(this.spreadsheet.state.sheets, { ...change, sheetId: this.model.id });
  }

  /** Test-only (not counted): stores a formula cell's computed value; a 2-D array spills right and down. */
  setComputedValue(row: number, column: number, value: unknown): void {
    this.spreadsheet.setComputedValue(this.model.name, row, column, value);
  }

  /** Makes this sheet active with this block selected; not counted. */
  selectRange(row: number, column: number, numRows: number, numColumns: number): void {
    const state = this.spreadsheet.state;
    state.activeSheetId = this.model.id;
    state.selection = { sheetId: this.model.id, row, column, numRows, numColumns };
  }

  getName(): string {
    return this.enter('getName').name;
  }
  setName(name: string): this {
    this.enter('setName');
    this.spreadsheet.checkName(name, this.model);
    this.model.name = name;
    return this;
  }
  getIndex(): number {
    this.enter('getIndex');
    return this.spreadsheet.state.sheets.indexOf(this.model) + 1;
  }
  getSheetId(): number {
    return this.enter('getSheetId').id;
  }
  getParent(): FakeSpreadsheet {
    this.enter('getParent');
    return this.spreadsheet;
  }
  activate(): this {
    this.enter('activate');
    this.spreadsheet.state.activeSheetId = this.model.id;
    this.spreadsheet.state.selection = null;
    return this;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.enter('getRange');
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    if (column === undefined) throw sheetsException('Range not found');
    return this.rangeAt(rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    const { lastRow, lastColumn } = this.enter('getDataRange').extent(hasContent);
    return this.rangeAt(1, 1, Math.max(1, lastRow), Math.max(1, lastColumn));
  }
  getLastRow(): number {
    return this.enter('getLastRow').lastRowOf(hasContent);
  }
  getLastColumn(): number {
    return this.enter('getLastColumn').extent(hasContent).lastColumn;
  }
  getMaxRows(): number {
    return this.enter('getMaxRows').maxRows;
  }
  getMaxColumns(): number {
    return this.enter('getMaxColumns').maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const model = this.enter('insertRowsAfter');
    checkSizeLimits(this.spreadsheet.state, howMany * model.maxColumns);
    checkSpan(afterPosition, howMany, model.maxRows, 'rows');
    model.insertRows(afterPosition, howMany);
    this.moveCharts({ axis: 'row', kind: 'insert', at: afterPosition + 1, count: howMany });
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    const model = this.enter('insertRowsBefore');
    checkSizeLimits(this.spreadsheet.state, howMany * model.maxColumns);
    checkSpan(beforePosition, howMany, model.maxRows, 'rows');
    model.insertRows(beforePosition - 1, howMany);
    this.moveCharts({ axis: 'row', kind: 'insert', at: beforePosition, count: howMany });
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const model = this.enter('insertColumnsAfter');
    checkSizeLimits(this.spreadsheet.state, howMany * model.maxRows, model.maxColumns + howMany);
    checkSpan(afterPosition, howMany, model.maxColumns, 'columns');
    model.insertColumns(afterPosition, howMany);
    this.moveCharts({ axis: 'column', kind: 'insert', at: afterPosition + 1, count: howMany });
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    const model = this.enter('insertColumnsBefore');
    checkSizeLimits(this.spreadsheet.state, howMany * model.maxRows, model.maxColumns + howMany);
    checkSpan(beforePosition, howMany, model.maxColumns, 'columns');
    model.insertColumns(beforePosition - 1, howMany);
    this.moveCharts({ axis: 'column', kind: 'insert', at: beforePosition, count: howMany });
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const model = this.enter('deleteRows');
    checkSpan(rowPosition, howMany, model.maxRows - howMany + 1, 'rows');
    if (
      model.maxRows - howMany < 1 ||
      model.maxRows - howMany <= model.frozenRows - overlap(rowPosition, howMany, model.frozenRows)
    ) {
      throw sheetsException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    model.frozenRows -= overlap(rowPosition, howMany, model.frozenRows);
    model.deleteRows(rowPosition, howMany);
    this.moveCharts({ axis: 'row', kind: 'delete', at: rowPosition, count: howMany });
  }
  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const model = this.enter('deleteColumns');
    checkSpan(columnPosition, howMany, model.maxColumns - howMany + 1, 'columns');
    const frozenLost = overlap(columnPosition, howMany, model.frozenColumns);
    if (model.maxColumns - howMany < 1 || model.maxColumns - howMany <= model.frozenColumns - frozenLost) {
      throw sheetsException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    model.frozenColumns -= frozenLost;
    model.deleteColumns(columnPosition, howMany);
    this.moveCharts({ axis: 'column', kind: 'delete', at: columnPosition, count: howMany });
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contents = !options?.formatOnly || !!options.contentsOnly;
    const formats = !options?.contentsOnly || !!options.formatOnly;
    this.enter('clear').forEachCell((cell) => {
      if (contents) clearCellContent(cell);
      if (formats) Object.assign(cell, defaultFormats());
      if (contents && formats) cell.validation = null;
    });
    return this;
  }
  clearContents(): this {
    this.enter('clearContents').forEachCell(clearCellContent);
    return this;
  }
  clearFormats(): this {
    this.enter('clearFormats').forEachCell((cell) => Object.assign(cell, defaultFormats()));
    return this;
  }
  clearNotes(): this {
    this.enter('clearNotes').forEachCell((cell) => {
      cell.note = '';
    });
    return this;
  }

  setFrozenRows(rows: number): void {
    const model = this.enter('setFrozenRows');
    if (rows < 0 || rows >= model.maxRows)
      throw sheetsException("You can't freeze all visible rows on the sheet.");
    model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.enter('getFrozenRows').frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const model = this.enter('setFrozenColumns');
    if (columns < 0 || columns >= model.maxColumns) {
      throw sheetsException("You can't freeze all visible columns on the sheet.");
    }
    model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.enter('getFrozenColumns').frozenColumns;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...(this.enter('getConditionalFormatRules').rules as ConditionalFormatRule[])];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    const model = this.enter('setConditionalFormatRules');
    if (!Array.isArray(rules))
      throw sheetsException(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    model.rules = [...rules];
  }

  newChart(): EmbeddedChartBuilder {
    this.enter('newChart');
    return new EmbeddedChartBuilder(this.chartHost());
  }
  /** Adds a chart built with newChart() (a chart read back with getCharts() is added as a new chart). */
  insertChart(chart: unknown): void {
    const model = this.enter('insertChart');
    const data = chartDataOf(chart, 'Sheet.insertChart');
    if (data.ranges.length === 0)
      throw sheetsException('The chart has no data: add a range before inserting it.');
    model.charts.push({ ...cloneChart(data), id: this.spreadsheet.state.nextChartId++ });
  }
  /** Replaces the chart with the same id (read with getCharts(), changed with modify()…build()). */
  updateChart(chart: unknown): void {
    const model = this.enter('updateChart');
    const data = chartDataOf(chart, 'Sheet.updateChart');
    model.charts[this.chartIndex(data.id)] = cloneChart(data);
  }
  removeChart(chart: unknown): void {
    const model = this.enter('removeChart');
    model.charts.splice(this.chartIndex(chartDataOf(chart, 'Sheet.removeChart').id), 1);
  }
  getCharts(): EmbeddedChart[] {
    const host = this.chartHost();
    return this.enter('getCharts').charts.map((data) => new EmbeddedChart(host, cloneChart(data)));
  }
  private chartIndex(id: number | null): number {
    const index = id === null ? -1 : this.model.charts.findIndex((chart) => chart.id === id);
    if (index < 0) {
      throw sheetsException(
        'The chart is not on this sheet. Read it with getCharts() and change it with modify()…build().',
      );
    }
    return index;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    const model = this.enter('setColumnWidth');
    checkSpan(columnPosition, 1, model.maxColumns, 'columns');
    model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const model = this.enter('setColumnWidths');
    checkSpan(startColumn, numColumns, model.maxColumns - numColumns + 1, 'columns');
    for (let c = startColumn; c < startColumn + numColumns; c++) model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.enter('getColumnWidth').columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Sets each column's width from its longest shown text (7 px a character plus padding, 21–500 px). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const model = this.enter('autoResizeColumns');
    checkSpan(startColumn, numColumns, model.maxColumns - numColumns + 1, 'columns');
    const longest = new Map<number, number>();
    model.forEachCell((cell, _row, column) => {
      const text = displayText(shownValue(cell), cell.numberFormat);
      longest.set(column, Math.max(longest.get(column) ?? 0, text.length));
    });
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      model.columnWidths.set(c, Math.min(500, Math.max(21, (longest.get(c) ?? 0) * 7 + 14)));
    }
    return this;
  }

  hideSheet(): this {
    const model = this.enter('hideSheet');
    const visible = this.spreadsheet.state.sheets.filter((sheet) => !sheet.hidden && sheet !== model);
    if (visible.length === 0) throw sheetsException("You can't hide all the sheets in a document.");
    model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.enter('showSheet').hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.enter('isSheetHidden').hidden;
  }
  setTabColor(color: string | null): this {
    this.enter('setTabColor').tabColor = color === null || color === '' ? null : normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this.enter('getTabColor').tabColor;
  }

  /** Writes one row below the last row with content, adding rows/columns when the sheet is full. */
  appendRow(rowContents: unknown[]): this {
    const model = this.enter('appendRow');
    if (!Array.isArray(rowContents))
      throw sheetsException(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    rowContents.forEach(checkWritable);
    const row = model.extent(hasContent).lastRow + 1;
    if (row > model.maxRows) model.insertRows(model.maxRows, row - model.maxRows);
    if (rowContents.length > model.maxColumns)
      model.insertColumns(model.maxColumns, rowContents.length - model.maxColumns);
    rowContents.forEach((value, j) => {
      writeCell(model.cell(row, j + 1), value);
    });
    return this;
  }
}

function chartDataOf(chart: unknown, method: string) {
  if (chart instanceof EmbeddedChart) return chart.data;
  throw sheetsException(
    `The parameters (${typeof chart}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

function checkSpan(position: number, count: number, maxPosition: number, what: 'rows' | 'columns'): void {
  if (
    !Number.isInteger(position) ||
    !Number.isInteger(count) ||
    position < 1 ||
    count < 1 ||
    position > maxPosition
  ) {
    throw sheetsException(`Those ${what} are out of bounds.`);
  }
}

function overlap(start: number, count: number, frozen: number): number {
  return Math.max(0, Math.min(start + count - 1, frozen) - start + 1);
}
