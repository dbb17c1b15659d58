import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { countFailedAttempts, failedAttemptsByStep, tierFor, unknownAttempts } from '../../src/core/tier.ts';
import type { StepOneResult } from '../../src/core/types.ts';
import { makeApplicant } from './fixtures.ts';

const s = defaultSettings(2026);

describe('countFailedAttempts', () => {
  it.each<[StepOneResult, number, number, number]>([
    ['Pass', 1, 1, 0],
    ['Pass', 2, 1, 1],
    ['Fail', 1, 1, 1],
    ['Fail', 2, 1, 2],
    ['Pass', 1, 2, 1],
    ['Pass', 2, 2, 2],
    [232, 1, 1, 0],
    [null, 1, 3, 2],
    ['Pass', 0, 1, 0],
  ])(
    'counts Step 1 %s in %i attempts and Step 2 CK in %i attempts as %i failures',
    (stepOne, one, two, expected) => {
      const applicant = makeApplicant({ stepOne, stepOneAttempts: one, stepTwoAttempts: two });
      expect(countFailedAttempts(applicant)).toBe(expected);
    },
  );

  it('splits the failures by Step', () => {
    const applicant = makeApplicant({ stepOne: 'Fail', stepOneAttempts: 2, stepTwoAttempts: 2 });
    expect(failedAttemptsByStep(applicant)).toEqual({ stepOne: 2, stepTwo: 1, total: 3 });
  });
});

describe('unreadable attempts (null) are unknown, never 1', () => {
  it('names the Steps whose attempts are unknown', () => {
    expect(unknownAttempts(makeApplicant())).toEqual([]);
    expect(unknownAttempts(makeApplicant({ stepOneAttempts: null }))).toEqual(['Step 1']);
    expect(unknownAttempts(makeApplicant({ stepOneAttempts: null, stepTwoAttempts: null }))).toEqual([
      'Step 1',
      'Step 2 CK',
    ]);
  });

  it('counts only the failures known for sure: a Step 1 still failed is at least one', () => {
    expect(failedAttemptsByStep(makeApplicant({ stepOneAttempts: null }))).toEqual({
      stepOne: 0,
      stepTwo: 0,
      total: 0,
    });
    expect(
      failedAttemptsByStep(makeApplicant({ stepOne: 'Fail', stepOneAttempts: null, stepTwoAttempts: 2 })),
    ).toEqual({
      stepOne: 1,
      stepTwo: 1,
      total: 2,
    });
  });

  it('gives no tier while unknown attempts could decide it, and Significantly low once the known ones do', () => {
    expect(tierFor(250, 0, s, true)).toBeNull();
    expect(tierFor(250, 1, s, true)).toBeNull();
    expect(tierFor(250, 2, s, true)).toBe('Significantly low');
    expect(tierFor(250, 0, s, false)).toBe('Competitive');
  });
});

describe('tierFor', () => {
  it.each([
    [300, 'Competitive'],
    [245, 'Competitive'],
    [244, 'Average'],
    [230, 'Average'],
    [229, 'Mildly low'],
    [225, 'Mildly low'],
    [224, 'Mildly low'],
    [220, 'Mildly low'],
    [219, 'Moderately low'],
    [210, 'Moderately low'],
    [209, 'Significantly low'],
    [1, 'Significantly low'],
  ])('gives Step 2 CK %i the tier %s with no failures', (score, tier) => {
    expect(tierFor(score, 0, s)).toBe(tier);
  });

  it.each([
    [250, 0, 'Competitive'],
    [250, 1, 'Competitive'],
    [250, 2, 'Significantly low'],
    [222, 1, 'Mildly low'],
    [222, 2, 'Significantly low'],
    [222, 3, 'Significantly low'],
  ])('gives Step 2 CK %i with %i failed attempts the tier %s', (score, failed, tier) => {
    expect(tierFor(score, failed, s)).toBe(tier);
  });

  it('gives null for an unknown score unless failures decide it', () => {
    expect(tierFor(null, 0, s)).toBeNull();
    expect(tierFor(null, 1, s)).toBeNull();
    expect(tierFor(null, 2, s)).toBe('Significantly low');
  });

  it('follows thresholds moved in Settings', () => {
    const moved = { ...s, averageFrom: 235, failuresForSignificantlyLow: 3 };
    expect(tierFor(232, 0, s)).toBe('Average');
    expect(tierFor(232, 0, moved)).toBe('Mildly low');
    expect(tierFor(250, 2, moved)).toBe('Competitive');
    expect(tierFor(250, 3, moved)).toBe('Significantly low');
  });
});
