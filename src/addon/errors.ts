/**
 * Every refusal and failure a server function can give, made in one place: each is a `RadListError` with a
 * code (see `ERROR_CODES` in api.ts) and the plain message for the user. Server functions throw these;
 * `runAction` (execution.ts) sends them to the sidebar with the code attached.
 */
import { describeMissing, lacksSheet, type MissingInput } from '../sheets/missing.ts';
import { showCell } from '../sheets/parse-cell.ts';
import { groupDigits, type Overflow } from '../sheets/sheet-limits.ts';
import type { ErrorCode } from './api.ts';

/** A refusal or failure meant for the user as it is, with the code the sidebar acts on. */
export class RadListError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'RadListError';
    this.code = code;
  }
}

/** The message of any thrown value, without the `Exception: ` prefix Apps Script adds. */
export function messageOf(error: unknown): string {
  const raw =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return raw.replace(/^(Exception|Error):\s*/, '').trim();
}

const SET_UP_HINT = 'Use "Set up sheets" in the RadList sidebar or menu to create what is missing.';

/** Each failure by what happened; call one and throw what it returns. */
export const failures = {
  /** A server function's argument is not what it expects: `fn: what was expected.` */
  badArgument: (fn: string, detail: string) => new RadListError('BAD_ARGUMENT', `${fn}: ${detail}.`),

  locked: () =>
    new RadListError(
      'LOCKED',
      'RadList is already working in this spreadsheet (a list or cohort run started by you or someone else). ' +
        'Nothing was changed. Wait until it finishes, then try again.',
    ),

  /**
   * The inputs lack something. "Set up sheets" is offered only when a whole sheet is missing, the one thing
   * it can fix (it never changes a sheet that exists); the other sentences already say what to type where.
   */
  missingInputs: (missing: readonly MissingInput[]) => {
    const sentences = missing.map(describeMissing).join(' ');
    return lacksSheet(missing)
      ? new RadListError('MISSING_SHEET', `${sentences} ${SET_UP_HINT}`)
      : new RadListError('MISSING_INPUT', sentences);
  },

  noApplicant: () =>
    new RadListError('MISSING_INPUT', 'No applicant was found. Fill in the Profile sheet first.'),

  unknownApplicant: (name: string) =>
    new RadListError(
      'UNKNOWN_APPLICANT',
      `There is no applicant named "${showCell(name)}" in the Cohort sheet.`,
    ),

  cohortChanged: () =>
    new RadListError(
      'COHORT_CHANGED',
      'The Cohort sheet (or the Cohort Summary) changed while the cohort lists were being made (an applicant ' +
        'was added, removed or moved), so this step would skip someone. Nothing was changed by this step: ' +
        'generate the cohort lists again from the start.',
    ),

  programsChanged: () =>
    new RadListError(
      'PROGRAMS_CHANGED',
      'The Programs or Settings sheet changed while the cohort lists were being made, so the applicants still ' +
        'to come would be ranked against a different program list from those already done. Nothing was ' +
        'changed by this step: generate the cohort lists again from the start.',
    ),

  /** The output would not fit Sheets' limits; `advice` says what to do. */
  tooLarge: (overflow: Overflow, advice: string) =>
    new RadListError(
      'TOO_LARGE',
      (overflow.kind === 'cells'
        ? `This would need about ${groupDigits(overflow.needed)} cells in this spreadsheet, and Google Sheets ` +
          `allows ${groupDigits(overflow.limit)} in one spreadsheet, counting every sheet.`
        : `This would need ${groupDigits(overflow.columns)} columns in one sheet, and Google Sheets allows ` +
          `${groupDigits(overflow.limit)}.`) + ` Nothing was changed. ${advice}`,
    ),

  /** A write failed and some of it could not be undone. */
  partlyWritten: (cause: unknown, sheetNames: readonly string[]) =>
    new RadListError(
      'PARTLY_WRITTEN',
      `Google Sheets failed while RadList was writing (${messageOf(cause)}), and RadList could not put ` +
        `everything back: ${sheetNames.map((name) => `"${name}"`).join(' and ')} may be partly updated. ` +
        `Generate again to rebuild ${sheetNames.length > 1 ? 'them' : 'it'}; your Notes are kept.`,
    ),

  /** The work is done (`written` says what is written, `next` what to do now) but releasing the lock failed. */
  lockNotReleased: (written: string, next: string, cause: unknown) =>
    new RadListError(
      'LOCK_NOT_RELEASED',
      `Done: ${written}. Only letting go of the spreadsheet afterwards failed (${messageOf(cause)}); Google ` +
        `lets go of it when this run ends. ${next}`,
    ),
  /** `Outcomes` exists but RadList cannot tell its rows apart; `why` says what to do. */
  outcomesRefused: (why: string) => new RadListError('MISSING_INPUT', why),

  sheetGone: (name: string) => new RadListError('SHEET_GONE', `There is no sheet named "${name}" any more.`),

  /** The cell an issue names is beyond the sheet's last row or column; `last` is its last cell (`Z1000`). */
  cellGone: (sheet: string, cell: string, last: string) =>
    new RadListError(
      'CELL_GONE',
      `The sheet "${sheet}" has no cell ${cell}: it goes from A1 to ${last}. Rows or columns may have been ` +
        'deleted since the issue was found; generate again to see the issues as they are now.',
    ),

  noDrive: () =>
    new RadListError('NO_DRIVE', 'Sharing needs the Drive service, which is not turned on for RadList.'),

  /** Sharing failed; `removed` says whether the new file could be deleted again. */
  shareFailed: (email: string, cause: unknown, removed: boolean, fileName: string) =>
    new RadListError(
      'SHARE_FAILED',
      `RadList could not share the list with ${email} (${messageOf(cause)}). ` +
        (removed
          ? 'The new file was removed, so nothing was shared. Check the address and try again.'
          : `The new file "${fileName}" could not be removed; delete it from your Google Drive.`),
    ),

  /** Anything unexpected while doing `action` (plain words: `generate the list`). */
  unexpected: (action: string, cause: unknown) =>
    new RadListError(
      'FAILED',
      `RadList could not ${action} (${messageOf(cause)}). ` +
        'Nothing was changed; your previous sheets are as they were. Please try again.',
    ),
} as const;
