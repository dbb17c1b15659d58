/**
 * The state one emulated spreadsheet file shares between all its views (a full-access view and any
 * read-only custom-function view): its sheets in tab order, the active sheet and selection, recorded
 * toasts. Also Sheets' rules for sheet names (1–100 characters, unique ignoring case) and its size limits
 * (10 million cells in a file, every sheet's grid counted; 18,278 columns in a sheet).
 */
import { sheetsException } from './access.ts';
import { SheetModel } from './sheet-model.ts';

export interface Selection {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface WorkbookState {
  id: string;
  name: string;
  timeZone: string;
  sheets: SheetModel[];
  activeSheetId: number;
  selection: Selection | null;
  toasts: Toast[];
  nextSheetId: number;
  /** The id the next inserted chart gets (chart ids are unique in the file). */
  nextChartId: number;
}

/**
 * A new spreadsheet file with one empty sheet `Sheet1`, as Sheets creates it.
 *
 * @param options - id, name and time zone of the file
 * @returns the state
 */
export function newWorkbookState(options: { id: string; name: string; timeZone: string }): WorkbookState {
  const first = new SheetModel('Sheet1', 0);
  return {
    ...options,
    sheets: [first],
    activeSheetId: 0,
    selection: null,
    toasts: [],
    nextSheetId: 1,
    nextChartId: 1,
  };
}

/** The sheet with this name, ignoring case as Sheets does; undefined when none. */
export function findSheet(state: WorkbookState, name: string): SheetModel | undefined {
  const wanted = String(name).toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/**
 * Throws Sheets' error unless `name` can name a sheet (1–100 characters, not taken by another sheet).
 *
 * @param state - the workbook
 * @param name - the proposed name
 * @param renaming - the sheet being renamed (its own name is not "taken")
 */
export function checkSheetName(state: WorkbookState, name: string, renaming?: SheetModel): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw sheetsException('Sheet names cannot be empty.');
  }
  if (name.length > 100) {
    throw sheetsException(
      `The sheet name "${name}" is too long. Sheet names can have at most 100 characters.`,
    );
  }
  const holder = findSheet(state, name);
  if (holder && holder !== renaming) {
    throw sheetsException(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

/** The first free default name `Sheet2`, `Sheet3`, … */
export function nextDefaultName(state: WorkbookState): string {
  let n = state.sheets.length + 1;
  while (findSheet(state, `Sheet${n}`)) n += 1;
  return `Sheet${n}`;
}

/** The active sheet (the first one when the active id is gone). */
export function activeModel(state: WorkbookState): SheetModel {
  const active = state.sheets.find((sheet) => sheet.id === state.activeSheetId);
  return active ?? (state.sheets[0] as SheetModel);
}

/** Cells one spreadsheet file may hold, every sheet's whole grid counted, and columns one sheet may have. */
export const CELL_LIMIT = 10_000_000;
export const COLUMN_LIMIT = 18_278;

/**
 * Throws Sheets' error when growing the file by `addedCells` (or a sheet to `columns` columns) would pass its
 * limits; nothing is changed then. The wording is as people have reported it from Apps Script; RadList never
 * relies on it.
 *
 * @param state - the workbook
 * @param addedCells - cells the change adds
 * @param columns - the widest sheet's columns after the change
 */
export function checkSizeLimits(state: WorkbookState, addedCells: number, columns = 0): void {
  if (columns > COLUMN_LIMIT) {
    throw sheetsException(
      `This action would increase the number of columns in the sheet above the limit of ${COLUMN_LIMIT} columns.`,
    );
  }
  const cells = state.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  if (addedCells > 0 && cells + addedCells > CELL_LIMIT) {
    throw sheetsException(
      `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
    );
  }
}
