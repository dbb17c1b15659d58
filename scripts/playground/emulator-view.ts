/**
 * The part of the Apps Script emulator (emulator/) that the playground uses, written as structural
 * types so the playground states exactly what it relies on: the spreadsheet's Apps Script methods (which a
 * user's actions go through), its test-only `inspect`, and the recorded add-on menus, sidebars and alerts.
 */
import type { ChartInspection } from './charts.ts';

export interface RangeView {
  setValue(value: unknown): unknown;
  setValues(values: unknown[][]): unknown;
  getA1Notation(): string;
}

export interface SheetView {
  getName(): string;
  getSheetId(): number;
  getRange(a1: string): RangeView;
  getRange(row: number, column: number, rows?: number, columns?: number): RangeView;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(after: number, count: number): unknown;
  insertColumnsAfter(after: number, count: number): unknown;
  setFrozenRows(rows: number): unknown;
  clear(): unknown;
  isSheetHidden(): boolean;
}

/** What `spreadsheet.inspect(name)` reports (test-only; counts no calls). */
export interface SheetInspection {
  values: unknown[][];
  /** What Sheets shows (number formats applied); same shape as `values`. */
  displayValues?: string[][];
  formulas?: string[][];
  backgrounds?: string[][];
  notes?: string[][];
  /** Number formats of the used range (`0%` for a cell typed as `35%`). */
  numberFormats?: string[][];
  /** Whether each used cell wraps its text. */
  wraps?: boolean[][];
  /** `general`, `left`, `center` or `right`, for each used cell. */
  horizontalAlignments?: string[][];
  /** `bottom`, `middle` or `top`, for each used cell. */
  verticalAlignments?: string[][];
  frozenRows?: number;
  frozenColumns?: number;
  /** Pixel widths of the columns that were given one (1-based column → px); others are 100 px. */
  columnWidths?: Record<number, number>;
  hidden?: boolean;
  conditionalRules?: unknown[];
  /** Each used cell's list rule (same shape as `notes`), null where none. */
  dataValidations?: (ValidationInspection | null)[][];
  charts?: ChartInspection[];
}

/** A cell's list rule as `inspect` reports it. */
export interface ValidationInspection {
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
  valid: boolean;
}

export interface SpreadsheetView {
  getSheets(): SheetView[];
  getSheetByName(name: string): SheetView | null;
  insertSheet(name?: string): SheetView;
  deleteSheet(sheet: SheetView): unknown;
  setActiveSheet(sheet: SheetView): unknown;
  getActiveSheet(): SheetView | null;
  getActiveRange(): { getSheet(): SheetView; getRow(): number; getColumn(): number } | null;
  /** Recorded toasts live in the workbook state. */
  state?: { toasts?: { title: string; message: string }[] };
  inspect(name: string): SheetInspection | null;
  /** Types into a cell as a person does; a list rule that rejects invalid data answers with its message. */
  typeAsPerson(
    sheetName: string,
    row: number,
    column: number,
    text: string,
  ): { stored: true } | { stored: false; message: string };
}

/** What the emulator recorded of the add-on's UI (menus as built by `onOpen`, sidebars, alerts). */
export interface UiView {
  menus: unknown[];
  sidebars: unknown[];
  alerts: { title: string; prompt: string }[];
}

export interface EmulatorView {
  spreadsheet: SpreadsheetView;
  ui: UiView;
}
