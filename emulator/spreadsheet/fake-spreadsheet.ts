/**
 * The emulated Apps Script `Spreadsheet` (one file): sheets in tab order, the active sheet and range,
 * A1 ranges across sheets, toasts. Views share one WorkbookState: `readOnlyView()` gives the
 * custom-function view whose writes are refused. Test-only helpers (seedSheet, inspect, formulaCells,
 * setComputedValue, removeSheet, toasts) are neither counted nor faulted. Sheet names are matched ignoring
 * case, as Sheets does.
 */
import type { CallCounter } from '../counter.ts';
import { parseA1 } from './a1-notation.ts';
import { type Access, enterCall, sheetsException } from './access.ts';
import { dropSheetRefs } from './charts.ts';
import type { FakeRange } from './fake-range.ts';
import { FakeSheet } from './fake-sheet.ts';
import { SheetModel } from './sheet-model.ts';
import {
  type FormulaCell,
  inspectSheet,
  listFormulaCells,
  type SeedOptions,
  type SheetSnapshot,
  seedSheet,
  setFormulaValue,
  type TypedAnswer,
  typeIntoCell,
} from './test-helpers.ts';
import {
  activeModel,
  checkSheetName,
  checkSizeLimits,
  findSheet,
  newWorkbookState,
  nextDefaultName,
  type Toast,
  type WorkbookState,
} from './workbook-state.ts';

export interface FakeSpreadsheetOptions {
  counter: CallCounter;
  name?: string;
  id?: string;
  timeZone?: string;
}

export class FakeSpreadsheet {
  readonly state: WorkbookState;
  readonly counter: CallCounter;
  private readonly access: Access;

  constructor(options: FakeSpreadsheetOptions, shared?: { state: WorkbookState; readOnly: boolean }) {
    this.counter = options.counter;
    this.state =
      shared?.state ??
      newWorkbookState({
        id: options.id ?? '1RadListEmulatedSpreadsheetId0000000000000',
        name: options.name ?? 'Untitled spreadsheet',
        timeZone: options.timeZone ?? 'America/New_York',
      });
    this.access = { counter: options.counter, readOnly: shared?.readOnly ?? false };
  }

  /** A view of the same file in which every write throws (custom-function mode). Not counted. */
  readOnlyView(): FakeSpreadsheet {
    return new FakeSpreadsheet({ counter: this.counter }, { state: this.state, readOnly: true });
  }

  /** True for a read-only view. */
  get readOnly(): boolean {
    return this.access.readOnly;
  }

  private enter(method: string, sheet?: unknown): WorkbookState {
    enterCall(this.access, `Spreadsheet.${method}`, typeof sheet === 'string' ? { sheet } : undefined);
    return this.state;
  }

  /** Throws Sheets' error unless `name` can name a sheet; internal. */
  checkName(name: string, renaming?: SheetModel): void {
    checkSheetName(this.state, name, renaming);
  }

  /** The API view of a sheet's data; internal. */
  view(model: SheetModel): FakeSheet {
    return new FakeSheet(this.access, this, model);
  }

  getId(): string {
    return this.enter('getId').id;
  }
  getName(): string {
    return this.enter('getName').name;
  }
  rename(newName: string): void {
    this.enter('rename').name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.enter('getUrl').id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.enter('getSpreadsheetTimeZone').timeZone;
  }
  getSpreadsheetLocale(): string {
    this.enter('getSpreadsheetLocale');
    return 'en_US';
  }

  getSheets(): FakeSheet[] {
    return this.enter('getSheets').sheets.map((model) => this.view(model));
  }
  getNumSheets(): number {
    return this.enter('getNumSheets').sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    const model = findSheet(this.enter('getSheetByName', name), name);
    return model ? this.view(model) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    const model = this.enter('getSheetById').sheets.find((sheet) => sheet.id === id);
    return model ? this.view(model) : null;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index) and
   * insertSheet(name, index, { template }): index is 0-based; a template sheet is copied whole.
   */
  insertSheet(nameOrIndex?: string | number, index?: number, options?: { template?: FakeSheet }): FakeSheet {
    const state = this.enter('insertSheet', nameOrIndex);
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : nextDefaultName(state);
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    checkSheetName(state, name);
    const at = position ?? state.sheets.indexOf(activeModel(state)) + 1;
    if (!Number.isInteger(at) || at < 0 || at > state.sheets.length) {
      throw sheetsException(`The sheet index ${at} is out of bounds.`);
    }
    const template = options?.template?.model;
    if (template && !state.sheets.includes(template)) {
      throw sheetsException('The template sheet does not exist.');
    }
    checkSizeLimits(state, template ? template.maxRows * template.maxColumns : 1000 * 26);
    const id = state.nextSheetId++;
    const model = template ? template.copyAs(name, id) : new SheetModel(name, id);
    for (const chart of model.charts) chart.id = state.nextChartId++;
    state.sheets.splice(at, 0, model);
    state.activeSheetId = model.id;
    state.selection = null;
    return this.view(model);
  }

  deleteSheet(sheet: FakeSheet): void {
    const state = this.enter('deleteSheet', sheet instanceof FakeSheet ? sheet.model.name : undefined);
    const at = state.sheets.indexOf(sheet.model);
    if (at < 0) throw sheetsException('The sheet you are trying to delete does not exist.');
    if (state.sheets.length === 1) throw sheetsException("You can't remove all the sheets in a document.");
    state.sheets.splice(at, 1);
    dropSheetRefs(state.sheets, sheet.model.id);
    if (state.activeSheetId === sheet.model.id) {
      state.activeSheetId = (state.sheets[Math.max(0, at - 1)] as SheetModel).id;
      state.selection = null;
    }
  }

  getActiveSheet(): FakeSheet {
    return this.view(activeModel(this.enter('getActiveSheet')));
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    const state = this.enter('setActiveSheet');
    state.activeSheetId = sheet.model.id;
    state.selection = null;
    return sheet;
  }
  /** The selected range of the active sheet (A1 when nothing was selected). */
  getActiveRange(): FakeRange {
    const state = this.enter('getActiveRange');
    const sheet = this.view(activeModel(state));
    const s = state.selection;
    if (!s || s.sheetId !== sheet.model.id) return sheet.rangeAt(1, 1);
    return sheet.rangeAt(s.row, s.column, s.numRows, s.numColumns);
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.enter('setActiveRange');
    const b = range.bounds();
    const model = findSheet(this.state, b.sheetName);
    if (model) this.view(model).selectRange(b.row, b.column, b.numRows, b.numColumns);
    return range;
  }
  /** Moves the active sheet to a 1-based tab position. */
  moveActiveSheet(pos: number): void {
    const state = this.enter('moveActiveSheet');
    if (!Number.isInteger(pos) || pos < 1 || pos > state.sheets.length) {
      throw sheetsException(`The sheet index ${pos} is out of bounds.`);
    }
    const active = activeModel(state);
    state.sheets.splice(state.sheets.indexOf(active), 1);
    state.sheets.splice(pos - 1, 0, active);
  }

  /** A range from A1 notation, on the named sheet (`'My sheet'!A1`) or the active one. */
  getRange(a1Notation: string): FakeRange {
    const state = this.enter('getRange');
    const ref = parseA1(String(a1Notation));
    const model = ref?.sheetName ? findSheet(state, ref.sheetName) : activeModel(state);
    if (!ref || !model) throw sheetsException('Range not found');
    return this.view(model).rangeFromA1(a1Notation);
  }

  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.enter('toast').toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }

  // ——— Test-only helpers: not counted, never faulted. ———

  /** Creates or replaces a sheet with these values (strings literal unless they start with `=`). */
  seedSheet(name: string, values: unknown[][], options?: SeedOptions): FakeSheet {
    return this.view(seedSheet(this.state, name, values, options));
  }
  /** A snapshot of a sheet, or null when there is none. */
  inspect(name: string): SheetSnapshot | null {
    return inspectSheet(this.state, name);
  }
  /** Every formula cell, in tab order. */
  formulaCells(): FormulaCell[] {
    return listFormulaCells(this.state);
  }
  /** Stores a formula cell's computed value (a 2-D array spills right and down). */
  setComputedValue(sheetName: string, row: number, column: number, value: unknown): void {
    setFormulaValue(this.state, sheetName, row, column, value);
  }
  /**
   * Types into a cell as a person would (not a script): a cell whose list rule rejects invalid data keeps
   * its value and the answer carries the message Sheets shows. See `typeIntoCell`.
   */
  typeAsPerson(sheetName: string, row: number, column: number, text: string): TypedAnswer {
    return typeIntoCell(this.state, sheetName, row, column, text);
  }
  /** Removes a sheet; false when there is no such sheet or it is the only one. */
  removeSheet(name: string): boolean {
    const model = findSheet(this.state, name);
    if (!model || this.state.sheets.length === 1) return false;
    this.state.sheets.splice(this.state.sheets.indexOf(model), 1);
    dropSheetRefs(this.state.sheets, model.id);
    if (this.state.activeSheetId === model.id)
      this.state.activeSheetId = (this.state.sheets[0] as SheetModel).id;
    return true;
  }
  /** The names of the sheets in tab order. */
  sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }
  /** Toasts shown so far. */
  get toasts(): Toast[] {
    return this.state.toasts;
  }
}
