/**
 * `generateCohort({ start, size })` (SPEC section 5): one batch of cohort applicants per call. Each call
 * reads `Cohort`, `Programs` and `Settings` once, ranks the batch's applicants until the batch or the call's
 * time budget runs out, and writes `Cohort Summary` and `Cohort Lists` so that both always describe the
 * same applicants. `start = 0` begins a fresh run (both sheets rebuilt, other applicants' notes moved to the
 * "no longer listed" block); later batches write only the tail of `Cohort Lists` in place (see
 * cohort-sheets.ts), so a 60,000-row sheet is never rewritten per batch. A failure
 * part-way leaves both sheets as they were before the call; a retried batch replaces its own rows.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import type { Applicant, Issue } from '../core/types.ts';
import { issueAt } from '../sheets/a1.ts';
import { APPLICANT_FIELDS, matchFields } from '../sheets/headers.ts';
import { readCohort } from '../sheets/read-cohort.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { type CohortListEntry, type CohortSummaryRow, summaryRowFor } from '../sheets/write-cohort.ts';
import type { CohortProgress } from './api.ts';
import { writeBatchInPlace, writeWholeSheets } from './cohort-sheets.ts';
import { failures } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { ISSUES_SHOWN } from './generate-list.ts';
import { readProgramInputs, refuseIfMissing } from './inputs.ts';
import { parseArgs } from './validate.ts';
import { readSheet } from './workbook.ts';

/** Applicants per call when the sidebar does not say. */
export const DEFAULT_BATCH_SIZE = 25;
/** The most applicants one call ranks, whatever `size` asks for. */
export const MAX_BATCH_SIZE = 100;
/** The most `Cohort Lists` rows one call writes (applicants × programs), keeping each write small. */
export const MAX_ROWS_PER_BATCH = 20_000;
/**
 * Once a call has run this long it ranks no further applicant (at least one is always ranked) and goes on
 * to write: the writes are a small, fixed number of calls, so the call ends far inside the 6-minute limit.
 */
export const RANKING_BUDGET_MS = 150_000;

interface CohortApplicant {
  applicant: Applicant;
  row: number;
  issues: Issue[];
}

/**
 * The cohort applicants a run lists, and the issues of every row it leaves out: rows without a name or
 * repeating a name (the reader leaves those out) and rows whose Step 2 CK cannot be read.
 */
function usableApplicants(values: unknown[][]): { usable: CohortApplicant[]; leftOut: Issue[] } {
  const read = readCohort(values);
  refuseIfMissing(read.missing);
  const scoreColumn = matchFields(values[0] ?? [], APPLICANT_FIELDS).positions.get('stepTwoScore');
  const byRow = new Map<number, Issue[]>();
  for (const issue of read.issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const usable: CohortApplicant[] = [];
  const leftOut: Issue[] = [];
  const listed = new Set<number>();
  /** Rows left out here: their issues are already in `leftOut`, reworded. */
  const skipped = new Set<number>();
  for (const { applicant, row } of read.applicants) {
    const issues = byRow.get(row) ?? [];
    const isScoreIssue = (issue: Issue) => scoreColumn !== undefined && issue.column === scoreColumn + 1;
    if (scoreColumn !== undefined && issues.some(isScoreIssue)) {
      // The reader's "treated as unknown" for the score is replaced by why the row is left out.
      skipped.add(row);
      leftOut.push(
        ...issues.filter((issue) => !isScoreIssue(issue)),
        issueAt(
          SHEETS.cohort,
          row,
          scoreColumn + 1,
          `Row ${row} is left out of the cohort lists because its Step 2 CK cannot be read (expected a number from 1 to 300, or N/A). Fix the score and run the cohort again.`,
        ),
      );
      continue;
    }
    listed.add(row);
    usable.push({ applicant, row, issues });
  }
  for (const issue of read.issues) {
    if (!listed.has(issue.row) && !skipped.has(issue.row)) leftOut.push(issue);
  }
  return { usable, leftOut: [...new Set(leftOut)] };
}

/**
 * A later batch goes on from where the run stopped, by position; if applicants were added, removed or
 * moved in `Cohort` since the run began, positions no longer match and someone would be skipped. The
 * `Cohort Summary` lists, in order, everyone the run has done: when it does not start with the applicants
 * before `start`, the batch is refused before anything is written.
 */
function refuseIfCohortChanged(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  before: CohortApplicant[],
): void {
  const summary = spreadsheet.getSheetByName(SHEETS.cohortSummary);
  const lastRow = summary ? summary.getLastRow() : 0;
  const done = summary && lastRow > 1 ? summary.getRange(2, 1, lastRow - 1, 1).getValues() : [];
  const fold = (name: unknown) =>
    String(name ?? '')
      .trim()
      .toLowerCase();
  const changed = before.some((entry, i) => fold(done[i]?.[0]) !== fold(entry.applicant.name));
  if (changed) throw failures.cohortChanged();
}

/**
 * Processes one batch of cohort applicants and writes `Cohort Summary` and `Cohort Lists`.
 *
 * @param args - `{ start?: number; size?: number }`: the first applicant (0-based, in cohort order; 0 starts
 *   a fresh run) and how many to process (default 25, at most 100)
 * @returns `{ done, next, total, processed, issues, issueCount }`; call again with `start: next` until done
 * @example
 * generateCohort({ start: 0, size: 25 }) // { done: false, next: 25, total: 300, processed: 25, … }
 */
export function generateCohort(args?: unknown): CohortProgress {
  return runAction('generate the cohort lists', () => {
    const { start = 0, size = DEFAULT_BATCH_SIZE } = parseArgs('cohort', 'generateCohort', args);
    return withDocumentLock(() => {
      const began = Date.now();
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const inputs = readProgramInputs(spreadsheet);
      refuseIfMissing(inputs.missing);
      const cohortValues = readSheet(spreadsheet, SHEETS.cohort);
      if (!cohortValues) refuseIfMissing([{ kind: 'missing-sheet', sheet: SHEETS.cohort }]);
      const { usable, leftOut } = usableApplicants(cohortValues ?? []);
      const total = usable.length;
      const first = Math.min(start, total);
      if (first > 0) refuseIfCohortChanged(spreadsheet, usable.slice(0, first));
      const rowCap = Math.max(1, Math.floor(MAX_ROWS_PER_BATCH / Math.max(1, inputs.programs.length)));
      const last = Math.min(total, first + Math.min(size, MAX_BATCH_SIZE, rowCap));
      const entries: CohortListEntry[] = [];
      const summaries: CohortSummaryRow[] = [];
      const issues: Issue[] = first === 0 ? [...leftOut, ...inputs.issues] : [];
      for (let index = first; index < last; index++) {
        if (entries.length > 0 && Date.now() - began >= RANKING_BUDGET_MS) break;
        const { applicant, issues: own } = usable[index]!;
        const { ranked, plan } = makeApplicantList(applicant, inputs.programs, inputs.settings);
        entries.push({ applicant: applicant.name, ranked });
        summaries.push(summaryRowFor(applicant, plan, ranked, own));
        issues.push(...own);
      }
      if (first === 0 || entries.length > 0) {
        const fresh = first === 0;
        const wroteInPlace = !fresh && writeBatchInPlace(spreadsheet, entries, summaries);
        if (!wroteInPlace) writeWholeSheets(spreadsheet, entries, summaries, { fresh });
      }
      const next = first + entries.length;
      return {
        done: next >= total,
        next,
        total,
        processed: entries.length,
        issues: issues.slice(0, ISSUES_SHOWN),
        issueCount: issues.length,
      };
    });
  });
}
