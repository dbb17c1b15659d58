/**
 * The add-on's only contact with the spreadsheet's contents: reading a sheet's values in one call, and
 * writing finished outputs so that a failure part-way never loses the previous output. Outputs go into a
 * fresh temporary sheet that is swapped in only once complete; any failure undoes what was done.
 */
import type { SheetOutput } from '../sheets/sheet-output.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheet names of SPEC section 3. */
export const SHEETS = {
  profile: 'Profile',
  programs: 'Programs',
  cohort: 'Cohort',
  settings: 'Settings',
  list: 'Application List',
  plan: 'Application Plan',
  cohortSummary: 'Cohort Summary',
  cohortLists: 'Cohort Lists',
} as const;

/** New sheets in Google Sheets have this many rows and columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** The values of a whole sheet (`getDataRange().getValues()`), or null when the sheet does not exist. */
export function readSheet(spreadsheet: Spreadsheet, name: string): unknown[][] | null {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]) : null;
}

/** Values of an existing sheet, or null; the sheet object is kept for a later swap. */
export function readSheetWithHandle(
  spreadsheet: Spreadsheet,
  name: string,
): { sheet: Sheet | null; values: unknown[][] | null } {
  const sheet = spreadsheet.getSheetByName(name);
  return { sheet, values: sheet ? (sheet.getDataRange().getValues() as unknown[][]) : null };
}

/** One finished output: where it goes, what it holds, and the sheet it replaces (if it exists). */
export interface PendingOutput {
  name: string;
  output: SheetOutput;
  /** The existing sheet of that name, looked up by the caller (null when there is none). */
  existing: Sheet | null;
}

interface Step {
  undo: () => void;
}

/** A name no sheet has, for a temporary copy (a clash only makes the run fail safely). */
function temporaryName(name: string, stamp: string): string {
  return `${name.slice(0, 70)} (updating ${stamp})`;
}

/** Sets column widths, one call for each run of neighbouring columns of the same width. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    const width = widths[start]!;
    let end = start + 1;
    while (end < widths.length && widths[end] === width) end += 1;
    if (width > 0) sheet.setColumnWidths(start + 1, end - start, width);
    start = end;
  }
}

/**
 * Writes one finished output into a sheet: values and colours in one call each. A brand-new sheet (1000 ×
 * 26) also gets the frozen header and column widths; a copy of the previous output (`copied`) keeps the
 * widths, frozen rows and column formats people chose, and is emptied first.
 *
 * @param sheet - the sheet to fill
 * @param output - the finished output
 * @param copied - true when the sheet was made from the previous output as a template
 */
export function fillSheet(sheet: Sheet, output: SheetOutput, copied = false): void {
  const rows = Math.max(output.values.length, 1);
  const columns = Math.max(output.values[0]?.length ?? 0, 1);
  if (copied) {
    sheet.clear();
    sheet.clearNotes();
  }
  const maxRows = copied ? sheet.getMaxRows() : NEW_SHEET_ROWS;
  const maxColumns = copied ? sheet.getMaxColumns() : NEW_SHEET_COLUMNS;
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  if (output.values.length === 0) return;
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(output.values);
  range.setBackgrounds(output.backgrounds);
  if (copied) return;
  if (output.frozenRows > 0) sheet.setFrozenRows(output.frozenRows);
  if (output.columnWidths) setWidths(sheet, output.columnWidths);
}

/**
 * Writes every output into a new sheet, then swaps the new sheets in for the old ones. Either all outputs
 * land or, on any failure, every step is undone and the error is thrown again: the previous outputs stay
 * exactly as they were.
 *
 * @param spreadsheet - the active spreadsheet
 * @param outputs - finished outputs (everything computed before this is called)
 * @returns names of old copies that could not be deleted after the new outputs were in place (usually none)
 */
export function replaceSheets(spreadsheet: Spreadsheet, outputs: PendingOutput[]): string[] {
  const leftovers: string[] = [];
  const asides = new Map<Sheet, string>();
  const stamp = String(Date.now() % 1_000_000_000);
  const done: Step[] = [];
  try {
    const fresh = outputs.map((pending) => {
      const old = pending.existing;
      const temporary = temporaryName(pending.name, stamp);
      // A copy of the previous output keeps the column widths and formats people set on it.
      const sheet = old
        ? spreadsheet.insertSheet(temporary, old.getIndex() - 1, { template: old })
        : spreadsheet.insertSheet(temporary, spreadsheet.getNumSheets());
      done.push({ undo: () => spreadsheet.deleteSheet(sheet) });
      fillSheet(sheet, pending.output, old !== null);
      return { sheet, temporary };
    });
    outputs.forEach((pending, i) => {
      const { sheet, temporary } = fresh[i]!;
      const old = pending.existing;
      if (old) {
        const aside = temporaryName(`${pending.name} old`, stamp);
        old.setName(aside);
        asides.set(old, aside);
        done.push({ undo: () => old.setName(pending.name) });
      }
      sheet.setName(pending.name);
      done.push({ undo: () => sheet.setName(temporary) });
    });
    const olds = outputs.flatMap((pending) => (pending.existing ? [pending.existing] : []));
    // Until the first old sheet is deleted everything can still be undone; after it, going forward is the
    // only way to keep a consistent workbook, so a later failure only leaves an old copy behind.
    if (olds[0]) spreadsheet.deleteSheet(olds[0]);
    done.length = 0;
    for (const old of olds.slice(1)) {
      try {
        spreadsheet.deleteSheet(old);
      } catch {
        leftovers.push(asides.get(old) ?? '');
      }
    }
    return leftovers;
  } catch (error) {
    for (const step of done.reverse()) {
      try {
        step.undo();
      } catch {
        // Keep undoing the rest: each step is independent, and the original error is what the user needs.
      }
    }
    throw error;
  }
}
