/**
 * The fictional sample workbook of SPEC section 7, shared by `setupSheets({ withSamples: true })`, the local
 * playground (`npm start`) and the tests: a `Profile`, 40 invented `Programs` (labelled fictional in their
 * `Source` column), an eight-applicant `Cohort` and a fictional four-cycle `Outcomes` history. Values are as a person would type them; write them as they
 * are (not through `asCellText`), so `=RAD_TIER(C2:C9)` becomes a formula and dates become dates. Treat the
 * arrays as read-only: `sampleWorkbook()` gives a fresh copy to change.
 */
import { SAMPLE_COHORT } from './sample-cohort.ts';
import { sampleOutcomes } from './sample-outcomes.ts';
import { SAMPLE_PROFILE } from './sample-profile.ts';
import { SAMPLE_PROGRAMS } from './sample-programs.ts';

/** The sample sheets' names. */
export type SampleSheet = 'Profile' | 'Programs' | 'Cohort' | 'Outcomes';

/**
 * The sample sheets by name. `Outcomes` (a fictional four-cycle history, src/samples/sample-outcomes.ts) is
 * made when first asked for, so loading the add-on costs nothing for it.
 */
export const SAMPLE_WORKBOOK: Readonly<Record<SampleSheet, unknown[][]>> = {
  Profile: SAMPLE_PROFILE,
  Programs: SAMPLE_PROGRAMS,
  Cohort: SAMPLE_COHORT,
  get Outcomes() {
    return sampleOutcomes();
  },
};

/**
 * A fresh copy of the sample workbook, safe to change.
 *
 * @returns the three sheets' values, copied row by row
 * @example
 * sampleWorkbook().Programs[1][0] // 'Lakeview Regional Radiology'
 */
export function sampleWorkbook(): Record<SampleSheet, unknown[][]> {
  return {
    Profile: SAMPLE_PROFILE.map((row) => [...row]),
    Programs: SAMPLE_PROGRAMS.map((row) => [...row]),
    Cohort: SAMPLE_COHORT.map((row) => [...row]),
    Outcomes: sampleOutcomes(),
  };
}
