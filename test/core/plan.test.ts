import { describe, expect, it } from 'vitest';
import { dualApplyAdvice, recommendation, redFlags, stepThreeAdvice } from '../../src/core/plan.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { makeApplicant } from './fixtures.ts';

const s = defaultSettings(2026);

describe('recommendation', () => {
  it.each([
    [260, 0, 50, '50+', 'no'],
    [225, 0, 50, '50+', 'no'],
    [225, 1, 50, '50+', 'no'],
    [224, 0, 60, '60–80', 'no'],
    [220, 0, 60, '60–80', 'no'],
    [219, 0, 80, '80+', 'consider'],
    [210, 0, 80, '80+', 'consider'],
    [210, 1, 80, '80+', 'consider'],
    [209, 0, 80, '80+, and dual-apply', 'yes'],
    [240, 2, 80, '80+, and dual-apply', 'yes'],
  ])(
    'recommends Step 2 CK %i with %i failures: %i, %s, dual-apply %s',
    (score, failed, count, range, dual) => {
      expect(recommendation(score, failed, s)).toEqual({ count, range, dualApply: dual });
    },
  );

  it('gives an unknown score the most careful count', () => {
    expect(recommendation(null, 0, s)).toEqual({ count: 80, range: '80+', dualApply: 'consider' });
    expect(recommendation(null, 2, s).range).toBe('80+, and dual-apply');
  });

  it('follows counts and thresholds moved in Settings', () => {
    const moved = { ...s, strongFrom: 228, countMildlyLow: 65, countModeratelyLow: 90 };
    expect(recommendation(226, 0, s).count).toBe(50);
    expect(recommendation(226, 0, moved)).toEqual({ count: 65, range: '65–90', dualApply: 'no' });
  });
});

describe('dualApplyAdvice', () => {
  it.each([
    [
      209,
      0,
      /^Dual-apply: .*Step 2 CK below 210.*Internal Medicine.*Transitional Year \/ Preliminary Medicine.*reapply to DR/,
    ],
    [250, 2, /^Dual-apply: with 2 failed USMLE attempts/],
    [219, 0, /^Consider dual-applying/],
    [210, 1, /^Consider dual-applying/],
    [220, 0, /^Not needed/],
    [null, 0, /Step 2 CK score unknown/],
  ])('advises Step 2 CK %s with %i failures', (score, failed, pattern) => {
    expect(dualApplyAdvice(score, failed, s)).toMatch(pattern);
  });
});

describe('stepThreeAdvice', () => {
  const careful = /only if you can prepare well and expect 220 or more; a poor result makes things worse/;
  it.each([
    [240, null, 0, /^After matching; not needed before you apply/],
    [225, null, 0, /^After matching/],
    [224, null, 0, /^Not needed before you apply/],
    [219, null, 0, careful],
    [240, null, 1, careful],
    [null, null, 0, careful],
    [215, 220, 1, /Step 3 score of 220 is a strength/],
    [215, 219, 0, /already taken \(219, below 220\)/],
  ])('advises Step 2 CK %s, Step 3 %s, %i failures', (stepTwoScore, stepThreeScore, failed, pattern) => {
    expect(stepThreeAdvice({ stepTwoScore, stepThreeScore }, failed, s)).toMatch(pattern);
  });
});

describe('unknown failed attempts (unreadable in the Profile)', () => {
  const careful = /only if you can prepare well and expect 220 or more/;
  it('get the careful count and dual-apply advice, unless the known ones already decide', () => {
    expect(recommendation(250, 0, s, true)).toEqual({ count: 80, range: '80+', dualApply: 'consider' });
    expect(recommendation(205, 0, s, true).dualApply).toBe('yes');
    expect(recommendation(250, 2, s, true)).toEqual(recommendation(250, 2, s));
    expect(dualApplyAdvice(250, 0, s, true)).toMatch(/^Failed USMLE attempts unknown: .*consider a backup/);
    expect(stepThreeAdvice({ stepTwoScore: 250, stepThreeScore: null }, 0, s, true)).toMatch(careful);
  });

  it('are a red flag, with the failures known for sure', () => {
    expect(redFlags(makeApplicant({ stepOneAttempts: null }), s)).toEqual([
      'Step 1 attempts unknown: fill them in (a failed attempt is a red flag programs ask about)',
    ]);
    expect(
      redFlags(makeApplicant({ stepOne: 'Fail', stepOneAttempts: null, stepTwoAttempts: null }), s),
    ).toEqual([
      'at least 1 failed USMLE attempt (Step 1)',
      'Step 1 and Step 2 CK attempts unknown: fill them in (a failed attempt is a red flag programs ask about)',
      'Step 1 not yet passed',
    ]);
  });
});

describe('redFlags', () => {
  it.each([
    [{}, []],
    [{ stepOneAttempts: 2 }, ['1 failed USMLE attempt (Step 1)']],
    [{ stepTwoAttempts: 2 }, ['1 failed USMLE attempt (Step 2 CK)']],
    [{ stepOneAttempts: 2, stepTwoAttempts: 2 }, ['2 failed USMLE attempts (Step 1 and Step 2 CK)']],
    [{ stepOne: 'Fail' as const }, ['1 failed USMLE attempt (Step 1)', 'Step 1 not yet passed']],
    [{ stepTwoScore: 209 }, ['Step 2 CK below 210']],
    [{ stepTwoScore: 210 }, []],
    [{ stepThreeScore: 219 }, ['Step 3 score below 220']],
  ])('flags %o as %o', (overrides, flags) => {
    expect(redFlags(makeApplicant(overrides), s)).toEqual(flags);
  });
});
