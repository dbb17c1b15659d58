/**
 * The advice of SPEC section 1 that follows from the score and failed attempts: the recommended number of DR
 * applications and the range shown, dual-application advice, Step 3 advice and red flags. Every number comes
 * from `Settings`; an unknown Step 2 CK gets the most careful advice (the caller raises the issue).
 */
import type { Settings } from './settings.ts';
import { countFailedAttempts, failedAttemptsByStep, failuresDecide, unknownAttempts } from './tier.ts';
import type { Applicant } from './types.ts';

export { buildChecklist } from './checklist.ts';

export type DualApply = 'yes' | 'consider' | 'no';

export interface Recommendation {
  /** The low end of the range, e.g. 60. */
  count: number;
  /** As shown to users, e.g. `60–80` or `80+, and dual-apply`. */
  range: string;
  dualApply: DualApply;
}

/**
 * The recommended number of DR applications (`RAD_APPLY_COUNT`) and the range shown to users.
 *
 * @param stepTwoScore - the Step 2 CK score, or null when unknown
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together (known for sure)
 * @param s - settings in force
 * @param attemptsUnknown - true when some attempts could not be read: the careful count, as for an unknown score
 * @returns count, range text and whether to dual-apply; an unknown score (or unknown attempts) gives the most
 *   careful count
 * @example
 * recommendation(222, 0, defaultSettings(2026)) // { count: 60, range: '60–80', dualApply: 'no' }
 */
export function recommendation(
  stepTwoScore: number | null,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown = false,
): Recommendation {
  if (failuresDecide(failedAttempts, s) || (stepTwoScore !== null && stepTwoScore < s.moderatelyLowFrom)) {
    return {
      count: s.countSignificantlyLow,
      range: `${s.countSignificantlyLow}+, and dual-apply`,
      dualApply: 'yes',
    };
  }
  if (stepTwoScore === null || attemptsUnknown) {
    const careful = Math.max(s.countModeratelyLow, s.countSignificantlyLow);
    return { count: careful, range: `${careful}+`, dualApply: 'consider' };
  }
  if (stepTwoScore >= s.strongFrom) {
    return { count: s.countStrong, range: `${s.countStrong}+`, dualApply: 'no' };
  }
  if (stepTwoScore >= s.mildlyLowFrom) {
    return {
      count: s.countMildlyLow,
      range: `${s.countMildlyLow}–${s.countModeratelyLow}`,
      dualApply: 'no',
    };
  }
  return { count: s.countModeratelyLow, range: `${s.countModeratelyLow}+`, dualApply: 'consider' };
}

/**
 * The recommendation for an applicant's own record: the score, the failures known for sure, and whether some
 * attempts are unknown (the careful count). The list's Apply set and the plan both use it.
 *
 * @example
 * applicantRecommendation({ ...a, stepTwoScore: 222 }, defaultSettings(2026)).count // 60
 */
export function applicantRecommendation(
  applicant: Pick<Applicant, 'stepOne' | 'stepOneAttempts' | 'stepTwoAttempts' | 'stepTwoScore'>,
  s: Settings,
): Recommendation {
  return recommendation(
    applicant.stepTwoScore,
    countFailedAttempts(applicant),
    s,
    unknownAttempts(applicant).length > 0,
  );
}

/** The name docs/architecture.md uses for `recommendation`. */
export const recommendedCount = recommendation;

const BACKUP =
  'Internal Medicine, or a Transitional Year / Preliminary Medicine year with the intent to reapply to DR';

/**
 * Dual-application advice in plain words.
 *
 * @param stepTwoScore - the Step 2 CK score, or null when unknown
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together (known for sure)
 * @param s - settings in force
 * @param attemptsUnknown - true when some attempts could not be read
 * @returns one or two sentences
 * @example
 * dualApplyAdvice(205, 0, defaultSettings(2026)) // 'Dual-apply: DR plus a backup …'
 */
export function dualApplyAdvice(
  stepTwoScore: number | null,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown = false,
): string {
  const { dualApply } = recommendation(stepTwoScore, failedAttempts, s, attemptsUnknown);
  if (dualApply === 'yes') {
    const why = failuresDecide(failedAttempts, s)
      ? `${failedAttempts} failed USMLE attempts`
      : `a Step 2 CK below ${s.moderatelyLowFrom}`;
    return `Dual-apply: with ${why}, apply to DR plus a backup: ${BACKUP}.`;
  }
  if (stepTwoScore === null) {
    return `Step 2 CK score unknown: add it to your Profile. Until then, consider a backup as well as DR: ${BACKUP}.`;
  }
  if (attemptsUnknown) {
    return `Failed USMLE attempts unknown: correct the attempts in your Profile (${s.failuresForSignificantlyLow} or more failures call for a backup). Until then, consider a backup as well as DR: ${BACKUP}.`;
  }
  if (dualApply === 'consider') {
    return `Consider dual-applying: DR plus a backup such as ${BACKUP}.`;
  }
  return 'Not needed: apply to DR only.';
}

/**
 * Step 3 advice in plain words: a good Step 3 score in hand is a strength; with a failure or a low Step 2 CK,
 * take Step 3 early only if well prepared; with a strong Step 2 CK and no failures, it can wait.
 *
 * @param applicant - the applicant (its Step 2 CK and Step 3 scores are used)
 * @param failedAttempts - failed USMLE attempts, Step 1 and Step 2 CK together (known for sure)
 * @param s - settings in force
 * @param attemptsUnknown - true when some attempts could not be read (the careful advice)
 * @returns one or two sentences
 * @example
 * stepThreeAdvice({ ...a, stepTwoScore: 240, stepThreeScore: null }, 0, defaultSettings(2026)) // 'After matching; …'
 */
export function stepThreeAdvice(
  applicant: Pick<Applicant, 'stepTwoScore' | 'stepThreeScore'>,
  failedAttempts: number,
  s: Settings,
  attemptsUnknown = false,
): string {
  const strength = s.stepThreeStrengthFrom;
  const { stepTwoScore, stepThreeScore } = applicant;
  if (stepThreeScore !== null && stepThreeScore >= strength) {
    return `Your Step 3 score of ${stepThreeScore} is a strength: report it in your application.`;
  }
  if (stepThreeScore !== null) {
    return `Step 3 is already taken (${stepThreeScore}, below ${strength}): be ready to explain it and let your other strengths lead.`;
  }
  const careful = `Take Step 3 before applying only if you can prepare well and expect ${strength} or more; a poor result makes things worse.`;
  if (failedAttempts > 0 || attemptsUnknown || stepTwoScore === null || stepTwoScore < s.mildlyLowFrom) {
    return careful;
  }
  if (stepTwoScore >= s.strongFrom) return 'After matching; not needed before you apply.';
  return `Not needed before you apply. ${careful}`;
}

/**
 * Red flags a program will ask about: any failed attempt (always), attempts RadList could not read (a failed
 * attempt may hide there), Step 1 not yet passed, a Step 2 CK in the lowest tier, a Step 3 score below the
 * strength line.
 *
 * @param applicant - the applicant
 * @param s - settings in force
 * @returns plain-words flags, e.g. `1 failed USMLE attempt (Step 1)`; empty when none
 * @example
 * redFlags({ ...a, stepOne: 'Pass', stepOneAttempts: 2 }, defaultSettings(2026)) // ['1 failed USMLE attempt (Step 1)']
 */
export function redFlags(applicant: Applicant, s: Settings): string[] {
  const flags: string[] = [];
  const failed = failedAttemptsByStep(applicant);
  const unknown = unknownAttempts(applicant);
  if (failed.total > 0) {
    const steps = [failed.stepOne > 0 ? 'Step 1' : '', failed.stepTwo > 0 ? 'Step 2 CK' : '']
      .filter(Boolean)
      .join(' and ');
    const atLeast = unknown.length > 0 ? 'at least ' : '';
    flags.push(`${atLeast}${failed.total} failed USMLE attempt${failed.total === 1 ? '' : 's'} (${steps})`);
  }
  if (unknown.length > 0) {
    flags.push(
      `${unknown.join(' and ')} attempts unknown: fill them in (a failed attempt is a red flag programs ask about)`,
    );
  }
  if (applicant.stepOne === 'Fail') flags.push('Step 1 not yet passed');
  if (applicant.stepTwoScore !== null && applicant.stepTwoScore < s.moderatelyLowFrom) {
    flags.push(`Step 2 CK below ${s.moderatelyLowFrom}`);
  }
  if (applicant.stepThreeScore !== null && applicant.stepThreeScore < s.stepThreeStrengthFrom) {
    flags.push(`Step 3 score below ${s.stepThreeStrengthFrom}`);
  }
  return flags;
}
