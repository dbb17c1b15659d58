/**
 * Test-side access to an emulated spreadsheet that is not an Apps Script call: never counted, never
 * faulted. Seeding a sheet from a 2-D array, a snapshot of a sheet's contents and formats, the list of
 * formula cells, and storing a formula's computed value (used by the recalculation of `RAD_*` formulas).
 */
import { formatA1 } from './a1-notation.ts';
import { sheetsException } from './access.ts';
import { type CellValue, copyCellValue, displayText, isDateValue } from './cell-values.ts';
import { CELL_TOO_LONG_MESSAGE, exceedsCellLimit, storeFormulaResult, writeCell } from './cell-writes.ts';
import type { ChartPosition, ChartTypeName, RangeRef } from './charts.ts';
import type { ConditionalFormatRule } from './conditional-format.ts';
import { meetsRule, rejectionMessage } from './data-validation.ts';
import { blankCell, type Cell, hasContent, isFormatted, SheetModel, shownValue } from './sheet-model.ts';
import { checkSheetName, findSheet, type WorkbookState } from './workbook-state.ts';

export interface SeedOptions {
  backgrounds?: (string | null)[][];
  notes?: (string | null)[][];
  numberFormats?: string[][];
  frozenRows?: number;
  frozenColumns?: number;
  /** Default: the larger of 1000 and the number of value rows. */
  maxRows?: number;
  /** Default: the larger of 26 and the widest value row. */
  maxColumns?: number;
  hidden?: boolean;
}

/** A cell's list rule as `inspect` shows it. */
export interface ValidationSnapshot {
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
  /** False when the cell shows a value the rule does not allow (written by a script, or allowed with a warning). */
  valid: boolean;
}

/** An embedded chart as `inspect` shows it. */
export interface ChartSnapshot {
  id: number | null;
  type: ChartTypeName | null;
  /** Each source range as `'Sheet name'!A1:B9` (ranges on deleted sheets are gone). */
  ranges: string[];
  /** The same ranges as references by sheet id. */
  refs: RangeRef[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
}

/** What `inspect` shows of a sheet. `values`/`formulas`/`displayValues` span the cells with content
 * (`[]` for an empty sheet); `backgrounds`/`notes`/`numberFormats`/`fontWeights`/`wraps`/`horizontalAlignments` span every cell with
 * content, a note or a non-default format. */
export interface SheetSnapshot {
  name: string;
  index: number;
  values: CellValue[][];
  formulas: string[][];
  displayValues: string[][];
  backgrounds: string[][];
  notes: string[][];
  numberFormats: string[][];
  fontWeights: string[][];
  /** Whether each used cell wraps its text. */
  wraps: boolean[][];
  /** `general` (Sheets' default: text left, numbers right), `left`, `center` or `right`. */
  horizontalAlignments: string[][];
  /** `bottom` (the default), `middle` or `top`. */
  verticalAlignments: string[][];
  frozenRows: number;
  frozenColumns: number;
  conditionalRules: ConditionalFormatRule[];
  columnWidths: Record<number, number>;
  maxRows: number;
  maxColumns: number;
  hidden: boolean;
  tabColor: string | null;
  /** The list rule of each cell of the used grid (like `notes`), null where none. */
  dataValidations: (ValidationSnapshot | null)[][];
  charts: ChartSnapshot[];
}

export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

function seedValue(model: SheetModel, row: number, column: number, raw: unknown): void {
  if (raw === null || raw === undefined || raw === '') return;
  const cell = model.cell(row, column);
  if (typeof raw === 'string' && raw.length > 1 && raw.startsWith('=')) cell.formula = raw;
  else if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') cell.value = raw;
  else cell.value = isDateValue(raw) ? new Date(raw.getTime()) : String(raw);
}

/**
 * Creates or replaces a sheet (keeping its place and id) with these values: strings are stored literally
 * unless they start with `=` (then they are formulas, value `''` until computed).
 *
 * @param state - the workbook
 * @param name - the sheet's name
 * @param values - rows of cell values
 * @param options - formats, frozen rows, size, visibility
 * @returns the sheet's model
 * @example
 * seedSheet(state, 'Profile', [['Field', 'Value'], ['Step 2 CK', 231]]);
 */
export function seedSheet(
  state: WorkbookState,
  name: string,
  values: unknown[][],
  options: SeedOptions = {},
): SheetModel {
  const width = Math.max(0, ...values.map((row) => row.length));
  const maxRows = options.maxRows ?? Math.max(1000, values.length);
  const maxColumns = options.maxColumns ?? Math.max(26, width);
  const existing = findSheet(state, name);
  if (!existing) checkSheetName(state, name);
  const model = new SheetModel(
    existing?.name ?? name,
    existing?.id ?? state.nextSheetId++,
    maxRows,
    maxColumns,
  );
  if (existing) state.sheets[state.sheets.indexOf(existing)] = model;
  else state.sheets.push(model);
  const apply = <T>(
    grid: T[][] | undefined,
    set: (cell: Cell, value: T, row: number, column: number) => void,
  ) => {
    grid?.forEach((row, i) => {
      row.forEach((value, j) => {
        set(model.cell(i + 1, j + 1), value, i + 1, j + 1);
      });
    });
  };
  apply(values, (_cell, raw, row, column) => seedValue(model, row, column, raw));
  apply(options.backgrounds, (cell, color) => {
    cell.background = color ? color.toLowerCase() : '#ffffff';
  });
  apply(options.notes, (cell, note) => {
    cell.note = note ?? '';
  });
  apply(options.numberFormats, (cell, format) => {
    cell.numberFormat = format;
  });
  model.frozenRows = options.frozenRows ?? 0;
  model.frozenColumns = options.frozenColumns ?? 0;
  model.hidden = options.hidden ?? false;
  return model;
}

function gridOf<T>(
  model: SheetModel,
  rows: number,
  columns: number,
  pick: (c: ReturnType<SheetModel['peek']>) => T,
): T[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => pick(model.peek(i + 1, j + 1))),
  );
}

/**
 * A snapshot of one sheet (fresh arrays; Dates copied).
 *
 * @param state - the workbook
 * @param name - the sheet's name (case-insensitive)
 * @returns the snapshot, or null when there is no such sheet
 */
export function inspectSheet(state: WorkbookState, name: string): SheetSnapshot | null {
  const model = findSheet(state, name);
  if (!model) return null;
  const content = model.extent(hasContent);
  const used = model.extent((cell) => hasContent(cell) || isFormatted(cell));
  const contentGrid = <T>(pick: (c: ReturnType<SheetModel['peek']>) => T) =>
    gridOf(model, content.lastRow, content.lastColumn, pick);
  const usedGrid = <T>(pick: (c: ReturnType<SheetModel['peek']>) => T) =>
    gridOf(model, used.lastRow, used.lastColumn, pick);
  return {
    name: model.name,
    index: state.sheets.indexOf(model) + 1,
    values: contentGrid((c) => copyCellValue(shownValue(c))),
    formulas: contentGrid((c) => c?.formula ?? ''),
    displayValues: contentGrid((c) => displayText(shownValue(c), c?.numberFormat ?? '')),
    backgrounds: usedGrid((c) => (c ?? blankCell()).background),
    notes: usedGrid((c) => c?.note ?? ''),
    numberFormats: usedGrid((c) => (c ?? blankCell()).numberFormat),
    fontWeights: usedGrid((c) => (c ?? blankCell()).fontWeight),
    wraps: usedGrid((c) => (c ?? blankCell()).wrap),
    horizontalAlignments: usedGrid((c) => (c ?? blankCell()).horizontalAlignment),
    verticalAlignments: usedGrid((c) => (c ?? blankCell()).verticalAlignment),
    frozenRows: model.frozenRows,
    frozenColumns: model.frozenColumns,
    conditionalRules: [...(model.rules as ConditionalFormatRule[])],
    columnWidths: Object.fromEntries(model.columnWidths),
    maxRows: model.maxRows,
    maxColumns: model.maxColumns,
    hidden: model.hidden,
    tabColor: model.tabColor,
    dataValidations: usedGrid((c) => {
      const rule = c?.validation;
      if (!rule) return null;
      const { values, showDropdown, allowInvalid, helpText } = rule;
      return {
        values: [...values],
        showDropdown,
        allowInvalid,
        helpText,
        valid: meetsRule(rule, shownValue(c)),
      };
    }),
    charts: model.charts.map((chart) => ({
      id: chart.id,
      type: chart.type,
      ranges: chart.ranges.flatMap((ref) => {
        const sheet = state.sheets.find((s) => s.id === ref.sheetId);
        return sheet
          ? [
              `'${sheet.name.replace(/'/g, "''")}'!${formatA1(ref.row, ref.column, ref.numRows, ref.numColumns)}`,
            ]
          : [];
      }),
      refs: chart.ranges.map((ref) => ({ ...ref })),
      options: Object.fromEntries(chart.options),
      position: { ...chart.position },
      numHeaders: chart.numHeaders,
      transpose: chart.transpose,
    })),
  };
}

/** What happened to a value a person typed into a cell. */
export type TypedAnswer = { stored: true } | { stored: false; message: string };

/**
 * Types text into one cell as a person does in Sheets' cell editor: the text is read as Sheets reads typed
 * input (numbers, dates, `=` formulas), and a cell whose list rule does not allow invalid data rejects
 * any other value with the rule's help text (the cell keeps its value). A value allowed with a warning is
 * stored and shown as invalid. A formula is stored unchecked (the emulator does not compute it). Text over
 * Sheets' 50,000-character cell limit is refused with Sheets' message, and the cell keeps its value.
 *
 * @param state - the workbook
 * @param sheetName - the sheet (case-insensitive)
 * @param row - 1-based row
 * @param column - 1-based column
 * @param text - what the person typed
 * @returns stored, or the message Sheets shows
 */
export function typeIntoCell(
  state: WorkbookState,
  sheetName: string,
  row: number,
  column: number,
  text: string,
): TypedAnswer {
  const model = findSheet(state, sheetName);
  if (!model) throw sheetsException(`There is no sheet named "${sheetName}".`);
  if (row < 1 || column < 1 || row > model.maxRows || column > model.maxColumns) {
    throw sheetsException('The coordinates of the range are outside the dimensions of the sheet.');
  }
  if (exceedsCellLimit(text)) return { stored: false, message: CELL_TOO_LONG_MESSAGE };
  const cell = model.cell(row, column);
  const rule = cell.validation;
  if (rule && !rule.allowInvalid && !text.trim().startsWith('=')) {
    const trial = { ...cell, spill: null, spilledInto: [] };
    writeCell(trial, text);
    if (!meetsRule(rule, trial.value)) return { stored: false, message: rejectionMessage(rule) };
  }
  writeCell(cell, text);
  return { stored: true };
}

/** Every formula cell of the workbook, sheet by sheet in tab order, row by row. */
export function listFormulaCells(state: WorkbookState): FormulaCell[] {
  const found: FormulaCell[] = [];
  for (const model of state.sheets) {
    model.forEachCell((cell, row, column) => {
      if (cell.formula) found.push({ sheet: model.name, row, column, formula: cell.formula });
    });
  }
  return found;
}

/**
 * Stores the computed value of a formula cell; a 2-D array spills right and down (see cell-writes.ts).
 *
 * @param state - the workbook
 * @param sheetName - the formula cell's sheet
 * @param row - its row
 * @param column - its column
 * @param value - a value or a 2-D array
 */
export function setFormulaValue(
  state: WorkbookState,
  sheetName: string,
  row: number,
  column: number,
  value: unknown,
): void {
  const model = findSheet(state, sheetName);
  if (!model?.peek(row, column)?.formula) {
    throw sheetsException(`setComputedValue: ${sheetName} row ${row} column ${column} holds no formula.`);
  }
  storeFormulaResult(model, row, column, value);
}
