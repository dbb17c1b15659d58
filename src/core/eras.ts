/**
 * ERAS application fees (SPEC section 1, `RAD_ERAS_COST`): per specialty, `erasFeeFirst` dollars for each
 * of the first `erasFeeBreak` programs and `erasFeeAfter` for each one after. The count restarts for each
 * specialty, so a dual application is priced as two specialties. Dollars are rounded to cents (a fee of
 * 11.555 typed in Settings gives $323.54 for 28 programs, never 323.53999999999996).
 */
import type { Settings } from './settings.ts';

/**
 * Dollars rounded to whole cents, half up, after dropping the binary noise of decimal fees.
 *
 * @example
 * toCents(323.53999999999996) // 323.54
 */
export function toCents(dollars: number): number {
  return Math.round(Number((dollars * 100).toPrecision(12))) / 100;
}

/**
 * Fees for one specialty.
 *
 * @param programs - programs applied to in that specialty (negative or fractional counts are floored at 0)
 * @param s - settings in force
 * @returns dollars, rounded to cents
 * @example
 * erasCostForSpecialty(31, defaultSettings(2026)) // 360
 */
export function erasCostForSpecialty(programs: number, s: Settings): number {
  const count = Number.isFinite(programs) ? Math.max(0, Math.floor(programs)) : 0;
  const atFirstFee = Math.min(count, s.erasFeeBreak);
  return toCents(atFirstFee * s.erasFeeFirst + (count - atFirstFee) * s.erasFeeAfter);
}

/**
 * Total fees, each specialty priced on its own.
 *
 * @param programCounts - programs per specialty, e.g. `[43, 7]` for DR plus a Preliminary year
 * @param s - settings in force
 * @returns dollars, rounded to cents
 * @example
 * erasCost([43, 7], defaultSettings(2026)) // 797
 */
export function erasCost(programCounts: number[], s: Settings): number {
  return toCents(programCounts.reduce((total, programs) => total + erasCostForSpecialty(programs, s), 0));
}
