/**
 * `setupSheets` (SPEC section 5): creates whichever of `Profile`, `Programs`, `Cohort` and `Settings` is
 * missing — with headers, or with the fictional sample workbook (which adds its fictional `Outcomes`
 * history too) — and never touches a sheet that exists.
 * If anything fails part-way, the sheets this call created are removed again.
 */
import { defaultSettings } from '../core/settings.ts';
import { SAMPLE_WORKBOOK } from '../samples/sample-workbook.ts';
import { describeMissing } from '../sheets/missing.ts';
import { lookAlikeSheet, SHEETS } from '../sheets/sheet-names.ts';
import type { SheetOutput } from '../sheets/sheet-output.ts';
import {
  buildEmptyInputSheets,
  buildSettingsSheet,
  hintFormats,
  profileWithHints,
} from '../sheets/write-inputs.ts';
import type { SetupArgs, SetupResult } from './api.ts';
import { currentYear } from './clock.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { parseArgs } from './validate.ts';
import { fillSheet } from './workbook.ts';

const INPUTS = [SHEETS.profile, SHEETS.programs, SHEETS.cohort, SHEETS.settings] as const;
type Made = (typeof INPUTS)[number] | typeof SHEETS.outcomes;

/** A sample sheet as a person would have typed it: rows padded to one width, header row frozen. */
function sampleOutput(values: unknown[][], frozenRows: number, columnWidths?: number[]): SheetOutput {
  const width = Math.max(...values.map((row) => row.length), 1);
  const rows = values.map((row) =>
    Array.from({ length: width }, (_, i) => {
      const cell = row[i];
      return typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string' ? cell : '';
    }),
  );
  return {
    values: rows,
    backgrounds: rows.map((row, r) => row.map(() => (r < frozenRows ? '#efefef' : '#ffffff'))),
    frozenRows,
    columnWidths,
  };
}

/** The sample Profile with the hint for each field in column C (and a row for each field it leaves out). */
function sampleProfile(columnWidths?: number[]): SheetOutput {
  const rows = profileWithHints(SAMPLE_WORKBOOK.Profile);
  return { ...sampleOutput(rows, 0, columnWidths), ...hintFormats() };
}

/**
 * Creates the missing input sheets.
 *
 * @param args - `{ withSamples?: boolean }`: also fill them with the fictional sample workbook
 * @returns the sheets created and the ones kept as they were
 */
export function setupSheets(args?: SetupArgs): SetupResult {
  return runAction('set up the sheets', () => {
    const { withSamples = false } = parseArgs('setup', 'setupSheets', args);
    return withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const empty = buildEmptyInputSheets();
      const outputs: Partial<Record<Made, SheetOutput>> = {
        Profile: withSamples ? sampleProfile(empty.Profile.columnWidths) : empty.Profile,
        Programs: withSamples
          ? sampleOutput(SAMPLE_WORKBOOK.Programs, 1, empty.Programs.columnWidths)
          : empty.Programs,
        Cohort: withSamples
          ? sampleOutput(SAMPLE_WORKBOOK.Cohort, 1, empty.Cohort.columnWidths)
          : empty.Cohort,
        Settings: buildSettingsSheet(defaultSettings(currentYear())),
      };
      const names: Made[] = [...INPUTS];
      if (withSamples) {
        outputs.Outcomes = sampleOutput(SAMPLE_WORKBOOK.Outcomes, 1);
        names.push(SHEETS.outcomes);
      }
      const absent = names.filter((name) => spreadsheet.getSheetByName(name) === null);
      // A sheet there under a look-alike name (`Programs `) is named, never made again beside it.
      const existing = absent.length > 0 ? spreadsheet.getSheets().map((sheet) => sheet.getName()) : [];
      const lookAlikes = absent.flatMap((name) => {
        const found = lookAlikeSheet(name, existing);
        return found === undefined ? [] : [{ kind: 'missing-sheet' as const, sheet: name, found }];
      });
      const missing = absent.filter((name) => !lookAlikes.some((entry) => entry.sheet === name));
      const created: GoogleAppsScript.Spreadsheet.Sheet[] = [];
      try {
        for (const name of missing) {
          const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
          created.push(sheet);
          fillSheet(sheet, outputs[name]!);
        }
        // Each new sheet became the active one; land the user on the Profile, where they start.
        if (missing.includes(SHEETS.profile)) created[0]?.activate();
      } catch (error) {
        for (const sheet of created) {
          try {
            spreadsheet.deleteSheet(sheet);
          } catch {
            // Keep removing the others; the original error is reported.
          }
        }
        throw error;
      }
      return {
        created: [...missing],
        kept: names.filter((name) => !absent.includes(name)),
        ...(lookAlikes.length > 0 ? { renameFirst: lookAlikes.map(describeMissing) } : {}),
      };
    });
  });
}
