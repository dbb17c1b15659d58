/**
 * Which sheets are RadList's. Every output sheet carries a mark — a note on its A1 cell naming what it is and
 * for whom — and RadList writes only into a sheet with its mark: a sheet of the same name that a person made
 * is never written over or emptied; the output goes to `NAME (2)` (or `(3)` …) instead and the result says
 * so. A sheet without a mark whose row 1 starts with a header row RadList writes, or wrote in an earlier
 * version, is adopted (marked and written), so workbooks from before marks keep their notes. A cohort
 * applicant's `List – NAME` is found only by its mark, which names the applicant (two names can clean to the
 * same sheet name). Pure: src/addon/output-sheets.ts looks the sheets up.
 */

import { fingerprint } from './sheet-layout.ts';
import { listSheetName, SHEETS } from './sheet-names.ts';
import { removeControls } from './text-safety.ts';
import {
  COHORT_LIST_COLUMNS,
  COHORT_SUMMARY_COLUMNS,
  PREVIOUS_COHORT_LIST_COLUMNS,
  PREVIOUS_COHORT_SUMMARY_COLUMNS,
} from './write-cohort.ts';
import { LIST_COLUMNS, PREVIOUS_LIST_COLUMNS } from './write-list.ts';
import { MODEL_COLUMNS } from './write-model.ts';
import { PLAN_COLUMNS } from './write-plan.ts';

/** Starts every mark, so a sheet any RadList output made is told from a person's. */
const MARK_START = 'RadList: ';

/** The most characters of a name a mark shows; a longer name is cut there and told apart by a fingerprint. */
const MARK_NAME_LIMIT = 200;

/**
 * A name as a mark shows it: control characters gone, spaces collapsed (a note keeps it as written); a name
 * longer than 200 characters (a Cohort cell holds up to 50,000, and a note no more than that) is cut there and ends
 * with a fingerprint of the whole name, so two long names that start alike still mark two sheets.
 */
function shown(name: string): string {
  const clean = removeControls(name).replace(/\s+/g, ' ').trim();
  if (clean.length <= MARK_NAME_LIMIT) return clean;
  return `${clean.slice(0, MARK_NAME_LIMIT)}… (name ${fingerprint(clean)})`;
}

/** One output sheet RadList writes: how it is named, marked and recognised. */
export interface OutputTarget {
  /** The name to try after the sheets already passed over (`taken`): `NAME`, then `NAME (2)` … */
  nameAfter(taken: readonly string[]): string;
  /** The A1 note that marks the sheet. */
  mark: string;
  /** True when a sheet's A1 note marks it as this output. */
  owns(note: string): boolean;
  /** True when an unmarked sheet's row 1 is a header RadList writes or wrote here (so it is adopted). */
  adopts(row1: readonly unknown[]): boolean;
}

/** Text of a header cell as written (an escaping apostrophe is not part of it). */
function headerText(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim() : String(cell ?? '').trim();
}

/**
 * True when row 1 starts with one of the header rows, cell for cell (columns people added may follow).
 *
 * @example
 * startsWithHeader(['Item', 'Value', 'Details', 'My notes'], [['Item', 'Value', 'Details']]) // true
 */
export function startsWithHeader(row1: readonly unknown[], headers: readonly (readonly string[])[]): boolean {
  return headers.some(
    (header) => header.length > 0 && header.every((label, i) => headerText(row1[i]) === label),
  );
}

/** `NAME`, then `NAME (2)`, `NAME (3)` … after the names passed over. */
function numbered(base: string): (taken: readonly string[]) => string {
  return (taken) => (taken.length === 0 ? base : `${base} (${taken.length + 1})`);
}

/** A fixed-name output: marked by what it is, whoever it is for now (a Profile's name may change). */
function fixedTarget(
  base: string,
  what: string,
  whom: string,
  after: string,
  headers: readonly (readonly string[])[],
): OutputTarget {
  const start = `${MARK_START}the ${what} of `;
  return {
    nameAfter: numbered(base),
    mark: `${start}${whom}. ${after}`,
    owns: (note) => note.startsWith(start),
    adopts: (row1) => startsWithHeader(row1, headers),
  };
}

/**
 * The Profile applicant's `Application List`.
 *
 * @param applicantName - whose list it is
 * @example
 * listTarget('Ana Li').mark // 'RadList: the Application List of Ana Li. Regenerating it …'
 */
export function listTarget(applicantName: string): OutputTarget {
  return fixedTarget(
    SHEETS.list,
    'Application List',
    shown(applicantName),
    'Regenerating it from the sidebar keeps your Notes and the columns you add.',
    [LIST_COLUMNS, PREVIOUS_LIST_COLUMNS],
  );
}

/** The Profile applicant's `Application Plan`. */
export function planTarget(applicantName: string): OutputTarget {
  return fixedTarget(
    SHEETS.plan,
    'Application Plan',
    shown(applicantName),
    'Regenerating it keeps the columns you add, row by row.',
    [PLAN_COLUMNS],
  );
}

/**
 * The cohort's `Cohort Summary`. Its mark also records the version of the programs and settings the run
 * ranks against (`cohortRunVersion`), so a later batch can tell they changed (`runVersionOf`).
 *
 * @param runVersion - the run's version ('' when only finding the sheet)
 */
export function cohortSummaryTarget(runVersion = ''): OutputTarget {
  return fixedTarget(
    SHEETS.cohortSummary,
    'Cohort Summary',
    'the Cohort sheet',
    `Each cohort run rewrites it and keeps the columns you add, by applicant.${
      runVersion ? ` Run on Programs and Settings version ${runVersion}.` : ''
    }`,
    [COHORT_SUMMARY_COLUMNS, PREVIOUS_COHORT_SUMMARY_COLUMNS],
  );
}

/**
 * The programs-and-settings version a `Cohort Summary`'s mark records, or null when it records none.
 *
 * @example
 * runVersionOf(cohortSummaryTarget('0a1b2c3d').mark) // '0a1b2c3d'
 */
export function runVersionOf(note: string): string | null {
  return /Run on Programs and Settings version ([0-9a-f]{8})\.$/.exec(note)?.[1] ?? null;
}

/** The cohort's `Cohort Lists`. */
export function cohortListsTarget(): OutputTarget {
  return fixedTarget(
    SHEETS.cohortLists,
    'Cohort Lists',
    'the Cohort sheet',
    'Each cohort run rewrites it and keeps your Notes and the columns you add, by applicant and program.',
    [COHORT_LIST_COLUMNS, PREVIOUS_COHORT_LIST_COLUMNS],
  );
}

/**
 * A cohort applicant's `List – NAME`: found only by the mark that names this applicant.
 *
 * @param applicantName - the cohort applicant
 * @example
 * applicantListTarget('Ana Li').nameAfter([]) // 'List – Ana Li'
 */
export function applicantListTarget(applicantName: string): OutputTarget {
  const mark = `${MARK_START}the list of ${shown(applicantName)}. Regenerating it from the sidebar keeps your Notes.`;
  return {
    nameAfter: (taken) => listSheetName(applicantName, [...taken]),
    mark,
    owns: (note) => note === mark,
    adopts: () => false,
  };
}

/**
 * The chance model in force, `Model` (src/sheets/write-model.ts): the formulas read its fitted values, so only
 * a sheet with this mark is ever read or written.
 *
 * @example
 * modelTarget().owns(modelTarget().mark) // true
 */
export function modelTarget(): OutputTarget {
  return fixedTarget(
    SHEETS.model,
    'Model',
    "this spreadsheet's chance model",
    'Each list or cohort run rewrites it from Outcomes and Settings; the formulas read its fitted values.',
    [MODEL_COLUMNS],
  );
}

/**
 * The `Cohort Dashboard` (src/sheets/write-dashboard.ts). RadList owns its columns A–R and its three charts;
 * the rest of the sheet is the advisor's. Never adopted: an unmarked sheet of that name is a person's.
 */
export function dashboardTarget(): OutputTarget {
  return fixedTarget(
    SHEETS.cohortDashboard,
    'Cohort Dashboard',
    'the Cohort sheet',
    'Each cohort run rewrites columns A–R and its three charts; the rest of the sheet is yours.',
    [],
  );
}

/**
 * True when a note is any RadList output's mark (a sheet RadList made, perhaps for someone else).
 *
 * @example
 * isRadListMark('my own notes') // false
 */
export function isRadListMark(note: string): boolean {
  return note.startsWith(MARK_START);
}
