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
import type { ModelFit } from '../core/chance-fit.ts';
import { firstIssues } from '../core/plan-summary.ts';
import type { Settings } from '../core/settings.ts';
import type { Issue } from '../core/types.ts';
import { issueAt } from '../sheets/a1.ts';
import {
  type CohortApplicant,
  cohortRunVersion,
  summaryMatches,
  usableApplicants,
} from '../sheets/cohort-rows.ts';
import type { Inputs } from '../sheets/inputs.ts';
import { modelFromOutcomes } from '../sheets/outcome-model.ts';
import { cohortSummaryTarget, runVersionOf } from '../sheets/output-marks.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import {
  COHORT_LIST_LAYOUT,
  type CohortListEntry,
  type CohortSummaryRow,
  summaryRowFor,
} from '../sheets/write-cohort.ts';
import { sentSignalIndex, sentSignalsFor } from '../sheets/write-list.ts';
import type { CohortProgress, GenerateCohortArgs } from './api.ts';
import { now } from './clock.ts';
import {
  type CohortProjection,
  type CohortSheets,
  type CohortSheetsNow,
  findCohortSheets,
  writeBatchInPlace,
  writeWholeSheets,
} from './cohort-sheets.ts';
import { failures, messageOf } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { modelOutput } from './model-sheet.ts';
import { readWorkbook } from './read-workbook.ts';
import { refuseIfMissing } from './require-inputs.ts';
import { writeDashboard } from './season-charts.ts';
import { parseArgs } from './validate.ts';
import { writeOutputs } from './workbook.ts';

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

/**
 * Refuses a later batch, before anything is written, when the `Cohort Summary` (everyone the run has done, in
 * order) does not start with the applicants before `start`, or when its mark records other programs or
 * settings than the run has now.
 */
function refuseIfRunChanged(
  summary: CohortSheetsNow['summary'],
  done: readonly CohortApplicant[],
  runVersion: string,
): void {
  const names = summary.before ? summary.before.values.slice(1) : [];
  if (!summaryMatches(names, done)) throw failures.cohortChanged();
  if (runVersionOf(summary.note) !== runVersion) throw failures.programsChanged();
}

/**
 * The rows a whole run will write, for the size check of its first batch: every program of every applicant in
 * `Cohort Lists`, or with "Apply rows only in Cohort Lists" at most the largest recommended count each (the
 * Apply set is never larger).
 */
function projectRun(applicants: number, programs: number, settings: Settings): CohortProjection {
  const perApplicant =
    settings.cohortListsApplyOnly === 1
      ? Math.min(
          programs,
          Math.max(
            settings.countStrong,
            settings.countMildlyLow,
            settings.countModeratelyLow,
            settings.countSignificantlyLow,
          ),
        )
      : programs;
  return {
    summaryRows: 1 + applicants,
    listsRows: 1 + applicants * Math.max(1, perApplicant),
    applyOnly: settings.cohortListsApplyOnly === 1,
  };
}

/**
 * The end of a cohort run: the `Model` sheet (when there are Outcomes) and the `Cohort Dashboard`. The lists
 * are written by then, so a failure here is reported as an issue (each of the two is put back as it was).
 */
function finishRun(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  summaryValues: unknown[][],
  fit: ModelFit,
  inputs: Inputs,
  issues: Issue[],
): void {
  const problem = (what: string, error: unknown) =>
    issues.push(
      issueAt(
        SHEETS.cohortSummary,
        1,
        1,
        `The ${what} could not be written (${messageOf(error)}); the cohort lists were. Generate the cohort lists again to rebuild it.`,
      ),
    );
  try {
    const model = modelOutput(spreadsheet, fit, inputs.settings.settings, inputs.outcomes);
    if (model) writeOutputs(spreadsheet, [model]);
  } catch (error) {
    problem('Model sheet', error);
  }
  try {
    writeDashboard(spreadsheet, summaryValues, fit.settings);
  } catch (error) {
    problem('Cohort Dashboard', error);
  }
  issues.push(...(inputs.outcomes?.issues ?? []));
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
export function generateCohort(args?: GenerateCohortArgs): CohortProgress {
  return runAction('generate the cohort lists', () => {
    const { start = 0, size = DEFAULT_BATCH_SIZE } = parseArgs('cohort', 'generateCohort', args);
    return withDocumentLock(
      () => {
        const began = now();
        const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
        const { inputs } = readWorkbook(spreadsheet, ['programs', 'cohort', 'outcomes']);
        refuseIfMissing(inputs.programs.missing);
        refuseIfMissing(inputs.cohort.missing);
        const { usable, leftOut } = usableApplicants(inputs.cohort);
        const { programs } = inputs.programs;
        // The model in force: fitted to Outcomes in every batch (the same rows give the same fit), so every
        // batch ranks with the same parameters; the Model sheet is written once, at the end of the run.
        const fit = modelFromOutcomes(inputs.outcomes, inputs.settings.settings);
        const settings = fit.settings;
        const total = usable.length;
        const first = Math.min(start, total);
        const runVersion = cohortRunVersion(programs, settings);
        const applyOnly = settings.cohortListsApplyOnly === 1;
        const found = findCohortSheets(spreadsheet, first === 0);
        if (first > 0) refuseIfRunChanged(found.summary, usable.slice(0, first), runVersion);
        const rowCap = Math.max(1, Math.floor(MAX_ROWS_PER_BATCH / Math.max(1, programs.length)));
        const last = Math.min(total, first + Math.min(size, MAX_BATCH_SIZE, rowCap));
        const entries: CohortListEntry[] = [];
        const summaries: CohortSummaryRow[] = [];
        const issues: Issue[] =
          first === 0 ? [...leftOut, ...inputs.settings.issues, ...inputs.programs.issues] : [];
        // Signals written in Cohort Lists' `Signal sent` count in each applicant's plan (one read per batch).
        const absentColumns = new Set(inputs.programs.absentColumns);
        const sentIndex = sentSignalIndex(found.listsValues, COHORT_LIST_LAYOUT);
        for (let index = first; index < last; index++) {
          if (entries.length > 0 && now() - began >= RANKING_BUDGET_MS) break;
          const { applicant, issues: own } = usable[index]!;
          const sentSignals = sentSignalsFor(sentIndex, COHORT_LIST_LAYOUT, programs, applicant.name);
          const { ranked, plan } = makeApplicantList(applicant, programs, settings, {
            sentSignals,
            absentColumns,
          });
          // With "Apply rows only in Cohort Lists", the long sheet holds the Apply set alone (the summary counts all).
          entries.push({
            applicant: applicant.name,
            ranked: applyOnly ? ranked.filter((row) => row.apply) : ranked,
          });
          summaries.push(summaryRowFor(applicant, plan, ranked, own, settings.atRiskBelow));
          issues.push(...own);
        }
        let written: CohortSheets | null = null;
        if (first === 0 || entries.length > 0) {
          const fresh = first === 0;
          const summary = cohortSummaryTarget(runVersion);
          written = fresh ? null : writeBatchInPlace(entries, summaries, found);
          const projected = fresh ? projectRun(total, programs.length, settings) : undefined;
          written ??= writeWholeSheets(spreadsheet, entries, summaries, {
            fresh,
            summary,
            projected,
            lists: found.lists,
          });
        }
        const next = first + entries.length;
        if (next >= total && written !== null)
          finishRun(spreadsheet, written.summaryValues, fit, inputs, issues);
        return {
          done: next >= total,
          next,
          total,
          processed: entries.length,
          ...firstIssues(issues),
          summarySheet: written?.summary ?? null,
          listsSheet: written?.lists ?? null,
          leftAlone: written?.leftAlone ?? [],
        };
      },
      {
        written: 'this batch of the cohort lists was written',
        next: 'Generate the cohort lists again to finish the rest.',
      },
    );
  });
}
