/**
 * Fit (SPEC section 2): how well a program matches what the applicant wants — preferred regions or states,
 * preferred program types, ties, a rotation there — as a whole number from 0 to 100. It never changes a
 * category: it only orders programs within a category for the Apply set, and weighs where a signal helps
 * most. Weights live in Settings (`fitPreferredPlace`, `fitPreferredType`, `fitTie`, `fitRotated`); the
 * defaults add up to exactly 100. Programs the applicant cannot apply to (Below minimum, Not eligible) get no
 * Fit (see docs/scoring.md).
 */
import type { Settings } from './settings.ts';
import type { FitFactor } from './types.ts';

/** What fit needs about one applicant–program pair. */
export interface FitInputs {
  rotated: boolean;
  /** The tie that matched (as typed), or null. */
  tie: string | null;
  /** Plain words for the preferred place matched (`region South`, `state OH`), or null. */
  preferredPlace: string | null;
  /** The program's type when it is one the applicant prefers, or null. */
  preferredType: string | null;
}

export interface FitResult {
  fit: number;
  factors: FitFactor[];
}

/**
 * Formats signed points with a true minus sign.
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

/**
 * Scores the preferences one program meets.
 *
 * @param inputs - rotation, tie, preferred place and type matched at this program
 * @param s - settings (the `fit*` weights)
 * @returns fit 0–100 and its terms (each rounded; they add up to the fit, a cap term included)
 * @example
 * scoreFit({ rotated: false, tie: 'TX', preferredPlace: 'region South', preferredType: 'Community' }, s).fit // 70
 */
export function scoreFit(inputs: FitInputs, s: Settings): FitResult {
  const factors: FitFactor[] = [];
  // Each term rounded; a term that rounds to 0 is left out. Inline (no closure): this runs for every pair.
  let points = Math.round(s.fitPreferredPlace);
  if (inputs.preferredPlace !== null && points !== 0) {
    factors.push({ label: `preferred ${inputs.preferredPlace}`, points });
  }
  points = Math.round(s.fitPreferredType);
  if (inputs.preferredType !== null && points !== 0) {
    factors.push({ label: `preferred type (${inputs.preferredType})`, points });
  }
  points = Math.round(s.fitTie);
  if (inputs.tie !== null && points !== 0) factors.push({ label: `tie (${inputs.tie})`, points });
  points = Math.round(s.fitRotated);
  if (inputs.rotated && points !== 0) factors.push({ label: 'rotated here', points });
  let total = 0;
  for (const factor of factors) total += factor.points;
  if (total > 100) factors.push({ label: 'capped at 100', points: 100 - total });
  return { fit: Math.min(100, total), factors };
}

/**
 * The Fit part of `Why`.
 *
 * @param fit - the fit
 * @param factors - its terms
 * @returns e.g. `Fit 70: preferred region (South) +25; preferred type (Community) +20; tie (TX) +25`
 * @example
 * fitText(0, []) // 'Fit 0: none of your preferences'
 */
export function fitText(fit: number, factors: readonly FitFactor[]): string {
  if (factors.length === 0) return `Fit ${fit}: none of your preferences`;
  let text = `Fit ${fit}: `;
  for (let i = 0; i < factors.length; i++) {
    text += `${i === 0 ? '' : '; '}${factors[i]!.label} ${formatPoints(factors[i]!.points)}`;
  }
  return text;
}
