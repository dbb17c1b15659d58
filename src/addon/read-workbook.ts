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
import { SHEETS } from '../sheets/sheet-names.ts';
import { currentYear } from './clock.ts';
import { settingsWithModel } from './model-sheet.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Inputs in which the sheets a run asked for are there (a sheet that does not exist says so in `missing`). */
export type InputsWith<N extends InputSheet> = Inputs & {
  [K in N & keyof Inputs]: NonNullable<Inputs[K]>;
};

/** What a run read: the parsed inputs, and the sheets themselves for the few writes on inputs. */
export interface WorkbookRead<N extends InputSheet> {
  inputs: InputsWith<N>;
  sheets: Partial<Record<InputSheet, Sheet>>;
}

/**
 * Reads `Settings` and the input sheets a run needs: `getDataRange` and `getValues` a sheet, and for
 * `Profile`, `Programs` and `Cohort` also `getNumberFormats` of the same range (so a fraction in a percent
 * cell is read as one; docs/performance.md counts the extra call).
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
    const sheet = spreadsheet ? spreadsheet.getSheetByName(SHEETS[role]) : null;
    const range = sheet ? sheet.getDataRange() : null;
    values[role] = range ? (range.getValues() as unknown[][]) : null;
    if (range && role !== 'settings' && role !== 'outcomes') formats[role] = range.getNumberFormats();
    if (sheet) sheets[role] = sheet;
  }
  return { inputs: readInputs(values, currentYear(), formats) as InputsWith<N>, sheets };
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
