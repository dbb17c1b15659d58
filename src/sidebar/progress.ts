/**
 * Progress maths for cohort runs: how far along the run is and how long the rest should take, from the
 * average time of the batches finished so far.
 */

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
 * The progress line under the cohort progress bar.
 *
 * @param done - applicants processed so far
 * @param total - applicants in the cohort
 * @param timeLeft - the time-left words (see `formatTimeLeft`)
 * @returns e.g. `3 of 8 applicants done · about 1 minute left`
 * @example
 * progressLine(3, 8, 'about 1 minute left');
 */
export function progressLine(done: number, total: number, timeLeft: string): string {
  return `${Math.min(done, total)} of ${total} applicants done · ${timeLeft}`;
}
