/**
 * Reads the input sheets of the active spreadsheet: each sheet a run needs once, its values and number
 * formats from one data range, into one `Inputs` value (src/sheets/inputs.ts). `Settings` is always read — it is also the one loader of
 * the settings in force for custom functions (read-only: no writes, Ui or Properties).
 */
import {
  type InputFormats,
  type InputSheet,
  type Inputs,
  type InputValues,
  readInputs,
} from '../sheets/inputs.ts';
import { programsNeedFormats } from '../sheets/read-programs.ts';
import { settingsNeedFormats } from '../sheets/read-settings.ts';
import { lookAlikeSheet, SHEETS } from '../sheets/sheet-names.ts';
import { currentYear, today } from './clock.ts';
import { settingsWithModel } from './model-sheet.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Inputs in which the sheets a run asked for are there (a sheet that does not exist says so in `missing`). */
export type InputsWith<N extends InputSheet> = Inputs & {
  [K in N & keyof Inputs]: NonNullable<Inputs[K]>;
};

/** What a run read: the parsed inputs, and the sheets themselves for the few writes on inputs (Programs). */
export interface WorkbookRead<N extends InputSheet> {
  inputs: InputsWith<N>;
  sheets: Partial<Record<InputSheet, Sheet>>;
}

/**
 * Whether a sheet's number formats are read with its values, because a value there reads differently in a
 * cell formatted as a percent: Programs' when a percent column (`IMG %`) holds a number from 1 to 100
 * (`programsNeedFormats`), Settings' when a percent setting holds the number 1 (1%, or 100% in a percent
 * cell: `settingsNeedFormats`). No Profile or Cohort field reads a format, so theirs cost no call.
 */
function needsFormats(role: InputSheet, values: unknown[][]): boolean {
  if (role === 'programs') return programsNeedFormats(values);
  return role === 'settings' && settingsNeedFormats(values);
}

/** Label / value sheets: read from their first two columns alone (labels in A, values in B). */
const LABEL_VALUE: ReadonlySet<InputSheet> = new Set(['settings', 'profile']);

/** The row count once blank rows at the end are dropped (an open-ended range reaches the sheet's last row). */
function usedRows(values: readonly (readonly unknown[])[]): number {
  let rows = values.length;
  while (rows > 0 && values[rows - 1]!.every((cell) => cell === '' || cell === null)) rows -= 1;
  return rows;
}

/**
 * A label / value sheet's columns A:B in one lookup (`getRange("'Settings'!A:B")`, no `getSheetByName`), or
 * undefined when that range cannot be had (no such sheet, or a sheet with one column): the caller then
 * looks the sheet up as for any other.
 */
function labelValueRange(spreadsheet: Spreadsheet, name: string): Range | undefined {
  try {
    return spreadsheet.getRange(`'${name.replace(/'/g, "''")}'!A:B`);
  } catch {
    return undefined;
  }
}

/**
 * Reads `Settings` and the input sheets a run needs, each once: `Settings` and `Profile` (labels in column A,
 * values in B) as the range `A:B` in one lookup, the others with `getSheetByName` and `getDataRange`; then
 * `getValues`, and `getNumberFormats` of the same range only where a value reads differently in a cell
 * formatted as a percent (`needsFormats`; docs/performance.md counts the calls).
 *
 * @param spreadsheet - the spreadsheet to read (null: none, so only the defaults)
 * @param needs - the sheets besides `Settings`, e.g. `['profile', 'programs']`
 * @returns the inputs, and the sheets that exist
 * @example
 * readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['programs', 'cohort']).inputs.cohort?.applicants
 */
export function readWorkbook<N extends InputSheet>(
  spreadsheet: Spreadsheet | null,
  needs: readonly N[],
): WorkbookRead<N> {
  const values: InputValues = {};
  const formats: InputFormats = {};
  const sheets: Partial<Record<InputSheet, Sheet>> = {};
  for (const role of ['settings' as const, ...needs]) {
    let range = spreadsheet && LABEL_VALUE.has(role) ? labelValueRange(spreadsheet, SHEETS[role]) : undefined;
    if (spreadsheet && !range) {
      const sheet = spreadsheet.getSheetByName(SHEETS[role]);
      if (sheet) sheets[role] = sheet;
      range = sheet ? sheet.getDataRange() : undefined;
    }
    const read = range ? (range.getValues() as unknown[][]) : null;
    const rows = read ? usedRows(read) : 0;
    values[role] = read ? read.slice(0, rows) : null;
    if (range && read && needsFormats(role, values[role]!))
      formats[role] = range.getNumberFormats().slice(0, rows);
  }
  const lookAlikes = spreadsheet ? lookAlikesOf(spreadsheet, values) : {};
  return {
    inputs: readInputs(values, currentYear(), formats, { today: today(), lookAlikes }) as InputsWith<N>,
    sheets,
  };
}

/**
 * Whether a run cannot do without a sheet it read: Profile and Programs always; Cohort only in a run that
 * reads no Profile (a cohort run — beside the Profile, as in `getState` or `saveOutcomes`, it is optional);
 * Settings and Outcomes never.
 */
function isRequired(role: InputSheet, values: InputValues): boolean {
  if (role === 'profile' || role === 'programs') return true;
  return role === 'cohort' && !('profile' in values);
}

/**
 * For the sheets not found, a sheet named like each but for case or spaces around it (`Programs `). The
 * names are looked up — one `getSheets` and a `getName` a sheet — only when a sheet a run needs is missing
 * (the run is refused then, and the message should say which sheet to rename); the optional sheets are
 * checked in the same pass, never on their own.
 */
function lookAlikesOf(spreadsheet: Spreadsheet, values: InputValues): Partial<Record<InputSheet, string>> {
  const absent = (Object.keys(values) as InputSheet[]).filter((role) => values[role] === null);
  if (!absent.some((role) => isRequired(role, values))) return {};
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const found: Partial<Record<InputSheet, string>> = {};
  for (const role of absent) {
    const name = lookAlikeSheet(SHEETS[role], names);
    if (name !== undefined) found[role] = name;
  }
  return found;
}

/**
 * The settings in force for the active spreadsheet — `Settings`, with the fitted values of RadList's `Model`
 * sheet over them (the formulas never fit) — and issues for values that could not be read (each falls back
 * to its default); the defaults when there is no `Settings` sheet.
 *
 * @example
 * loadSettings().settings.competitiveFrom // 245 unless the Settings sheet moves it
 */
export function loadSettings(
  spreadsheet: Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet(),
  options: { model: boolean } = { model: true },
): Inputs['settings'] {
  const read = readWorkbook(spreadsheet, []).inputs.settings;
  if (!options.model) return read;
  return { ...read, settings: settingsWithModel(spreadsheet, read.settings) };
}
