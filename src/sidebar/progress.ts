/**
 * Progress maths and words for cohort runs: how far along the run is, how long the rest should take (from
 * the average time of the batches finished so far), and what to say when it ends.
 */
import { formatCount, formatDuration, formatTimeLeft } from './format.ts';

/**
 * The share of the cohort done, as a whole percentage.
 *
 * @param done - applicants processed so far
 * @param total - applicants in the cohort
 * @returns 0–100; 100 when there is nothing to do
 * @example
 * progressPercent(3, 8); // → 38
 */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0)) return 100;
  const percent = Math.round((done / total) * 100);
  return Math.min(100, Math.max(0, percent));
}

/**
 * Estimates the seconds left from the average batch time.
 *
 * @param batchMillis - how long each finished batch took, in milliseconds
 * @param done - applicants processed so far
 * @param total - applicants in the cohort
 * @param batchSize - applicants per batch
 * @returns seconds left (0 when done), or null before the first batch has finished
 * @example
 * secondsLeft([4000, 6000], 10, 20, 5); // → 10 (two more batches of about 5 s)
 */
export function secondsLeft(
  batchMillis: readonly number[],
  done: number,
  total: number,
  batchSize: number,
): number | null {
  const remaining = Math.max(0, total - done);
  if (remaining === 0) return 0;
  if (batchMillis.length === 0 || !(batchSize > 0)) return null;
  const averageBatch = batchMillis.reduce((sum, ms) => sum + ms, 0) / batchMillis.length;
  const batchesLeft = Math.ceil(remaining / batchSize);
  return Math.round((averageBatch * batchesLeft) / 1000);
}

/**
 * The progress line under the cohort progress bar. Once every applicant is done it says so, with no time
 * left; a run that stopped early (`finished`) gives no time left either.
 *
 * @param done - applicants processed so far
 * @param total - applicants in the cohort
 * @param secondsLeft - the estimate (see `secondsLeft`), or null while unknown
 * @param finished - true once the run has ended (done or cancelled)
 * @returns e.g. `3 of 8 applicants done · about 1 minute left`, or `All 8 applicants done`
 * @example
 * progressLine(3, 8, 60, false); // → '3 of 8 applicants done · about 1 minute left'
 */
export function progressLine(
  done: number,
  total: number,
  secondsLeft: number | null,
  finished = false,
): string {
  const shownDone = Math.max(0, Math.min(done, total));
  if (total > 0 && shownDone === total)
    return total === 1 ? 'The 1 applicant is done' : `All ${total} applicants done`;
  const counted = `${shownDone} of ${formatCount(total, 'applicant')} done`;
  return finished ? counted : `${counted} · ${formatTimeLeft(secondsLeft)}`;
}

/**
 * The headline after a cohort run ends.
 *
 * @param outcome - how the run ended: status, applicants done, total and time taken
 * @returns e.g. `Done: 8 applicants in under a second. See the Cohort Summary and Cohort Lists sheets.`
 * @example
 * cohortHeadline({ status: 'cancelled', done: 25, total: 80, elapsedMillis: 9000 });
 * // → 'Stopped after 25 of 80 applicants. Generate again to start over.'
 */
export function cohortHeadline(outcome: {
  status: 'done' | 'cancelled';
  done: number;
  total: number;
  elapsedMillis: number;
  summarySheet?: string | null;
  listsSheet?: string | null;
}): string {
  if (outcome.status === 'done') {
    const took = formatDuration(outcome.elapsedMillis);
    const summary = outcome.summarySheet ?? 'Cohort Summary';
    const lists = outcome.listsSheet ?? 'Cohort Lists';
    return `Done: ${formatCount(outcome.total, 'applicant')} in ${took}. See the ${summary} and ${lists} sheets.`;
  }
  return `Stopped after ${outcome.done} of ${formatCount(outcome.total, 'applicant')}. Generate again to start over.`;
}
