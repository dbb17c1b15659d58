/**
 * The input sheets of one run, read into one `Inputs` value: the settings in force, and whichever of
 * `Profile`, `Programs` and `Cohort` the run needs, each with its records, its issues, what it lacks and where
 * its fields are (header positions are matched here, once, for every use). Pure: the add-on reads the sheets'
 * values (src/addon/read-workbook.ts) and hands them in with the year; nothing here touches Apps Script.
 */
import type { Settings } from '../core/settings.ts';
import type { Applicant, Issue, Program } from '../core/types.ts';
import { issueAt } from './a1.ts';
import { entryIssues } from './check-entries.ts';
import type { MissingInput } from './missing.ts';
import { readCohort } from './read-cohort.ts';
import { inSheetOrder, type ReadContext, sameKey } from './read-fields.ts';
import { readOutcomes } from './read-outcomes.ts';
import { readProfile } from './read-profile.ts';
import { readPrograms } from './read-programs.ts';
import { readSettings } from './read-settings.ts';
import { SHEETS } from './sheet-names.ts';

/** The input sheets by role. */
export type InputSheet = 'profile' | 'programs' | 'cohort' | 'settings' | 'outcomes';

/** A run's raw input values: a sheet's `getValues()`, null when it does not exist, absent when not needed. */
export type InputValues = Partial<Record<InputSheet, unknown[][] | null>>;

/** The number formats of the same ranges (`getNumberFormats()`), where they were read. */
export type InputFormats = Partial<Record<InputSheet, unknown[][] | null>>;

export type ProfileInput = ReturnType<typeof readProfile>;
export type ProgramsInput = ReturnType<typeof readPrograms>;
export type CohortInput = ReturnType<typeof readCohort>;
export type OutcomesInput = ReturnType<typeof readOutcomes>;

export interface SettingsInput {
  /** Whether a `Settings` sheet exists (the defaults are used without one). */
  present: boolean;
  settings: Settings;
  issues: Issue[];
}

/** Everything a run reads, parsed once. A sheet the run did not need is null. */
export interface Inputs {
  settings: SettingsInput;
  profile: ProfileInput | null;
  programs: ProgramsInput | null;
  cohort: CohortInput | null;
  /** The advisor's past results (an optional sheet: `missing` says when it does not exist). */
  outcomes: OutcomesInput | null;
}

const absent = (sheet: (typeof SHEETS)[InputSheet], found: string | undefined): MissingInput[] => [
  found === undefined ? { kind: 'missing-sheet', sheet } : { kind: 'missing-sheet', sheet, found },
];

/** What a run knows besides the sheets' values: today, and the look-alike names of sheets not found. */
export interface ReadOptions {
  /** Today as `YYYY-MM-DD`: a `Last verified` date after it is an issue. */
  today?: string;
  /** For a sheet not found, a sheet named like it but for case or spaces (`Programs `). */
  lookAlikes?: Partial<Record<InputSheet, string>>;
}

/** The issue for an optional sheet (Settings, Outcomes) that is there only under a look-alike name. */
function lookAlikeIssue(found: string, sheet: string, instead: string): Issue {
  return issueAt(
    found,
    1,
    1,
    `This sheet is named '${found}' — rename it to '${sheet}' so RadList reads it; ${instead}.`,
  );
}

/**
 * Reads the input sheets a run needs.
 *
 * @param values - each needed sheet's values (null: the sheet does not exist)
 * @param currentYear - the year `Cycle year` means when blank
 * @param formats - each sheet's number formats, where read (a fraction in a percent cell is a fraction)
 * @param options - today (a `Last verified` date after it is an issue) and the look-alike names of sheets not
 *   found (named in `missing`, or in an issue for Settings and Outcomes)
 * @returns the inputs; a sheet that does not exist is read as empty and says so in `missing`
 * @example
 * readInputs({ programs: null }, 2026).programs?.missing // [{ kind: 'missing-sheet', sheet: 'Programs' }]
 */
export function readInputs(
  values: InputValues,
  currentYear: number,
  formats: InputFormats = {},
  options: ReadOptions = {},
): Inputs {
  const { today, lookAlikes = {} } = options;
  const settingsRead = readSettings(values.settings ?? [], currentYear, formats.settings ?? undefined);
  // The cycle year in force (Settings may move it) and today tell the readers which dates cannot be true yet.
  const context: ReadContext = {
    cycleYear: settingsRead.settings.cycleYear,
    fitMinimum: {
      rows: settingsRead.settings.outcomesMinRows,
      applicants: settingsRead.settings.outcomesMinApplicants,
    },
    ...(today !== undefined ? { today } : {}),
  };
  const read = <T extends { missing: MissingInput[] }>(
    sheet: InputSheet,
    reader: (values: unknown[][], formats?: unknown[][], context?: ReadContext) => T,
  ): T | null => {
    const own = values[sheet];
    if (own === undefined) return null;
    if (own !== null) return reader(own, formats[sheet] ?? undefined, context);
    return { ...reader([]), missing: absent(SHEETS[sheet], lookAlikes[sheet]) };
  };
  const settingsIssues = [...settingsRead.issues];
  if (values.settings === null && lookAlikes.settings !== undefined) {
    settingsIssues.push(
      lookAlikeIssue(lookAlikes.settings, SHEETS.settings, 'until then the defaults are used'),
    );
  }
  const outcomes = read('outcomes', readOutcomes);
  if (outcomes !== null && values.outcomes === null && lookAlikes.outcomes !== undefined) {
    outcomes.issues.push(lookAlikeIssue(lookAlikes.outcomes, SHEETS.outcomes, 'until then it is not used'));
  }
  const profile = read('profile', readProfile);
  const programs = read('programs', readPrograms);
  const cohort = read('cohort', readCohort);
  if (programs !== null) checkEntries(profile, cohort, programs.programs);
  return {
    settings: {
      present: values.settings != null,
      settings: settingsRead.settings,
      issues: settingsIssues,
    },
    profile,
    programs,
    cohort,
    outcomes,
  };
}

/**
 * Adds the issues of Rotations and Ties entries that name nothing in the program list (`entryIssues`) to the
 * Profile's and each Cohort row's issues, keeping them in sheet order.
 */
function checkEntries(
  profile: ProfileInput | null,
  cohort: CohortInput | null,
  programs: readonly Program[],
): void {
  if (programs.length === 0) return;
  if (profile?.applicant) {
    const labels = profile.labels;
    const found = entryIssues(profile.applicant, programs, (key) => {
      const label = labels.get(key);
      return label === undefined ? undefined : { sheet: SHEETS.profile, row: label.row, column: 2 };
    });
    if (found.length > 0) profile.issues = inSheetOrder([...profile.issues, ...found]);
  }
  if (cohort !== null && cohort.applicants.length > 0) {
    const found = cohort.applicants.flatMap(({ applicant, row }) =>
      entryIssues(applicant, programs, (key) => {
        const column = cohort.columns.get(key);
        return column === undefined ? undefined : { sheet: SHEETS.cohort, row, column };
      }),
    );
    if (found.length > 0) cohort.issues = inSheetOrder([...cohort.issues, ...found]);
  }
}

/**
 * Whether a sheet the run read exists.
 *
 * @example
 * sheetExists(readInputs({ cohort: null }, 2026).cohort) // false
 */
export function sheetExists(input: { missing: readonly MissingInput[] } | null): boolean {
  return input !== null && !input.missing.some((entry) => entry.kind === 'missing-sheet');
}

/**
 * A cohort applicant by name — case, surrounding spaces and runs of spaces ignored — with the issues of their
 * own row.
 *
 * @param cohort - the Cohort as read
 * @param name - the name asked for
 * @returns the applicant and their row's issues, or null when nobody has that name
 * @example
 * findCohortApplicant(readCohort([['Name'], ['Ana Li']]), ' ana li ')?.applicant.name // 'Ana Li'
 */
export function findCohortApplicant(
  cohort: CohortInput,
  name: string,
): { applicant: Applicant; row: number; issues: Issue[] } | null {
  const wanted = sameKey(name);
  const found = cohort.applicants.find((entry) => sameKey(entry.applicant.name) === wanted);
  if (!found) return null;
  return { ...found, issues: cohort.issues.filter((issue) => issue.row === found.row) };
}
