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
import { marksFor, readListMarks } from '../sheets/list-statuses.ts';
import { modelFromOutcomes } from '../sheets/outcome-model.ts';
import { cohortSummaryTarget, runVersionOf } from '../sheets/output-marks.ts';
import { readMark } from '../sheets/sheet-layout.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import {
  COHORT_LIST_LAYOUT,
  type CohortListEntry,
  type CohortSummaryRow,
  summaryRowFor,
} from '../sheets/write-cohort.ts';
import type { CohortProgress, GenerateCohortArgs } from './api.ts';
import { now } from './clock.ts';
import {
  type CohortProjection,
  type CohortSheets,
  type CohortSheetsNow,
  findCohortSheets,
  readBatchTails,
  writeBatchTails,
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

/** The most applicants one call ranks, whatever `size` asks for. */
export const MAX_BATCH_SIZE = 100;
/**
 * The most `Cohort Lists` rows one call writes (applicants × their rows): the batch size comes from it. At
 * the cap a batch ranks 20,000 applicant × program pairs and writes 300,000 cells in one `setValues` (15
 * columns), about 3 s of cells at the cost model's 0.01 ms a cell, with some 40 calls (4 s at 100 ms) and a
 * second or two of ranking — about 10 s estimated, a thirtieth of Apps Script's 6 minutes, which leaves room
 * for a real spreadsheet being several times slower than the model (RadList's judgment; the bench measures
 * each batch). A 1,000 × 300 cohort takes 16 batches (`batchSizeFor`).
 */
export const MAX_ROWS_PER_BATCH = 20_000;
/**
 * Once a call has run this long it ranks no further applicant (at least one is always ranked) and goes on
 * to write: the writes are a small, fixed number of calls, so the call ends far inside the 6-minute limit.
 */
export const RANKING_BUDGET_MS = 150_000;

/**
 * Applicants per call: as many as keep the call's `Cohort Lists` rows under `MAX_ROWS_PER_BATCH` (each
 * applicant has a row a program, or with "Apply rows only in Cohort Lists" at most the largest recommended
 * count), at most `MAX_BATCH_SIZE` and no more than `size` asks for — then spread evenly over the batches
 * that takes, so every batch of a run does about the same work (1,000 applicants at 300 programs: 16 batches
 * of 63, the last 55, rather than 15 of 66 and one of 10).
 *
 * @param rowsPerApplicant - the `Cohort Lists` rows one applicant takes (at most)
 * @param total - the applicants in the run
 * @param size - what the caller asked for, if anything
 * @example
 * batchSizeFor(300, 1000) // 63
 */
export function batchSizeFor(rowsPerApplicant: number, total: number, size?: number): number {
  const byRows = Math.floor(MAX_ROWS_PER_BATCH / Math.max(1, rowsPerApplicant));
  const most = Math.max(1, Math.min(byRows, MAX_BATCH_SIZE, size ?? MAX_BATCH_SIZE));
  return Math.max(1, Math.ceil(total / Math.max(1, Math.ceil(total / most))));
}

/**
 * Refuses a later batch, before anything is written, when the `Cohort Summary` (everyone the run has done, in
 * order) does not start with the applicants before `start`, or when its mark records other programs or
 * settings than the run has now.
 */
function refuseIfRunChanged(
  summary: NonNullable<CohortSheetsNow['summary']>,
  done: readonly CohortApplicant[],
  runVersion: string,
): void {
  const names = summary.before ? summary.before.values.slice(1) : [];
  if (!summaryMatches(names, done)) throw failures.cohortChanged();
  if (runVersionOf(readMark(summary.note).mark) !== runVersion) throw failures.programsChanged();
}

/** The most `Cohort Lists` rows one applicant takes: every program, or with Apply rows only, the Apply set. */
function rowsPerApplicant(programs: number, settings: Settings): number {
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
  return Math.max(1, perApplicant);
}

/**
 * The rows a whole run will write, made ready by its first batch: every program of every applicant in
 * `Cohort Lists`, or with "Apply rows only in Cohort Lists" at most the largest recommended count each (the
 * Apply set is never larger).
 */
function projectRun(applicants: number, programs: number, settings: Settings): CohortProjection {
  return {
    summaryRows: 1 + applicants,
    listsRows: 1 + applicants * rowsPerApplicant(programs, settings),
    applyOnly: settings.cohortListsApplyOnly === 1,
  };
}

/**
 * The end of a cohort run: the `Model` sheet (when there are Outcomes) and the `Cohort Dashboard`. The lists
 * are written by then, so a failure here is reported as an issue (each of the two is put back as it was).
 */
function finishRun(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  summary: GoogleAppsScript.Spreadsheet.Sheet,
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
    // A later batch writes only the summary's tail, so the dashboard reads the whole summary once, here
    // (through the sheet the batch wrote: no lookup).
    const summaryValues = summary.getDataRange().getValues() as unknown[][];
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
 *   a fresh run) and at most how many to process (by default as many as `batchSizeFor` allows)
 * @returns `{ done, next, total, processed, issues, issueCount }`; call again with `start: next` until done
 * @example
 * generateCohort({ start: 0 }) // { done: false, next: 63, total: 1000, processed: 63, … } at 300 programs
 */
export function generateCohort(args?: GenerateCohortArgs): CohortProgress {
  return runAction('generate the cohort lists', () => {
    const { start = 0, size } = parseArgs('cohort', 'generateCohort', args);
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
        const fresh = first === 0;
        const namesUpTo = (count: number) => usable.slice(0, count).map((entry) => entry.applicant.name);
        // A later batch reads the tails the summary's mark places it at; without that, both sheets whole.
        const tails = fresh
          ? null
          : readBatchTails(spreadsheet, first, namesUpTo(first), {
              runVersionOf,
              runVersion,
              refuse: {
                cohort: () => {
                  throw failures.cohortChanged();
                },
                programs: () => {
                  throw failures.programsChanged();
                },
              },
            });
        const found = tails ? null : findCohortSheets(spreadsheet, fresh);
        if (found?.summary) refuseIfRunChanged(found.summary, usable.slice(0, first), runVersion);
        const last = Math.min(
          total,
          first + batchSizeFor(rowsPerApplicant(programs.length, settings), total, size),
        );
        const entries: CohortListEntry[] = [];
        const summaries: CohortSummaryRow[] = [];
        const issues: Issue[] =
          first === 0 ? [...leftOut, ...inputs.settings.issues, ...inputs.programs.issues] : [];
        // Signals written in Cohort Lists' `Signal sent` count in each applicant's plan (one read per batch).
        const absentColumns = new Set(inputs.programs.absentColumns);
        const marks = readListMarks(tails?.listsValues ?? found?.listsValues ?? null, COHORT_LIST_LAYOUT);
        for (let index = first; index < last; index++) {
          if (entries.length > 0 && now() - began >= RANKING_BUDGET_MS) break;
          const { applicant, issues: own } = usable[index]!;
          const { sentSignals, sentElsewhere } = marksFor(marks, programs, applicant.name);
          const { ranked, plan } = makeApplicantList(applicant, programs, settings, {
            sentSignals,
            sentElsewhere,
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
        if (fresh || entries.length > 0) {
          const summary = cohortSummaryTarget(runVersion);
          const allowed = { gold: settings.goldSignals, silver: settings.silverSignals };
          if (tails) written = writeBatchTails(entries, summaries, tails, namesUpTo, allowed);
          const projected = fresh ? projectRun(total, programs.length, settings) : undefined;
          written ??= writeWholeSheets(spreadsheet, entries, summaries, {
            fresh,
            summary,
            projected,
            found,
            namesUpTo,
            allowed,
          });
          issues.push(...written.markIssues);
        }
        const next = first + entries.length;
        if (next >= total && written !== null)
          finishRun(spreadsheet, written.summarySheet, fit, inputs, issues);
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
