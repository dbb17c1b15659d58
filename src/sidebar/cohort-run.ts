/**
 * The cohort loop: calls `generateCohort({ start })` batch after batch until the server says done (the server
 * sizes each batch to the work), reporting progress and time left after each batch, and stopping after the
 * current batch when cancelled.
 * Pure of the DOM and the clock (both come in), so it is unit-tested in node.
 */
import type { CohortProgress, GenerateCohortArgs } from '../addon/api.ts';
import type { Issue } from '../core/types.ts';
import { progressPercent, secondsLeft } from './progress.ts';

const MAX_ISSUES = 200;

export interface CohortRunUpdate {
  done: number;
  total: number;
  percent: number;
  secondsLeft: number | null;
}

export interface CohortRunOutcome {
  status: 'done' | 'cancelled';
  done: number;
  total: number;
  /** At most 200 issues from all batches; `issueCount` is the full number. */
  issues: Issue[];
  issueCount: number;
  elapsedMillis: number;
  /** The sheets the last batch wrote (null when none was written). */
  summarySheet: string | null;
  listsSheet: string | null;
  /** Sheets named like the cohort outputs that RadList did not make, left as they were. */
  leftAlone: string[];
}

export interface CohortRunOptions {
  callBatch: (args: GenerateCohortArgs) => Promise<CohortProgress>;
  /**
   * Applicants per call; leave it out to let the server size each batch to the work (rows per batch under
   * its cap, src/addon/generate-cohort.ts), which the sidebar does.
   */
  batchSize?: number;
  /** Milliseconds from any fixed origin (e.g. `performance.now`). */
  now: () => number;
  isCancelled: () => boolean;
  onBatch: (update: CohortRunUpdate) => void;
}

/**
 * Runs the whole cohort in batches.
 *
 * @param options - the batch call, batch size, clock, cancel check and progress callback
 * @returns how the run ended, with the issues gathered; rejects when a batch fails or the server stops
 *   moving forward (so the loop can never spin forever)
 * @example
 * const outcome = await runCohort({ callBatch: (a) => callServer('generateCohort', a), batchSize: 5,
 *   now: () => performance.now(), isCancelled: () => cancelled, onBatch: showProgress });
 */
export async function runCohort(options: CohortRunOptions): Promise<CohortRunOutcome> {
  const started = options.now();
  const batchMillis: number[] = [];
  const issues: Issue[] = [];
  let issueCount = 0;
  let start = 0;
  const sheets = { summarySheet: null as string | null, listsSheet: null as string | null };
  const leftAlone = new Set<string>();
  for (;;) {
    const batchStarted = options.now();
    const progress = await options.callBatch(
      options.batchSize === undefined ? { start } : { start, size: options.batchSize },
    );
    batchMillis.push(Math.max(0, options.now() - batchStarted));
    issues.push(...progress.issues.slice(0, Math.max(0, MAX_ISSUES - issues.length)));
    issueCount += Math.max(progress.issueCount, progress.issues.length);
    sheets.summarySheet = progress.summarySheet ?? sheets.summarySheet;
    sheets.listsSheet = progress.listsSheet ?? sheets.listsSheet;
    for (const name of progress.leftAlone ?? []) leftAlone.add(name);
    const done = progress.done ? progress.total : Math.min(progress.next, progress.total);
    options.onBatch({
      done,
      total: progress.total,
      percent: progressPercent(done, progress.total),
      secondsLeft: progress.done
        ? 0
        : secondsLeft(batchMillis, done, progress.total, options.batchSize ?? progress.processed),
    });
    const ended = (status: CohortRunOutcome['status']): CohortRunOutcome => ({
      status,
      done,
      total: progress.total,
      issues,
      issueCount,
      elapsedMillis: Math.max(0, options.now() - started),
      ...sheets,
      leftAlone: [...leftAlone],
    });
    if (progress.done) return ended('done');
    if (options.isCancelled()) return ended('cancelled');
    if (!(progress.next > start)) {
      throw new Error(
        'The cohort run stopped moving forward. Please try again; if it repeats, check the Cohort sheet.',
      );
    }
    start = progress.next;
  }
}
