/**
 * The Step 2 CK tier of SPEC section 1 and the failed-attempt count it depends on. Thresholds come from
 * `Settings` (`competitiveFrom` … `moderatelyLowFrom`, `failuresForSignificantlyLow`); nothing here is a
 * literal threshold, so a `Settings` sheet that moves one moves the tier, the plan and `RAD_TIER` together.
 */
import type { Settings } from './settings.ts';
import type { Applicant, Tier } from './types.ts';

/** The failed attempts of each Step, as `countFailedAttempts` adds them up. */
export interface FailedAttempts {
  stepOne: number;
  stepTwo: number;
  total: number;
}

/**
 * Failed USMLE attempts per Step: Step 1 attempts − 1 (plus 1 if Step 1 is still `Fail`) and Step 2 CK
 * attempts − 1. Attempt counts below 1 count as 1 (no failure).
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @returns the failures of each Step and their total
 * @example
 * failedAttemptsByStep({ ...a, stepOne: 'Pass', stepOneAttempts: 2, stepTwoAttempts: 1 }) // { stepOne: 1, stepTwo: 0, total: 1 }
 */
export function failedAttemptsByStep(
  applicant: Pick<Applicant, 'stepOne' | 'stepOneAttempts' | 'stepTwoAttempts'>,
): FailedAttempts {
  const extraTries = (attempts: number): number =>
    Number.isFinite(attempts) ? Math.max(0, attempts - 1) : 0;
  const stepOne = extraTries(applicant.stepOneAttempts) + (applicant.stepOne === 'Fail' ? 1 : 0);
  const stepTwo = extraTries(applicant.stepTwoAttempts);
  return { stepOne, stepTwo, total: stepOne + stepTwo };
}

/**
 * Failed USMLE attempts, Step 1 and Step 2 CK together (SPEC section 3.1).
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @returns (Step 1 attempts − 1, plus 1 if Step 1 is still Fail) + (Step 2 CK attempts − 1)
 * @example
 * countFailedAttempts({ ...a, stepOne: 'Fail', stepOneAttempts: 1, stepTwoAttempts: 2 }) // 2
 */
export function countFailedAttempts(
  applicant: Pick<Applicant, 'stepOne' | 'stepOneAttempts' | 'stepTwoAttempts'>,
): number {
  return failedAttemptsByStep(applicant).total;
}

/**
 * True when the failed attempts alone make the tier `Significantly low`, whatever the score.
 *
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together
 * @param s - settings in force
 * @returns whether `failedAttempts` reaches `failuresForSignificantlyLow`
 * @example
 * failuresDecide(2, defaultSettings(2026)) // true
 */
export function failuresDecide(failedAttempts: number, s: Settings): boolean {
  return failedAttempts >= s.failuresForSignificantlyLow;
}

/**
 * The Step 2 CK tier. Enough failed attempts make it `Significantly low` whatever the score; one failure
 * keeps the score's tier (it is a red flag instead). An unknown score gives null unless failures decide it.
 *
 * @param stepTwoScore - the Step 2 CK score, or null when unknown
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together
 * @param s - settings in force
 * @returns the tier, or null when the score is unknown and failures do not decide it
 * @example
 * tierFor(229, 0, defaultSettings(2026)) // 'Mildly low'
 * tierFor(250, 2, defaultSettings(2026)) // 'Significantly low'
 */
export function tierFor(stepTwoScore: number, failedAttempts: number, s: Settings): Tier;
export function tierFor(stepTwoScore: number | null, failedAttempts: number, s: Settings): Tier | null;
export function tierFor(stepTwoScore: number | null, failedAttempts: number, s: Settings): Tier | null {
  if (failuresDecide(failedAttempts, s)) return 'Significantly low';
  if (stepTwoScore === null || !Number.isFinite(stepTwoScore)) return null;
  if (stepTwoScore >= s.competitiveFrom) return 'Competitive';
  if (stepTwoScore >= s.averageFrom) return 'Average';
  if (stepTwoScore >= s.mildlyLowFrom) return 'Mildly low';
  if (stepTwoScore >= s.moderatelyLowFrom) return 'Moderately low';
  return 'Significantly low';
}
