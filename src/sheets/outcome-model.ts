/**
 * The chance model in force for a run: the `Outcomes` sheet as read, turned into the fit's observations (its
 * usable rows) and the columns it has, then fitted (core/chance-fit.ts). Without an `Outcomes` sheet, or
 * without enough usable rows, the Settings values are in force and the result says why.
 */

import type { OutcomeColumn } from '../core/chance-features.ts';
import { fitChanceModel, type ModelFit, type Observation } from '../core/chance-fit.ts';
import type { Settings } from '../core/settings.ts';
import type { OutcomesInput } from './inputs.ts';

/** Every Outcomes column the fit can use; a run passes on those its sheet has. */
export const FIT_COLUMNS: readonly OutcomeColumn[] = [
  'applicantType',
  'stepTwoScore',
  'typicalStepTwo',
  'minStepTwo',
  'imgShare',
  'programType',
  'rotated',
  'ties',
  'signal',
];

/**
 * The usable rows of `Outcomes` as observations.
 *
 * @param outcomes - the sheet as read
 * @returns one observation per usable row (a cycle, an applicant, invited or not)
 */
export function observationsOf(outcomes: OutcomesInput): Observation[] {
  return outcomes.records
    .filter((record) => record.usable)
    .map((record) => ({ ...record, cycle: record.cycle!, invited: record.invited! }));
}

/**
 * Fits the chance model to the `Outcomes` sheet (or keeps the Settings values).
 *
 * @param outcomes - the sheet as read, or null when the run did not read it
 * @param s - the settings read from `Settings`
 * @returns the model in force
 * @example
 * modelFromOutcomes(null, defaultSettings(2026)).fitted // false
 */
export function modelFromOutcomes(outcomes: OutcomesInput | null, s: Settings): ModelFit {
  if (outcomes === null) return fitChanceModel([], s, []);
  const columns = FIT_COLUMNS.filter((column) => outcomes.columns.includes(column));
  return fitChanceModel(observationsOf(outcomes), s, columns);
}
