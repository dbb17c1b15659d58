/**
 * What a mentor receives when a list is shared (SPEC section 5, `shareList`), said before it is sent: the
 * file's name, its two sheets and their columns, what is left out without scores, and what is never in it.
 * The sidebar shows this preview; `shareList` builds the file from the same names and the same list layout,
 * so the preview cannot drift from the file (a test compares them through the built add-on).
 */
import { listColumns, SCORE_COLUMNS } from './list-columns.ts';

/** The shared file's two sheets, in order. */
export const SHARED_SHEETS = { list: 'List', plan: 'Plan' } as const;

/**
 * The shared file's name: the applicant's name only, cleaned of characters Drive shows badly.
 *
 * @param applicantName - whose list it is
 * @returns e.g. `RadList – Ana Li – list and plan`
 * @example
 * sharedFileName('Ana\tLi') // 'RadList – Ana Li – list and plan'
 */
export function sharedFileName(applicantName: string): string {
  const clean = applicantName
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `RadList – ${clean.slice(0, 120) || 'Applicant'} – list and plan`;
}

/** One sheet of the shared file as the preview describes it. */
export interface SharedSheetPreview {
  name: string;
  /** The List's columns, in order; for the Plan, its sections. */
  holds: string[];
  /** What this sheet leaves out, in plain words ('' when nothing). */
  leftOut: string;
}

export interface SharePreview {
  fileName: string;
  sheets: SharedSheetPreview[];
  /** Said every time: what is never in a shared file. */
  never: string;
}

/** The Plan's sections, as the shared plan holds them. */
const PLAN_PARTS = [
  'summary (tier, recommended count, ERAS cost)',
  'expected interviews',
  'programs by category',
  'what to do next',
  'advice',
  'PGY-1 year',
  'red flags',
  'checklist',
  'signals',
  'data issues',
];

/**
 * The preview of a shared file.
 *
 * @param applicantName - whose list it is
 * @param includeScores - whether Step scores (and the columns they could be worked out from) are in it
 * @returns the file's name, its sheets with what they hold and leave out, and what is never shared
 * @example
 * sharePreview('Ana Li', false).sheets[0].leftOut // 'Chance, Fit, Min Step 2 CK, … (your score could be worked out from them) …'
 */
export function sharePreview(applicantName: string, includeScores: boolean): SharePreview {
  const columns = listColumns(includeScores);
  return {
    fileName: sharedFileName(applicantName),
    sheets: [
      {
        name: SHARED_SHEETS.list,
        holds: columns,
        leftOut: includeScores
          ? 'Your Notes, Signal sent and Status are not copied.'
          : `${SCORE_COLUMNS.join(', ')} (your score could be worked out from them), and the chance figures in Why. Your Notes, Signal sent and Status are not copied.`,
      },
      {
        name: SHARED_SHEETS.plan,
        holds: PLAN_PARTS,
        leftOut: includeScores
          ? ''
          : 'Your Step 2 CK and any Step score in the advice, and the data issues found in your Profile.',
      },
    ],
    never:
      'Never shared: other applicants, the Cohort and Outcomes sheets, your Settings, or anything else in this spreadsheet. Each share makes a new file.',
  };
}
