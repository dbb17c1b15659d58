/**
 * Which `Cohort` rows a cohort run lists, and whether a run that goes on by position still lines up with the
 * sheet. Pure: the add-on reads the sheets (src/addon/generate-cohort.ts).
 */
import type { Applicant, Issue } from '../core/types.ts';
import { issueAt } from './a1.ts';
import type { CohortInput } from './inputs.ts';
import { sameKey } from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

/** One applicant a run lists: their row and the issues of their own cells. */
export interface CohortApplicant {
  applicant: Applicant;
  row: number;
  issues: Issue[];
}

/**
 * The cohort applicants a run lists, and the issues of every row it leaves out: rows without a name or
 * repeating a name (the reader leaves those out) and rows whose Step 2 CK cannot be read.
 *
 * @param cohort - the Cohort as read
 * @returns the applicants listed, in sheet order, and the issues of the rows left out
 * @example
 * usableApplicants(readCohort([['Name', 'Step 2 CK'], ['Ana', 'abc']])).usable // []
 */
export function usableApplicants(cohort: CohortInput): { usable: CohortApplicant[]; leftOut: Issue[] } {
  const scoreColumn = cohort.columns.get('stepTwoScore');
  const byRow = new Map<number, Issue[]>();
  for (const issue of cohort.issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const usable: CohortApplicant[] = [];
  const leftOut: Issue[] = [];
  const listed = new Set<number>();
  /** Rows left out here: their issues are already in `leftOut`, reworded. */
  const skipped = new Set<number>();
  const isScoreIssue = (issue: Issue) => issue.column === scoreColumn;
  for (const { applicant, row } of cohort.applicants) {
    const issues = byRow.get(row) ?? [];
    if (scoreColumn !== undefined && issues.some(isScoreIssue)) {
      // The reader's "treated as unknown" for the score is replaced by why the row is left out.
      skipped.add(row);
      leftOut.push(
        ...issues.filter((issue) => !isScoreIssue(issue)),
        issueAt(
          SHEETS.cohort,
          row,
          scoreColumn,
          `Row ${row} is left out of the cohort lists because its Step 2 CK cannot be read (expected a number from 1 to 300, or N/A). Fix the score and run the cohort again.`,
        ),
      );
      continue;
    }
    listed.add(row);
    usable.push({ applicant, row, issues });
  }
  for (const issue of cohort.issues) {
    if (!listed.has(issue.row) && !skipped.has(issue.row)) leftOut.push(issue);
  }
  return { usable, leftOut: [...new Set(leftOut)] };
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
