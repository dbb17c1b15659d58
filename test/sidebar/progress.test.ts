/** Tests for cohort progress maths (src/sidebar/progress.ts). */
import { describe, expect, it } from 'vitest';
import { cohortHeadline, progressLine, progressPercent, secondsLeft } from '../../src/sidebar/progress.ts';

describe('progressPercent', () => {
  it.each([
    [0, 8, 0],
    [3, 8, 38],
    [8, 8, 100],
    [9, 8, 100],
    [-1, 8, 0],
    [0, 0, 100],
    [1, 3, 33],
    [2, 3, 67],
  ])('gives %s of %s as %s%', (done, total, percent) => {
    expect(progressPercent(done, total)).toBe(percent);
  });
});

describe('secondsLeft', () => {
  it('is null before any batch has finished', () => {
    expect(secondsLeft([], 0, 20, 5)).toBeNull();
  });

  it('is 0 when every applicant is done, even before timing a batch', () => {
    expect(secondsLeft([], 20, 20, 5)).toBe(0);
  });

  it.each([
    // batch times, done, total, size, seconds
    [[5000], 5, 20, 5, 15],
    [[4000, 6000], 10, 20, 5, 10],
    [[5000], 5, 21, 5, 20], // a partial last batch still costs a batch
    [[5000], 5, 6, 5, 5],
    [[1200, 1300], 10, 12, 5, 1],
  ])(
    'estimates from batches %j with %s of %s done (size %s) as %s s',
    (batches, done, total, size, seconds) => {
      expect(secondsLeft(batches, done, total, size)).toBe(seconds);
    },
  );

  it('grows with the average batch time', () => {
    const fast = secondsLeft([1000, 1000], 10, 50, 5)!;
    const slow = secondsLeft([1000, 3000], 10, 50, 5)!;
    expect(slow).toBeGreaterThan(fast);
  });

  it('is null for a batch size that is not positive', () => {
    expect(secondsLeft([1000], 5, 20, 0)).toBeNull();
  });
});

describe('progressLine', () => {
  it.each([
    // done, total, seconds left, finished, line
    [3, 8, 60, false, '3 of 8 applicants done · about 1 minute left'],
    [3, 8, null, false, '3 of 8 applicants done · working out the time left…'],
    [7, 8, 4, false, '7 of 8 applicants done · a few seconds left'],
    [8, 8, 0, false, 'All 8 applicants done'],
    [8, 8, 5, false, 'All 8 applicants done'],
    [10, 8, 0, true, 'All 8 applicants done'],
    [1, 1, 0, true, 'The 1 applicant is done'],
    [3, 8, 30, true, '3 of 8 applicants done'],
    [0, 0, null, false, '0 of 0 applicants done · working out the time left…'],
    [-2, 8, null, true, '0 of 8 applicants done'],
  ])('says %s of %s with %s s left (finished=%s) as "%s"', (done, total, seconds, finished, line) => {
    expect(progressLine(done, total, seconds, finished)).toBe(line);
  });

  it('never gives a time left once every applicant is done', () => {
    for (const seconds of [0, 3, 30, 600, null]) expect(progressLine(8, 8, seconds)).not.toMatch(/left/);
  });
});

describe('cohortHeadline', () => {
  it.each([
    [{ status: 'done', done: 8, total: 8, elapsedMillis: 240 }, 'Done: 8 applicants in under a second.'],
    [{ status: 'done', done: 8, total: 8, elapsedMillis: 999 }, 'Done: 8 applicants in under a second.'],
    [{ status: 'done', done: 1, total: 1, elapsedMillis: 1000 }, 'Done: 1 applicant in 1 second.'],
    [
      { status: 'done', done: 80, total: 80, elapsedMillis: 125_000 },
      'Done: 80 applicants in 2 minutes 5 seconds.',
    ],
    [
      { status: 'cancelled', done: 25, total: 80, elapsedMillis: 9000 },
      'Stopped after 25 of 80 applicants. Generate again to start over.',
    ],
  ] as const)('words %j', (outcome, start) => {
    expect(cohortHeadline(outcome).startsWith(start)).toBe(true);
  });

  it('points to the sheets written only when done', () => {
    expect(cohortHeadline({ status: 'done', done: 2, total: 2, elapsedMillis: 0 })).toContain(
      'Cohort Summary',
    );
    expect(cohortHeadline({ status: 'cancelled', done: 1, total: 2, elapsedMillis: 0 })).not.toContain(
      'Cohort Summary',
    );
  });
});

describe('cohortHeadline with the sheets written', () => {
  it('names the sheets the run wrote', () => {
    expect(
      cohortHeadline({
        status: 'done',
        done: 3,
        total: 3,
        elapsedMillis: 2000,
        summarySheet: 'Cohort Summary (2)',
        listsSheet: 'Cohort Lists',
      }),
    ).toMatch(/See the Cohort Summary \(2\) and Cohort Lists sheets\.$/);
  });
});
