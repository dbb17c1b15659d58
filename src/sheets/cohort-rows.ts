/**
 * Which `Cohort` rows a cohort run lists, and whether a run that goes on by position still lines up with the
 * sheet and ranks against the same programs and settings. Pure: the add-on reads the sheets (src/addon/generate-cohort.ts).
 */
import type { Settings } from '../core/settings.ts';
import type { Applicant, Issue, Program } from '../core/types.ts';
import type { CohortInput } from './inputs.ts';
import { sameKey } from './read-fields.ts';

/** One applicant a run lists: their row and the issues of their own cells. */
export interface CohortApplicant {
  applicant: Applicant;
  row: number;
  issues: Issue[];
}

/**
 * The cohort applicants a run lists, and the issues of every row it leaves out (rows without a name or
 * repeating a name: the reader leaves those out). An applicant whose Step 2 CK is blank or cannot be read is
 * listed with the score unknown, as the Profile flow does; the reader's issue names the cell.
 *
 * @param cohort - the Cohort as read
 * @returns the applicants listed, in sheet order, with their own rows' issues, and the issues of the rows
 *   left out
 * @example
 * usableApplicants(readCohort([['Name', 'Step 2 CK'], ['Ana', 'abc']])).usable[0]?.applicant.stepTwoScore // null
 */
export function usableApplicants(cohort: CohortInput): { usable: CohortApplicant[]; leftOut: Issue[] } {
  const byRow = new Map<number, Issue[]>();
  for (const issue of cohort.issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const listed = new Set(cohort.applicants.map((entry) => entry.row));
  const usable = cohort.applicants.map(({ applicant, row }) => ({
    applicant,
    row,
    issues: byRow.get(row) ?? [],
  }));
  return { usable, leftOut: cohort.issues.filter((issue) => !listed.has(issue.row)) };
}

/**
 * True when the names in `Cohort Summary`'s first column start with the applicants a run has done, in order.
 * A later batch goes on by position: if applicants were added, removed or moved in `Cohort` since the run
 * began, the positions no longer match and someone would be skipped.
 *
 * @param summaryNames - column A of `Cohort Summary` below its header
 * @param done - the applicants before the batch's start, as the Cohort reads now
 * @example
 * summaryMatches([['Ana'], ['Ben']], [{ applicant: { name: 'ana' } }]) // true
 */
export function summaryMatches(
  summaryNames: readonly (readonly unknown[])[],
  done: readonly { applicant: { name: string } }[],
): boolean {
  return done.every(
    (entry, i) => sameKey(String(summaryNames[i]?.[0] ?? '')) === sameKey(entry.applicant.name),
  );
}

/**
 * A short fingerprint of the programs and settings a cohort run ranks against: the first batch records it in
 * the `Cohort Summary`'s mark, and a later batch refuses when it differs, so no cohort is ranked against two
 * program lists. A program's sheet row is left out (inserting a blank row changes nothing ranked).
 *
 * @param programs - the programs read
 * @param settings - the settings in force
 * @returns eight hex digits
 * @example
 * cohortRunVersion([], defaultSettings(2026)) // e.g. '5f3a9c1e'
 */
export function cohortRunVersion(programs: readonly Program[], settings: Settings): string {
  const text = JSON.stringify([programs.map(({ row: _row, ...program }) => program), settings]);
  // FNV-1a, 32 bits: enough to tell an edited list from the one a run began with.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
