/**
 * The plain-JSON contract between the sidebar and the server functions of SPEC section 5: the payload types,
 * and how a failure carries its code. The sidebar imports the types and the two small functions below
 * (no Apps Script in them), so a changed payload breaks the build, not the user.
 */
import type { Issue, Tier } from '../core/types.ts';

/** Why a server function refused or failed. The sidebar chooses what to offer by the code, never by the words. */
export const ERROR_CODES = [
  /** An argument is not what the function expects. */
  'BAD_ARGUMENT',
  /** Another run holds the spreadsheet's document lock. */
  'LOCKED',
  /** An input sheet does not exist ("Set up sheets" makes it). */
  'MISSING_SHEET',
  /** An input sheet lacks a required column, its rows, or the applicant. */
  'MISSING_INPUT',
  /** No cohort applicant has the name asked for. */
  'UNKNOWN_APPLICANT',
  /** The Cohort sheet changed between two batches of one run. */
  'COHORT_CHANGED',
  /** The Programs or Settings sheet changed between two batches of one run. */
  'PROGRAMS_CHANGED',
  /** A write failed and could not all be undone: the sheets named may be partly updated. */
  'PARTLY_WRITTEN',
  /** The work was done and its sheets written; only releasing the document lock afterwards failed. */
  'LOCK_NOT_RELEASED',
  /** The output would not fit Google Sheets' size limits; nothing was written. */
  'TOO_LARGE',
  /** The sheet an issue names is gone. */
  'SHEET_GONE',
  /** The cell an issue names is outside its sheet now (rows or columns were deleted). */
  'CELL_GONE',
  /** The Drive service is not turned on. */
  'NO_DRIVE',
  /** Sharing with the mentor failed. */
  'SHARE_FAILED',
  /** Anything else; nothing was changed. */
  'FAILED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** How a code rides at the end of a failure's message (google.script.run passes the message only). */
const TAG_START = ' [RadList:';

/**
 * The message a server function throws to the sidebar: the human message with its code at the end.
 *
 * @param code - why it failed
 * @param message - plain words for the user
 * @returns the text of the thrown Error
 * @example
 * failureText('LOCKED', 'RadList is already working…') // 'RadList is already working… [RadList:LOCKED]'
 */
export function failureText(code: ErrorCode, message: string): string {
  return `${message}${TAG_START}${code}]`;
}

/**
 * Takes a failure's code out of its text (the last tag, wherever a prefix or suffix put it).
 *
 * @param text - the failure's message as it arrived
 * @returns the code (null when it has none, e.g. an error from Google itself) and the message without it
 * @example
 * readFailure('Exception: There is no Programs sheet. [RadList:MISSING_SHEET]')
 * // { code: 'MISSING_SHEET', message: 'Exception: There is no Programs sheet.' }
 */
export function readFailure(text: string): { code: ErrorCode | null; message: string } {
  const at = text.lastIndexOf(TAG_START);
  const end = at < 0 ? -1 : text.indexOf(']', at);
  const code = end < 0 ? '' : text.slice(at + TAG_START.length, end);
  if (!(ERROR_CODES as readonly string[]).includes(code)) return { code: null, message: text };
  return { code: code as ErrorCode, message: text.slice(0, at) + text.slice(end + 1) };
}

export interface SheetPresence {
  profile: boolean;
  programs: boolean;
  cohort: boolean;
  settings: boolean;
}

export interface SettingInForce {
  label: string;
  value: number;
  /** True when the value in force is the default (blank, or typed the same as the default). */
  isDefault: boolean;
}

export interface StateResult {
  sheets: SheetPresence;
  /** The Profile applicant, or null when there is no readable Profile. */
  applicant: { name: string; stepTwoScore: number | null; tier: Tier | null } | null;
  /** Cohort applicant names, in sheet order (duplicates and blank names left out). */
  cohort: string[];
  programCount: number;
  /** Plain sentences naming what is missing (a sheet, a required header, an empty sheet); empty when ready. */
  missing: string[];
  /** At most 200 data issues; `issueCount` is the full number. */
  issues: Issue[];
  issueCount: number;
  settings: SettingInForce[];
}

export interface SetupArgs {
  withSamples?: boolean;
}

export interface SetupResult {
  /** Sheets this call created. */
  created: string[];
  /** Sheets that already existed and were left untouched. */
  kept: string[];
  /**
   * Sheets not made because one is there under a look-alike name (`Programs ` with a space): a sentence each
   * saying what to rename. Absent when there are none.
   */
  renameFirst?: string[];
}

export interface GenerateListArgs {
  /** A cohort applicant's name; omitted for the Profile applicant. */
  applicant?: string;
}

export type { PlanSummary } from '../core/plan-summary.ts';

export interface GenerateCohortArgs {
  start?: number;
  size?: number;
}

export interface CohortProgress {
  done: boolean;
  /** Index of the next applicant to process (0-based, in cohort order). */
  next: number;
  total: number;
  /** Applicants processed by this call. */
  processed: number;
  issues: Issue[];
  issueCount: number;
  /** The sheets this call wrote (null when it wrote nothing). */
  summarySheet: string | null;
  listsSheet: string | null;
  /** Sheets named like the cohort outputs that RadList did not make, left as they were. */
  leftAlone: string[];
}

export interface SaveOutcomesArgs {
  /** The cycle (a year); default the Settings `Cycle year`. */
  cycle?: number;
  /** The season is over: programs still `Applied` are saved as `Not invited`. */
  final?: boolean;
}

export interface SaveOutcomesResult {
  /** Rows saved to `Outcomes` for the cycle (SPEC section 5: the row count). */
  rows: number;
  cycle: number;
  final: boolean;
  /** Applications still `Applied` that were left out (only without `final`). */
  waiting: number;
  /** RadList rows of the cycle written over in place, and those emptied (their status was cleared). */
  replaced: number;
  emptied: number;
  /** Status cells that could not be saved, by cell (at most 200; `issueCount` is the full number). */
  issues: Issue[];
  issueCount: number;
}

export interface SelectCellArgs {
  sheet: string;
  /** A1 notation, e.g. `F7`. */
  cell: string;
}

export interface ShareListArgs {
  applicant?: string;
  email: string;
  role: 'commenter' | 'viewer';
  includeScores?: boolean;
}

export interface ShareResult {
  url: string;
  fileId: string;
  fileName: string;
}
