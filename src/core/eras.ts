/**
 * ERAS application fees (SPEC section 1, `RAD_ERAS_COST`): per specialty, `erasFeeFirst` dollars for each
 * of the first `erasFeeBreak` programs and `erasFeeAfter` for each one after. The count restarts for each
 * specialty, so a dual application is priced as two specialties.
 */
import type { Settings } from './settings.ts';

/**
 * Fees for one specialty.
 *
 * @param programs - programs applied to in that specialty (negative or fractional counts are floored at 0)
 * @param s - settings in force
 * @returns dollars
 * @example
 * erasCostForSpecialty(31, defaultSettings(2026)) // 360
 */
export function erasCostForSpecialty(programs: number, s: Settings): number {
  const count = Number.isFinite(programs) ? Math.max(0, Math.floor(programs)) : 0;
  const atFirstFee = Math.min(count, s.erasFeeBreak);
  return atFirstFee * s.erasFeeFirst + (count - atFirstFee) * s.erasFeeAfter;
}

/**
 * Total fees, each specialty priced on its own.
 *
 * @param programCounts - programs per specialty, e.g. `[43, 7]` for DR plus a Preliminary year
 * @param s - settings in force
 * @returns dollars
 * @example
 * erasCost([43, 7], defaultSettings(2026)) // 797
 */
export function erasCost(programCounts: number[], s: Settings): number {
  return programCounts.reduce((total, programs) => total + erasCostForSpecialty(programs, s), 0);
}
