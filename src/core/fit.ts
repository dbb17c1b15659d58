/**
 * The fit score of SPEC section 2: a whole number from 0 to 100 built from documented factors whose weights
 * live in Settings (the `fit*` fields). Every factor is rounded on its own and the rounded parts (base
 * included, plus a "capped at 100" / "raised to 0" term when clamping) add up exactly to the fit, so the
 * `Why` text can be added up by hand. `categoryFromScores` is the scores-only rule RAD_CATEGORY uses.
 */
import type { Settings } from './settings.ts';
import type { Category, FitFactor, Program } from './types.ts';

/** What the fit needs to know about the applicant and its match with one program. */
export interface FitInputs {
  stepTwoScore: number | null;
  isImg: boolean;
  rotated: boolean;
  /** The tie that matched (as typed), or null. */
  tie: string | null;
  /** Plain words for the preferred place matched (`Midwest`, `OH`), or null. */
  preferredPlace: string | null;
  preferredType: boolean;
}

export interface FitResult {
  fit: number;
  factors: FitFactor[];
  /** Unknown inputs and zero-point notes, shown after the factors. */
  notes: string[];
  why: string;
}

/**
 * Formats signed points for the Why text, with a true minus sign.
 *
 * @param points - a whole number
 * @returns `+15`, `−9` or `0`
 * @example
 * formatPoints(-9) // '−9'
 */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${-points}`;
  return '0';
}

/** Appends a term unless it rounds to 0. */
function addFactor(factors: FitFactor[], label: string, points: number, scoreBased: boolean): void {
  if (points !== 0) factors.push({ label, points, scoreBased });
}

/** Rounded points for the score against the typical score (0 when either is unknown). */
function typicalPoints(stepTwoScore: number, typical: number, s: Settings): number {
  const raw = (stepTwoScore - typical) * s.fitPerPointVsTypical;
  return Math.round(Math.max(-s.fitMaxBelowTypical, Math.min(s.fitMaxAboveTypical, raw)));
}

/** Rounded points for the margin above the minimum (0 at or below it). */
function minimumPoints(stepTwoScore: number, minimum: number, s: Settings): number {
  const margin = stepTwoScore - minimum;
  if (margin <= 0) return 0;
  return Math.round(Math.min(s.fitMaxAboveMinimum, margin * s.fitPerPointAboveMinimum));
}

/**
 * The category of an eligible program with this fit: Safety, Target or Reach by the Settings cut points.
 *
 * @param fit - 0–100
 * @param s - settings (`safetyFrom`, `targetFrom`)
 * @returns `Safety`, `Target` or `Reach`
 * @example
 * categoryFromFit(70, defaultSettings(2026)) // 'Safety'
 */
export function categoryFromFit(fit: number, s: Settings): 'Reach' | 'Target' | 'Safety' {
  if (fit >= s.safetyFrom) return 'Safety';
  if (fit >= s.targetFrom) return 'Target';
  return 'Reach';
}

/**
 * The category from scores alone (RAD_CATEGORY): `Below minimum` when the minimum is known and the score is
 * below it; otherwise the base plus the two score factors of the fit, clamped to 0–100, split by the cut
 * points — the same terms and rounding the list uses.
 *
 * @param stepTwoScore - the applicant's Step 2 CK
 * @param minimum - the program's minimum, or null when unknown
 * @param typical - the program's typical score, or null when unknown
 * @param s - settings
 * @returns the category
 * @example
 * categoryFromScores(225, 230, null, defaultSettings(2026)) // 'Below minimum'
 */
export function categoryFromScores(
  stepTwoScore: number,
  minimum: number | null,
  typical: number | null,
  s: Settings,
): Category {
  if (minimum !== null && stepTwoScore < minimum) return 'Below minimum';
  let fit = Math.round(s.fitBase);
  if (typical !== null) fit += typicalPoints(stepTwoScore, typical, s);
  if (minimum !== null) fit += minimumPoints(stepTwoScore, minimum, s);
  return categoryFromFit(Math.max(0, Math.min(100, fit)), s);
}

/**
 * Scores one program for one applicant: the fit, its terms and the Why text
 * (`Fit 62 = base 50; Rotated here +15; IMG share 35% +11; score 6 below typical −9; …`).
 *
 * @param program - the program
 * @param inputs - the applicant's score, IMG status and matches with this program
 * @param s - settings (the `fit*` weights, `cycleYear`, `newProgramYears`)
 * @returns fit 0–100, the factors (summing to the fit), notes and the Why text
 * @example
 * scoreFit(makeProgram({ type: 'Community' }), inputs, s).fit // 58 with the defaults and no other factor
 */
export function scoreFit(program: Program, inputs: FitInputs, s: Settings): FitResult {
  const factors: FitFactor[] = [{ label: 'base', points: Math.round(s.fitBase), scoreBased: false }];
  const notes: string[] = [];
  if (inputs.rotated) addFactor(factors, 'Rotated here', Math.round(s.fitRotated), false);
  if (inputs.tie !== null) addFactor(factors, `Tie (${inputs.tie})`, Math.round(s.fitTie), false);
  const score = inputs.stepTwoScore;
  if (score === null) {
    notes.push('your Step 2 CK is unknown, so score factors count 0');
  } else {
    const typical = program.typicalStepTwo;
    if (typical === null) notes.push('typical score unknown');
    else {
      const diff = Math.round(score - typical);
      const where = diff >= 0 ? `score ${diff} above typical` : `score ${-diff} below typical`;
      addFactor(factors, where, typicalPoints(score, typical, s), true);
    }
    const minimum = program.minStepTwo;
    if (minimum !== null) {
      const margin = Math.round(score - minimum);
      const points = minimumPoints(score, minimum, s);
      if (points !== 0) addFactor(factors, `score ${margin} above minimum`, points, true);
      else if (margin > 0) notes.push(`score ${margin} above minimum (too little to count)`);
      else if (margin === 0) notes.push('score exactly at the minimum (margin 0)');
      else notes.push(`score ${-margin} below the minimum (margin ${formatPoints(margin)})`);
    }
  }
  if (inputs.isImg) {
    if (program.imgShare === null) notes.push('IMG share unknown');
    else {
      const percent = program.imgShare * 100;
      const points = Math.round(Math.min(s.fitMaxImgShare, percent * s.fitPerImgPercent));
      addFactor(factors, `IMG share ${Math.round(percent)}%`, points, false);
    }
    if (program.takesImgs === true) addFactor(factors, 'takes IMGs', Math.round(s.fitTakesImgs), false);
  }
  if (program.type === 'Community')
    addFactor(factors, 'community program', Math.round(s.fitCommunity), false);
  else if (program.type === 'Hybrid') addFactor(factors, 'hybrid program', Math.round(s.fitHybrid), false);
  if (program.firstAccredited !== null && s.cycleYear - program.firstAccredited <= s.newProgramYears) {
    addFactor(factors, `new program (since ${program.firstAccredited})`, Math.round(s.fitNewProgram), false);
  }
  if (inputs.preferredPlace !== null) {
    addFactor(factors, `preferred place (${inputs.preferredPlace})`, Math.round(s.fitPreferredRegion), false);
  }
  if (inputs.preferredType && program.type !== null) {
    addFactor(factors, `preferred type (${program.type})`, Math.round(s.fitPreferredType), false);
  }
  let total = 0;
  for (const factor of factors) total += factor.points;
  if (total > 100) addFactor(factors, 'capped at 100', 100 - total, false);
  else if (total < 0) addFactor(factors, 'raised to 0', -total, false);
  const fit = Math.max(0, Math.min(100, total));
  return { fit, factors, notes, why: whyText(fit, factors, notes) };
}

/**
 * Builds the Why text from the fit, its factors and notes.
 *
 * @param fit - the fit the factors add up to
 * @param factors - base first, then each non-zero term
 * @param notes - unknowns and zero-point remarks
 * @returns e.g. `Fit 65 = base 50; Rotated here +15; typical score unknown`
 * @example
 * whyText(65, [{ label: 'base', points: 50, scoreBased: false }, { label: 'Rotated here', points: 15, scoreBased: false }], [])
 */
export function whyText(fit: number, factors: readonly FitFactor[], notes: readonly string[]): string {
  let text = `Fit ${fit} =`;
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i]!;
    text +=
      i === 0 ? ` ${factor.label} ${factor.points}` : `; ${factor.label} ${formatPoints(factor.points)}`;
  }
  for (const note of notes) text += `; ${note}`;
  return text;
}
