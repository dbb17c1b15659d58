/**
 * `getState` (SPEC section 5): what the sidebar shows before anything is generated — which input sheets
 * exist, the applicant(s) found, how many programs, the data issues, the settings in force, and plain
 * sentences for anything missing. Reads only.
 */
import { absentColumnNotes } from '../core/outlook.ts';
import { dataNoteIssues, firstIssues } from '../core/plan-summary.ts';
import { defaultSettings, SETTING_DEFS } from '../core/settings.ts';
import { applicantTier } from '../core/tier.ts';
import { sheetExists } from '../sheets/inputs.ts';
import { describeMissing } from '../sheets/missing.ts';
import { unrecognisedColumns } from '../sheets/read-programs.ts';
import type { StateResult } from './api.ts';
import { currentYear } from './clock.ts';
import { runAction } from './execution.ts';
import { readWorkbook } from './read-workbook.ts';

/**
 * Reads the workbook and reports its state.
 *
 * @returns the state the sidebar shows
 */
export function getState(): StateResult {
  return runAction('read the workbook', () => {
    const { inputs } = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), ['profile', 'programs', 'cohort']);
    const { profile, programs, cohort } = inputs;
    const s = inputs.settings.settings;
    const defaults = defaultSettings(currentYear());
    const applicant = profile.applicant;
    // The plan's notes on whole Programs columns, for whichever applicants they concern (each note once).
    const absent = new Set(programs.absentColumns);
    const instead = unrecognisedColumns(programs.unrecognised);
    const everyone = [
      ...(applicant ? [applicant] : []),
      ...cohort.applicants.map((entry) => entry.applicant),
    ];
    const notes = [...new Set(everyone.flatMap((one) => absentColumnNotes(absent, one, instead)))];
    const issues = [
      ...dataNoteIssues(notes),
      ...profile.issues,
      ...inputs.settings.issues,
      ...programs.issues,
      ...cohort.issues,
    ];
    // The Cohort sheet is optional: only what is wrong with one that has something in it is said.
    const cohortMissing = cohort.missing.filter(
      (entry) =>
        (entry.kind !== 'missing-sheet' || entry.found !== undefined) && entry.kind !== 'empty-sheet',
    );
    return {
      sheets: {
        profile: sheetExists(profile),
        programs: sheetExists(programs),
        cohort: sheetExists(cohort),
        settings: inputs.settings.present,
      },
      applicant: applicant
        ? {
            name: applicant.name,
            stepTwoScore: applicant.stepTwoScore,
            tier: applicantTier(applicant, s),
          }
        : null,
      cohort: cohort.applicants.map((entry) => entry.applicant.name),
      programCount: programs.programs.length,
      missing: [...profile.missing, ...programs.missing, ...cohortMissing].map(describeMissing),
      ...firstIssues(issues),
      settings: SETTING_DEFS.map((def) => ({
        label: def.label,
        value: s[def.key],
        isDefault: s[def.key] === defaults[def.key],
      })),
    };
  });
}
