/**
 * The `Model` sheet at the Apps Script edge: where it is (the sheet carrying RadList's Model mark: `Model`,
 * or `Model (2)` … when a person has a sheet of that name), the parameters in force it holds (read by the
 * formulas, which never fit), and the finished output a list run writes with its other outputs. A run writes
 * the Model when an `Outcomes` sheet exists, or to bring an earlier Model back to the defaults when
 * `Outcomes` is gone.
 */
import type { ModelFit } from '../core/chance-fit.ts';
import type { Settings } from '../core/settings.ts';
import type { Issue } from '../core/types.ts';
import type { OutcomesInput } from '../sheets/inputs.ts';
import { modelTarget } from '../sheets/output-marks.ts';
import { applyModel } from '../sheets/read-model.ts';
import { readMark } from '../sheets/sheet-layout.ts';
import { buildModelSheet } from '../sheets/write-model.ts';
import { locateOutput, placeOutput } from './output-sheets.ts';
import type { PendingOutput } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The settings in force for the formulas: `Settings`, with the fitted values of RadList's `Model` sheet put
 * over them (no fit here: custom functions only read).
 *
 * @param spreadsheet - the spreadsheet (read-only is enough)
 * @param settings - the settings read from `Settings`
 * @returns the settings in force
 */
export function settingsWithModel(spreadsheet: Spreadsheet | null, settings: Settings): Settings {
  if (!spreadsheet) return settings;
  // No sheet is made here: a formula only reads (one lookup and one note when there is no Model sheet).
  const found = locateOutput(spreadsheet, modelTarget(), { adopt: false });
  if (!found.sheet) return settings;
  return applyModel(found.sheet.getDataRange().getValues() as unknown[][], settings).settings;
}

/**
 * The `Model` output of a run, or null when there is nothing to write (no Outcomes sheet, and no Model sheet
 * of RadList's to bring back to the defaults).
 *
 * @param spreadsheet - the active spreadsheet
 * @param fit - the model in force
 * @param settings - the settings read from `Settings` (before the fit)
 * @param outcomes - the Outcomes sheet as read
 * @param lookForOld - whether to look for a Model to bring back to the defaults when there is no Outcomes
 *   sheet: a run that finds its list does; a first list does not (one lookup fewer on the run everyone makes
 *   first; a Model left from deleted Outcomes then goes back to the defaults at the next run)
 * @returns the output for `writeOutputs`, or null
 */
export function modelOutput(
  spreadsheet: Spreadsheet,
  fit: ModelFit,
  settings: Settings,
  outcomes: OutcomesInput | null,
  lookForOld = true,
): PendingOutput | null {
  const hasOutcomes = outcomes !== null && !outcomes.missing.some((m) => m.kind === 'missing-sheet');
  if (!hasOutcomes && !lookForOld) return null;
  const target = modelTarget();
  const place = placeOutput(spreadsheet, target);
  if (!hasOutcomes && (!place.sheet || !target.owns(readMark(place.note).mark))) return null;
  const issues: Issue[] = hasOutcomes ? outcomes.issues : [];
  return {
    name: place.name,
    before: place.before,
    output: buildModelSheet(fit, settings, issues),
    mark: target.mark,
  };
}
