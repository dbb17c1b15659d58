/**
 * `getState` (SPEC section 5): what the sidebar shows before anything is generated — which input sheets
 * exist, the applicant(s) found, how many programs, the data issues, the settings in force, and plain
 * sentences for anything missing. Reads only.
 */
import { defaultSettings, SETTING_DEFS } from '../core/settings.ts';
import { countFailedAttempts, tierFor } from '../core/tier.ts';
import { describeMissing, lacksSheet } from '../sheets/missing.ts';
import type { StateResult } from './api.ts';
import { runAction } from './execution.ts';
import { ISSUES_SHOWN } from './generate-list.ts';
import { currentYear, readCohortInput, readProfileInput, readProgramInputs } from './inputs.ts';

/**
 * Reads the workbook and reports its state.
 *
 * @returns the state the sidebar shows
 */
export function getState(): StateResult {
  return runAction('read the workbook', () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const inputs = readProgramInputs(spreadsheet);
    const profile = readProfileInput(spreadsheet);
    const cohort = readCohortInput(spreadsheet);
    const s = inputs.settings;
    const defaults = defaultSettings(currentYear());
    const applicant = profile.applicant;
    const issues = [...profile.issues, ...inputs.issues, ...cohort.issues];
    // The Cohort sheet is optional: only what is wrong with one that has something in it is said.
    const cohortMissing = cohort.missing.filter(
      (entry) => entry.kind !== 'missing-sheet' && entry.kind !== 'empty-sheet',
    );
    const missing = [...profile.missing, ...inputs.missing, ...cohortMissing].map(describeMissing);
    return {
      sheets: {
        profile: profile.values !== null,
        programs: inputs.programValues !== null,
        cohort: !lacksSheet(cohort.missing),
        settings: inputs.hasSettingsSheet,
      },
      applicant: applicant
        ? {
            name: applicant.name,
            stepTwoScore: applicant.stepTwoScore,
            tier: tierFor(applicant.stepTwoScore, countFailedAttempts(applicant), s),
          }
        : null,
      cohort: cohort.applicants.map((entry) => entry.applicant.name),
      programCount: inputs.programs.length,
      missing,
      issues: issues.slice(0, ISSUES_SHOWN),
      issueCount: issues.length,
      settings: SETTING_DEFS.map((def) => ({
        label: def.label,
        value: s[def.key],
        isDefault: s[def.key] === defaults[def.key],
      })),
    };
  });
}
