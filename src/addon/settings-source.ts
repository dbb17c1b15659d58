/**
 * Where the add-on gets the `Settings` in force: the `Settings` sheet of the active spreadsheet read in one
 * `getValues` call, or the defaults when there is no such sheet. Read-only (safe for custom functions: no
 * writes, no Ui, no Properties); this is the only place that reads the clock for the default `Cycle year`.
 */
import { defaultSettings, type Settings } from '../core/settings.ts';
import type { Issue } from '../core/types.ts';
import { readSettings } from '../sheets/read-settings.ts';
import { SHEETS } from '../sheets/sheet-names.ts';

export interface LoadedSettings {
  settings: Settings;
  /** Unreadable `Settings` values (each falls back to its default). */
  issues: Issue[];
}

/**
 * The settings in force for the active spreadsheet.
 *
 * @param spreadsheet - the spreadsheet to read (default: the active one)
 * @returns the settings, and issues for values that could not be read; defaults when `Settings` is absent
 * @example
 * loadSettings().settings.competitiveFrom // 245 unless the Settings sheet moves it
 */
export function loadSettings(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null = SpreadsheetApp.getActiveSpreadsheet(),
): LoadedSettings {
  const currentYear = new Date().getFullYear();
  const sheet = spreadsheet ? spreadsheet.getSheetByName(SHEETS.settings) : null;
  if (!sheet) return { settings: defaultSettings(currentYear), issues: [] };
  const values = sheet.getDataRange().getValues() as unknown[][];
  const { settings, issues } = readSettings(values, currentYear);
  return { settings, issues };
}
