/** Tests for cohort progress maths (src/sidebar/progress.ts). */
import { describe, expect, it } from 'vitest';
import { progressLine, progressPercent, secondsLeft } from '../../src/sidebar/progress.ts';

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
  it('names done, total and the time left', () => {
    expect(progressLine(3, 8, 'about 1 minute left')).toBe('3 of 8 applicants done · about 1 minute left');
  });

  it('never says more done than the total', () => {
    expect(progressLine(10, 8, 'a few seconds left')).toMatch(/^8 of 8 /);
  });
});
