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
 * attempts − 1. Attempt counts below 1 count as 1 (no failure). Unknown attempts (null: the cell could not be
 * read) add none, so these are the failures known for sure; `unknownAttempts` says which Steps may add more.
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @returns the failures of each Step and their total
 * @example
 * failedAttemptsByStep({ ...a, stepOne: 'Pass', stepOneAttempts: 2, stepTwoAttempts: 1 }) // { stepOne: 1, stepTwo: 0, total: 1 }
 */
export function failedAttemptsByStep(
  applicant: Pick<Applicant, 'stepOne' | 'stepOneAttempts' | 'stepTwoAttempts'>,
): FailedAttempts {
  const extraTries = (attempts: number | null): number =>
    attempts !== null && Number.isFinite(attempts) ? Math.max(0, attempts - 1) : 0;
  const stepOne = extraTries(applicant.stepOneAttempts) + (applicant.stepOne === 'Fail' ? 1 : 0);
  const stepTwo = extraTries(applicant.stepTwoAttempts);
  return { stepOne, stepTwo, total: stepOne + stepTwo };
}

/** A Step whose attempts RadList could not read. */
export type AttemptStep = 'Step 1' | 'Step 2 CK';

/**
 * The Steps whose attempt counts are unknown (the cell could not be read; a blank cell is the default 1).
 * Unknown attempts are never good news: the tier, count and advice turn careful and the plan says so.
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @returns `['Step 1']`, `['Step 1', 'Step 2 CK']` …; empty when every count is known
 * @example
 * unknownAttempts({ ...a, stepOneAttempts: null, stepTwoAttempts: 1 }) // ['Step 1']
 */
export function unknownAttempts(
  applicant: Pick<Applicant, 'stepOneAttempts' | 'stepTwoAttempts'>,
): AttemptStep[] {
  const steps: AttemptStep[] = [];
  if (applicant.stepOneAttempts === null) steps.push('Step 1');
  if (applicant.stepTwoAttempts === null) steps.push('Step 2 CK');
  return steps;
}

/**
 * Failed USMLE attempts, Step 1 and Step 2 CK together (SPEC section 3.1); with unknown attempts, the failures
 * known for sure.
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
 * keeps the score's tier (it is a red flag instead). An unknown score gives null unless failures decide it;
 * so do unknown attempts, which could be the failures that decide it.
 *
 * @param stepTwoScore - the Step 2 CK score, or null when unknown
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together (known for sure)
 * @param s - settings in force
 * @param attemptsUnknown - true when some attempts could not be read (there may be more failures)
 * @returns the tier, or null when the score or the attempts are unknown and the known failures do not decide it
 * @example
 * tierFor(229, 0, defaultSettings(2026)) // 'Mildly low'
 * tierFor(250, 2, defaultSettings(2026)) // 'Significantly low'
 */
export function tierFor(
  stepTwoScore: number,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown?: false,
): Tier;
export function tierFor(
  stepTwoScore: number | null,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown?: boolean,
): Tier | null;
export function tierFor(
  stepTwoScore: number | null,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown = false,
): Tier | null {
  if (failuresDecide(failedAttempts, s)) return 'Significantly low';
  if (attemptsUnknown) return null;
  if (stepTwoScore === null || !Number.isFinite(stepTwoScore)) return null;
  if (stepTwoScore >= s.competitiveFrom) return 'Competitive';
  if (stepTwoScore >= s.averageFrom) return 'Average';
  if (stepTwoScore >= s.mildlyLowFrom) return 'Mildly low';
  if (stepTwoScore >= s.moderatelyLowFrom) return 'Moderately low';
  return 'Significantly low';
}

/**
 * An applicant's tier from their own record: the score, the failures known for sure, and whether some
 * attempts are unknown (then no tier unless the known failures decide it).
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @param s - settings in force
 * @returns the tier, or null when it cannot be told
 * @example
 * applicantTier({ ...a, stepTwoScore: 250, stepOneAttempts: null }, defaultSettings(2026)) // null
 */
export function applicantTier(
  applicant: Pick<Applicant, 'stepOne' | 'stepOneAttempts' | 'stepTwoAttempts' | 'stepTwoScore'>,
  s: Settings,
): Tier | null {
  return tierFor(
    applicant.stepTwoScore,
    countFailedAttempts(applicant),
    s,
    unknownAttempts(applicant).length > 0,
  );
}
