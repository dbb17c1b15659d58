/**
 * Reads what a run needs — `Settings`, `Programs`, and `Profile` or `Cohort` — each in one `getValues`
 * call, parses it into records and issues, and says plainly what is missing. Nothing is written here.
 */
import type { Settings } from '../core/settings.ts';
import type { Applicant, Issue, Program } from '../core/types.ts';
import type { MissingInput } from '../sheets/missing.ts';
import { readCohort } from '../sheets/read-cohort.ts';
import { readProfile } from '../sheets/read-profile.ts';
import { readPrograms } from '../sheets/read-programs.ts';
import { readSettings } from '../sheets/read-settings.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { failures } from './errors.ts';
import { readSheetWithHandle } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ProgramInputs {
  settings: Settings;
  /** Whether a `Settings` sheet exists. */
  hasSettingsSheet: boolean;
  programs: Program[];
  programsSheet: Sheet | null;
  programValues: unknown[][] | null;
  issues: Issue[];
  missing: MissingInput[];
}

/** The year `Cycle year` defaults to (the add-on edge is the only place that reads the clock). */
export function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * Reads `Settings` (optional) and `Programs`.
 *
 * @param spreadsheet - the active spreadsheet
 * @returns settings, programs, the Programs sheet, issues and what is missing
 */
export function readProgramInputs(spreadsheet: Spreadsheet): ProgramInputs {
  const settingsRead = readSheetWithHandle(spreadsheet, SHEETS.settings);
  const { settings, issues: settingsIssues } = readSettings(settingsRead.values ?? [], currentYear());
  const hasSettingsSheet = settingsRead.values !== null;
  const programsRead = readSheetWithHandle(spreadsheet, SHEETS.programs);
  if (!programsRead.values) {
    return {
      settings,
      hasSettingsSheet,
      programs: [],
      programsSheet: null,
      programValues: null,
      issues: settingsIssues,
      missing: [{ kind: 'missing-sheet', sheet: SHEETS.programs }],
    };
  }
  const { programs, issues, missing } = readPrograms(programsRead.values);
  return {
    settings,
    hasSettingsSheet,
    programs,
    programsSheet: programsRead.sheet,
    programValues: programsRead.values,
    issues: [...settingsIssues, ...issues],
    missing,
  };
}

/** The Profile applicant and the Profile's values, or what is missing. */
export function readProfileInput(spreadsheet: Spreadsheet): {
  applicant: Applicant | null;
  values: unknown[][] | null;
  issues: Issue[];
  missing: MissingInput[];
} {
  const { values } = readSheetWithHandle(spreadsheet, SHEETS.profile);
  if (!values)
    return {
      applicant: null,
      values: null,
      issues: [],
      missing: [{ kind: 'missing-sheet', sheet: SHEETS.profile }],
    };
  return { ...readProfile(values), values };
}

/** Every Cohort applicant, or what is missing. */
export function readCohortInput(spreadsheet: Spreadsheet): ReturnType<typeof readCohort> {
  const { values } = readSheetWithHandle(spreadsheet, SHEETS.cohort);
  if (!values)
    return { applicants: [], issues: [], missing: [{ kind: 'missing-sheet', sheet: SHEETS.cohort }] };
  return readCohort(values);
}

/**
 * One applicant with their own data issues: the Profile applicant (no name given), or a Cohort applicant by
 * name (case and surrounding spaces ignored).
 *
 * @param spreadsheet - the active spreadsheet
 * @param name - a Cohort name, or undefined for the Profile applicant
 * @returns the applicant and the issues of their own cells
 */
export function findApplicant(
  spreadsheet: Spreadsheet,
  name: string | undefined,
): { applicant: Applicant; issues: Issue[] } {
  if (name === undefined) {
    const profile = readProfileInput(spreadsheet);
    refuseIfMissing(profile.missing);
    if (!profile.applicant) throw failures.noApplicant();
    return { applicant: profile.applicant, issues: profile.issues };
  }
  const cohort = readCohortInput(spreadsheet);
  refuseIfMissing(cohort.missing);
  const wanted = name.trim().toLowerCase();
  const found = cohort.applicants.find((entry) => entry.applicant.name.trim().toLowerCase() === wanted);
  if (!found) throw failures.unknownApplicant(name);
  const own = cohort.issues.filter((issue) => issue.row === found.row);
  return { applicant: found.applicant, issues: own };
}

/** Refuses the run, saying what is missing, when anything is. */
export function refuseIfMissing(missing: readonly MissingInput[]): void {
  if (missing.length > 0) throw failures.missingInputs(missing);
}
