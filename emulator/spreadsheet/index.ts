/**
 * The spreadsheet part of RadList's Apps Script emulator: FakeSpreadsheet / FakeSheet / FakeRange,
 * conditional-format rules and the SpreadsheetApp factory. The facade (emulator/index.ts) builds on it.
 */
export { columnLetters, columnNumber, formatA1, parseA1 } from './a1-notation.ts';
export { sheetsException } from './access.ts';
export { type CellValue, DEFAULT_NUMBER_FORMAT, displayText, interpretInput } from './cell-values.ts';
export {
  ChartOptions,
  ContainerInfo,
  createChartsService,
  EmbeddedChart,
  EmbeddedChartBuilder,
} from './charts.ts';
export {
  BooleanCondition,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
} from './conditional-format.ts';
export { DataValidation, DataValidationBuilder } from './data-validation.ts';
export { FakeRange } from './fake-range.ts';
export { FakeSheet } from './fake-sheet.ts';
export { FakeSpreadsheet, type FakeSpreadsheetOptions } from './fake-spreadsheet.ts';
export { createSpreadsheetApp, type FakeSpreadsheetApp } from './spreadsheet-app.ts';
export type {
  ChartSnapshot,
  FormulaCell,
  SeedOptions,
  SheetSnapshot,
  TypedAnswer,
  ValidationSnapshot,
} from './test-helpers.ts';
export type { Toast } from './workbook-state.ts';
