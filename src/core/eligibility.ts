/**
 * Eligibility of one applicant at one program (SPEC section 2): a missed hard minimum Step 2 CK makes it
 * `Below minimum`; another failed hard requirement makes it `Not eligible`; a missed `Preferred` minimum caps
 * it at Reach. A value that is blank on either side never excludes a program: it is named in the Issues
 * instead. Issue wording names program figures but never the applicant's own score.
 */
import type { Settings } from './settings.ts';
import { countFailedAttempts, unknownAttempts } from './tier.ts';
import type { Applicant, Program } from './types.ts';

export type EligibilityStatus = 'Eligible' | 'Below minimum' | 'Not eligible';

export interface Eligibility {
  status: EligibilityStatus;
  /**
   * True when a Preferred minimum is missed, or when the applicant's visa need is unknown and the program
   * sponsors no visas: the program is at most a Reach (and gets no suggested signal).
   */
  capAtReach: boolean;
  /** Plain-words issues, in a fixed order. */
  issues: string[];
}

/** What eligibility needs about the applicant, computed once per applicant. */
export interface ApplicantFacts {
  stepTwoScore: number | null;
  /** Failed attempts known for sure. */
  failedAttempts: number;
  /** True when some attempts could not be read, so there may be more failures than `failedAttempts`. */
  failedAttemptsUnknown?: boolean;
  isImg: boolean;
  /** Null when the Profile's `Needs visa` could not be read: unknown, never taken as No. */
  needsVisa: boolean | null;
  usceWeeks: number | null;
  /** Cycle year minus graduation year, or null when the graduation year is unknown. */
  yearsSinceGraduation: number | null;
}

const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `1 year`, `3 years`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The applicant facts eligibility and fit use, computed once.
 *
 * @param applicant - the applicant
 * @param s - settings (`cycleYear`)
 * @returns score, failed attempts, IMG status, visa need, USCE weeks and years since graduation
 * @example
 * applicantFacts(makeApplicant({ graduationYear: 2020 }), defaultSettings(2026)).yearsSinceGraduation // 6
 */
export function applicantFacts(applicant: Applicant, s: Settings): ApplicantFacts {
  return {
    stepTwoScore: applicant.stepTwoScore,
    failedAttempts: countFailedAttempts(applicant),
    failedAttemptsUnknown: unknownAttempts(applicant).length > 0,
    isImg: applicant.applicantType === 'US IMG' || applicant.applicantType === 'Non-US IMG',
    needsVisa: applicant.needsVisa,
    usceWeeks: applicant.usceWeeks,
    yearsSinceGraduation: applicant.graduationYear === null ? null : s.cycleYear - applicant.graduationYear,
  };
}

/**
 * The stale-data issue for a `Last verified` date more than `staleMonths` before 1 June of the cycle year. A
 * year or a month alone is read as its whole period: it is stale only when its END is, and the issue shows only
 * what was typed.
 *
 * @param lastVerified - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null
 * @param s - settings (`cycleYear`, `staleMonths`)
 * @returns `data may be stale (verified March 2024)` (or `(verified 2024)` for a year alone), or null when fresh or unknown
 * @example
 * staleIssue('2024-03-10', defaultSettings(2026)) // 'data may be stale (verified March 2024)'
 */
export function staleIssue(lastVerified: string | null, s: Settings): string | null {
  if (lastVerified === null) return null;
  const memo = staleMemo(s);
  const known = memo.get(lastVerified);
  if (known !== undefined) return known;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(lastVerified)) return null;
  const year = Number(lastVerified.slice(0, 4));
  const hasMonth = lastVerified.length >= 7;
  // A year alone ends in December; a month or a day ends in its own month.
  const month = hasMonth ? Number(lastVerified.slice(5, 7)) : 12;
  let issue: string | null = null;
  if (month >= 1 && month <= 12) {
    // Verified in month m is fresh through the same day staleMonths later; the cycle starts on day 1.
    const stale = year * 12 + (month - 1) + s.staleMonths < s.cycleYear * 12 + 5;
    const when = hasMonth ? `${MONTHS[month - 1]} ${year}` : `${year}`;
    if (stale) issue = `data may be stale (verified ${when})`;
  }
  memo.set(lastVerified, issue);
  return issue;
}

let memoFor: { cycleYear: number; staleMonths: number; answers: Map<string, string | null> } | null = null;

/** Answers already worked out for these settings (most programs share few dates; called per pair). */
function staleMemo(s: Settings): Map<string, string | null> {
  if (memoFor === null || memoFor.cycleYear !== s.cycleYear || memoFor.staleMonths !== s.staleMonths) {
    memoFor = { cycleYear: s.cycleYear, staleMonths: s.staleMonths, answers: new Map() };
  } else if (memoFor.answers.size > 5000) memoFor.answers.clear();
  return memoFor.answers;
}

/** No absent columns. */
const NONE_ABSENT: ReadonlySet<keyof Program> = new Set();

/**
 * Checks every requirement of one program against one applicant. A failed requirement is named in Issues
 * (every one, when several fail: the ones that cannot change by studying first, the score last); a value
 * unknown on either side is named too, except for a column absent from the whole sheet (the plan says that
 * once).
 *
 * @param facts - from `applicantFacts`
 * @param program - the program
 * @param s - settings
 * @param absent - Programs columns absent from the sheet (no per-row "unknown" issue for them)
 * @returns the status, the Reach cap and the issues
 * @example
 * checkEligibility(facts, makeProgram({ minStepTwo: 240 }), s).status // 'Below minimum' for a 230
 */
export function checkEligibility(
  facts: ApplicantFacts,
  program: Program,
  s: Settings,
  absent: ReadonlySet<keyof Program> = NONE_ABSENT,
): Eligibility {
  // Failed requirements go first in Issues, the ones the applicant cannot change first and the score last:
  // IMGs, visa, years, attempts, USCE, minimum. One slot each (each fails at most once), so no sort per pair.
  let failedImgs: string | null = null;
  let failedVisa: string | null = null;
  let failedYears: string | null = null;
  let failedAttempts: string | null = null;
  let failedUsce: string | null = null;
  let failedMinimum: string | null = null;
  const notes: string[] = [];
  let capAtReach = false;
  // Notes of the requirements that cap the program at Reach (at most two), told so when it stays eligible.
  let reachNote = -1;
  let reachNoteToo = -1;
  const score = facts.stepTwoScore;
  const minimum = program.minStepTwo;
  const kind = program.minIsHard ? 'hard' : 'preferred';
  if (minimum === null) {
    if (!absent.has('minStepTwo')) notes.push('minimum score unknown');
  } else if (score === null) {
    notes.push(`your Step 2 CK is unknown, so the ${kind} minimum ${minimum} could not be checked`);
  } else if (score < minimum) {
    if (program.minIsHard) failedMinimum = `below the hard minimum Step 2 CK ${minimum}`;
    else {
      capAtReach = true;
      reachNote = notes.length;
      notes.push(`below the preferred minimum Step 2 CK ${minimum}`);
    }
  }
  const cutoff = program.yogCutoff;
  const years = facts.yearsSinceGraduation;
  if (cutoff === null) {
    if ((years === null || years > 0) && !absent.has('yogCutoff')) notes.push('YOG cutoff unknown');
  } else if (years === null) {
    notes.push(`your graduation year is unknown, so the ${cutoff}-year cutoff could not be checked`);
  } else if (years > cutoff) {
    failedYears = `you graduated ${plural(years, 'year')} ago; this program takes graduates up to ${plural(cutoff, 'year')} out`;
  }
  const maxFailed = program.maxFailedAttempts;
  const attemptsUnknown = facts.failedAttemptsUnknown === true;
  if (maxFailed === null) {
    if ((facts.failedAttempts > 0 || attemptsUnknown) && !absent.has('maxFailedAttempts'))
      notes.push('failed-attempt limit unknown');
  } else if (facts.failedAttempts > maxFailed) {
    failedAttempts = `allows at most ${maxFailed} failed attempt${maxFailed === 1 ? '' : 's'}`;
  } else if (attemptsUnknown) {
    // The failures known for sure pass; unknown ones might not. Named, never passed silently (SPEC section 2).
    notes.push(
      `your failed attempts are unknown, so its limit of ${plural(maxFailed, 'failed attempt')} could not be checked`,
    );
  }
  if (facts.isImg) {
    if (program.takesImgs === false) failedImgs = 'takes no IMGs';
    else if (program.takesImgs === null && !absent.has('takesImgs')) {
      notes.push('whether it takes IMGs is unknown');
    }
  }
  if (facts.needsVisa === true) {
    if (program.sponsorsVisa === 'None') failedVisa = 'sponsors no visas';
    else if (program.sponsorsVisa === null && !absent.has('sponsorsVisa'))
      notes.push('visa sponsorship unknown');
  } else if (facts.needsVisa === null && program.sponsorsVisa === 'None') {
    // Unknown is never good news (SPEC section 2): a visa need would make this program Not eligible.
    capAtReach = true;
    if (reachNote < 0) reachNote = notes.length;
    else reachNoteToo = notes.length;
    notes.push('visa need unknown and it sponsors no visas');
  }
  if (program.usceRequired === true) {
    if (facts.usceWeeks === null) {
      notes.push(
        'your USCE weeks are unknown, so its US clinical experience requirement could not be checked',
      );
    } else if (facts.usceWeeks === 0) failedUsce = 'requires US clinical experience';
  } else if (program.usceRequired === null && facts.usceWeeks === 0 && !absent.has('usceRequired')) {
    notes.push('whether it requires US clinical experience is unknown');
  }
  const stale = staleIssue(program.lastVerified, s);
  if (stale !== null) notes.push(stale);
  const status: EligibilityStatus =
    failedMinimum !== null
      ? 'Below minimum'
      : failedImgs !== null ||
          failedVisa !== null ||
          failedYears !== null ||
          failedAttempts !== null ||
          failedUsce !== null
        ? 'Not eligible'
        : 'Eligible';
  // "At most a Reach" only makes sense on a program that stays eligible.
  if (status === 'Eligible') {
    if (reachNote >= 0) notes[reachNote] += ', so at most a Reach';
    if (reachNoteToo >= 0) notes[reachNoteToo] += ', so at most a Reach';
    // Nothing failed: the notes are the issues (no second array per pair).
    return { status, capAtReach, issues: notes };
  }
  const issues: string[] = [];
  if (failedImgs !== null) issues.push(failedImgs);
  if (failedVisa !== null) issues.push(failedVisa);
  if (failedYears !== null) issues.push(failedYears);
  if (failedAttempts !== null) issues.push(failedAttempts);
  if (failedUsce !== null) issues.push(failedUsce);
  if (failedMinimum !== null) issues.push(failedMinimum);
  for (let i = 0; i < notes.length; i++) issues.push(notes[i]!);
  return { status, capAtReach, issues };
}
