/**
 * The emulated Apps Script `Range`: a fixed block of cells on a FakeSheet. Reads return fresh arrays
 * (`''` for empty cells, Dates copied, a formula cell's computed value); writes follow Sheets' typing rules
 * (cell-values.ts) and size errors (cell-writes.ts). Every call is counted first (access.ts).
 * `clear()` clears contents, formats and data validation but keeps notes; `clear({ contentsOnly,
 * formatOnly, validationsOnly })` clears only what is named. Data validation: set, read and clear list
 * rules (data-validation.ts); a script's `setValue` stores a value even when the cell's rule rejects it.
 */

import { formatA1 } from './a1-notation.ts';
import { type Access, enterCall, sheetsException } from './access.ts';
import { type CellValue, copyCellValue, displayText } from './cell-values.ts';
import { checkShape, checkWritable, writeCell, writeFormula } from './cell-writes.ts';
import type { RangeRef } from './charts.ts';
import { normalizeColor } from './colors.ts';
import { DataValidation, ruleOf } from './data-validation.ts';
import type { FakeSheet } from './fake-sheet.ts';
import {
  type Cell,
  clearCellContent,
  DEFAULT_BACKGROUND,
  defaultFormats,
  type SheetModel,
  shownValue,
} from './sheet-model.ts';

export class FakeRange {
  constructor(
    private readonly access: Access,
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private enter(method: string): SheetModel {
    enterCall(this.access, `Range.${method}`, {
      sheet: this.sheet.model.name,
      row: this.row,
      column: this.column,
      rows: this.numRows,
      columns: this.numColumns,
    });
    return this.sheet.model;
  }

  private read<T>(method: string, pick: (cell: Cell | undefined) => T): T[][] {
    const model = this.enter(method);
    return this.grid((r, c) => pick(model.peek(r, c)));
  }

  private grid<T>(make: (row: number, column: number, i: number, j: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numColumns }, (_, j) => make(this.row + i, this.column + j, i, j)),
    );
  }

  private writeEach(method: string, change: (cell: Cell, i: number, j: number) => void): this {
    const model = this.enter(method);
    this.grid((r, c, i, j) => change(model.cell(r, c), i, j));
    return this;
  }

  private writeGrid<T>(method: string, data: unknown, change: (cell: Cell, value: T) => void): this {
    const model = this.enter(method);
    const rows = checkShape(data, this.numRows, this.numColumns, `Range.${method}`) as T[][];
    for (const values of rows) values.forEach(checkWritable);
    this.grid((r, c, i, j) => change(model.cell(r, c), rows[i]?.[j] as T));
    return this;
  }

  getValues(): CellValue[][] {
    return this.read('getValues', (cell) => copyCellValue(shownValue(cell)));
  }
  getValue(): CellValue {
    this.enter('getValue');
    return copyCellValue(shownValue(this.sheet.model.peek(this.row, this.column)));
  }
  getDisplayValues(): string[][] {
    return this.read('getDisplayValues', (cell) => displayText(shownValue(cell), cell?.numberFormat ?? ''));
  }
  getDisplayValue(): string {
    const cell = this.enter('getDisplayValue').peek(this.row, this.column);
    return displayText(shownValue(cell), cell?.numberFormat ?? '');
  }
  getFormulas(): string[][] {
    return this.read('getFormulas', (cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.enter('getFormula').peek(this.row, this.column)?.formula ?? '';
  }
  getBackgrounds(): string[][] {
    return this.read('getBackgrounds', (cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }
  getBackground(): string {
    return this.enter('getBackground').peek(this.row, this.column)?.background ?? DEFAULT_BACKGROUND;
  }
  getNotes(): string[][] {
    return this.read('getNotes', (cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.enter('getNote').peek(this.row, this.column)?.note ?? '';
  }
  getNumberFormats(): string[][] {
    return this.read('getNumberFormats', (cell) => cell?.numberFormat ?? defaultFormats().numberFormat);
  }
  getNumberFormat(): string {
    return (
      this.enter('getNumberFormat').peek(this.row, this.column)?.numberFormat ?? defaultFormats().numberFormat
    );
  }
  getWraps(): boolean[][] {
    return this.read('getWraps', (cell) => cell?.wrap ?? defaultFormats().wrap);
  }
  getWrap(): boolean {
    return this.enter('getWrap').peek(this.row, this.column)?.wrap ?? defaultFormats().wrap;
  }
  getHorizontalAlignments(): string[][] {
    return this.read(
      'getHorizontalAlignments',
      (cell) => cell?.horizontalAlignment ?? defaultFormats().horizontalAlignment,
    );
  }
  getHorizontalAlignment(): string {
    return (
      this.enter('getHorizontalAlignment').peek(this.row, this.column)?.horizontalAlignment ??
      defaultFormats().horizontalAlignment
    );
  }
  getFontWeights(): string[][] {
    return this.read('getFontWeights', (cell) => cell?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    return this.enter('getFontWeight').peek(this.row, this.column)?.fontWeight ?? 'normal';
  }

  setValues(values: unknown[][]): this {
    return this.writeGrid('setValues', values, writeCell);
  }
  setValue(value: unknown): this {
    const model = this.enter('setValue');
    checkWritable(value);
    this.grid((r, c) => writeCell(model.cell(r, c), value));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    return this.writeGrid<string>('setFormulas', formulas, (cell, f) => writeFormula(cell, String(f ?? '')));
  }
  setFormula(formula: string): this {
    return this.writeEach('setFormula', (cell) => writeFormula(cell, formula));
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.writeGrid<string | null>('setBackgrounds', colors, (cell, color) => {
      cell.background = normalizeColor(color);
    });
  }
  setBackground(color: string | null): this {
    const background = normalizeColor(color);
    return this.writeEach('setBackground', (cell) => {
      cell.background = background;
    });
  }
  setNotes(notes: (string | null)[][]): this {
    return this.writeGrid<string | null>('setNotes', notes, (cell, note) => {
      cell.note = note == null ? '' : String(note);
    });
  }
  setNote(note: string | null): this {
    return this.writeEach('setNote', (cell) => {
      cell.note = note == null ? '' : String(note);
    });
  }
  setNumberFormats(formats: string[][]): this {
    return this.writeGrid<string>('setNumberFormats', formats, (cell, format) => {
      cell.numberFormat = String(format);
    });
  }
  setNumberFormat(format: string): this {
    return this.writeEach('setNumberFormat', (cell) => {
      cell.numberFormat = String(format);
    });
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.writeGrid<string | null>('setFontWeights', weights, (cell, weight) => {
      cell.fontWeight = weight ?? 'normal';
    });
  }
  setFontWeight(weight: string | null): this {
    return this.writeEach('setFontWeight', (cell) => {
      cell.fontWeight = weight ?? 'normal';
    });
  }
  setFontColor(color: string | null): this {
    const fontColor = color === null ? '#000000' : normalizeColor(color);
    return this.writeEach('setFontColor', (cell) => {
      cell.fontColor = fontColor;
    });
  }
  setWrap(wrap: boolean): this {
    return this.writeEach('setWrap', (cell) => {
      cell.wrap = !!wrap;
    });
  }
  setWraps(wraps: boolean[][]): this {
    return this.writeGrid<boolean>('setWraps', wraps, (cell, wrap) => {
      cell.wrap = !!wrap;
    });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.writeGrid<string | null>('setHorizontalAlignments', alignments, (cell, alignment) => {
      cell.horizontalAlignment = alignment ?? 'general';
    });
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.writeEach('setHorizontalAlignment', (cell) => {
      cell.horizontalAlignment = alignment ?? 'general';
    });
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.writeEach('setVerticalAlignment', (cell) => {
      cell.verticalAlignment = alignment ?? 'bottom';
    });
  }
  setVerticalAlignments(alignments: (string | null)[][]): this {
    return this.writeGrid<string | null>('setVerticalAlignments', alignments, (cell, alignment) => {
      cell.verticalAlignment = alignment || 'bottom';
    });
  }
  getVerticalAlignments(): string[][] {
    return this.read('getVerticalAlignments', (cell) => cell?.verticalAlignment ?? 'bottom');
  }
  getVerticalAlignment(): string {
    return this.enter('getVerticalAlignment').peek(this.row, this.column)?.verticalAlignment ?? 'bottom';
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    const only = [!!options?.contentsOnly, !!options?.formatOnly, !!options?.validationsOnly];
    const [contents, formats, validations] = only.includes(true) ? only : [true, true, true];
    return this.writeEach('clear', (cell) => {
      if (contents) clearCellContent(cell);
      if (formats) Object.assign(cell, defaultFormats());
      if (validations) cell.validation = null;
    });
  }
  clearContent(): this {
    return this.writeEach('clearContent', clearCellContent);
  }
  clearFormat(): this {
    return this.writeEach('clearFormat', (cell) => Object.assign(cell, defaultFormats()));
  }
  clearNote(): this {
    return this.writeEach('clearNote', (cell) => {
      cell.note = '';
    });
  }

  setDataValidation(rule: unknown): this {
    const model = this.enter('setDataValidation');
    const validation = ruleOf(rule, 'Range.setDataValidation');
    this.grid((r, c) => {
      model.cell(r, c).validation = validation;
    });
    return this;
  }
  setDataValidations(rules: unknown[][]): this {
    const model = this.enter('setDataValidations');
    const grid = checkShape(rules, this.numRows, this.numColumns, 'Range.setDataValidations').map((row) =>
      row.map((rule) => ruleOf(rule, 'Range.setDataValidations')),
    );
    this.grid((r, c, i, j) => {
      model.cell(r, c).validation = grid[i]?.[j] ?? null;
    });
    return this;
  }
  /** The rule of the top-left cell, or null. */
  getDataValidation(): DataValidation | null {
    const rule = this.enter('getDataValidation').peek(this.row, this.column)?.validation ?? null;
    return rule ? new DataValidation(this.access, rule) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.read('getDataValidations', (cell) =>
      cell?.validation ? new DataValidation(this.access, cell.validation) : null,
    );
  }
  clearDataValidations(): this {
    return this.writeEach('clearDataValidations', (cell) => {
      cell.validation = null;
    });
  }

  getA1Notation(): string {
    this.enter('getA1Notation');
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }
  getRow(): number {
    this.enter('getRow');
    return this.row;
  }
  getColumn(): number {
    this.enter('getColumn');
    return this.column;
  }
  getLastRow(): number {
    this.enter('getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.enter('getLastColumn');
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    this.enter('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.enter('getNumColumns');
    return this.numColumns;
  }
  getHeight(): number {
    this.enter('getHeight');
    return this.numRows;
  }
  getWidth(): number {
    this.enter('getWidth');
    return this.numColumns;
  }
  getSheet(): FakeSheet {
    this.enter('getSheet');
    return this.sheet;
  }
  activate(): this {
    this.enter('activate');
    this.sheet.selectRange(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    this.enter('offset');
    return this.sheet.rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
  getCell(row: number, column: number): FakeRange {
    this.enter('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw sheetsException('Cell reference out of range');
    }
    return this.sheet.rangeAt(this.row + row - 1, this.column + column - 1, 1, 1);
  }

  /** Internal (not counted): this range as a reference by sheet id, as charts store it. */
  ref(): RangeRef {
    return {
      sheetId: this.sheet.model.id,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }

  /** Test-only (not counted): the position and size of this range. */
  bounds(): { row: number; column: number; numRows: number; numColumns: number; sheetName: string } {
    return {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
      sheetName: this.sheet.model.name,
    };
  }
}
