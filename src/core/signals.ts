/**
 * Preference-signal suggestions (SPEC section 1): `goldSignals` gold, then `silverSignals` silver, only among
 * Apply programs. Programs where the applicant rotated or has ties come first, then IMG-friendly programs
 * (IMG share ≥ 20% or takes IMGs; this group is skipped for non-IMG applicants, whose remaining programs all
 * rank alike), then the rest. Within a group, Target comes before Reach before Safety — a signal matters most
 * where the applicant is not a sure thing, and a Reach is less likely to pay off than a Target — then best
 * fit, then list order. Never a Below-minimum or Not-eligible program, and never a program whose Preferred
 * minimum the applicant misses (SPEC section 1: no signal where the applicant is below the minimum).
 */
import type { Settings } from './settings.ts';
import type { Category, Signal } from './types.ts';

/** The IMG share at or above which a program counts as IMG-friendly for signals. */
export const IMG_FRIENDLY_SHARE = 0.2;

/** What signal choice needs about one listed program. */
export interface SignalCandidate {
  category: Category;
  fit: number;
  apply: boolean;
  /** Rotated there or has a tie. */
  connected: boolean;
  imgShare: number | null;
  takesImgs: boolean | null;
  /** The applicant's score is below the program's Preferred minimum (the program is capped at Reach). */
  belowPreferredMinimum: boolean;
}

const CATEGORY_ORDER: Readonly<Record<Category, number>> = {
  Target: 0,
  Reach: 1,
  Safety: 2,
  'Below minimum': 9,
  'Not eligible': 9,
};

/**
 * Suggests gold and silver signals.
 *
 * @param ordered - programs in list order
 * @param isImg - whether the applicant is an IMG (US IMG or Non-US IMG)
 * @param s - settings (`goldSignals`, `silverSignals`)
 * @returns one signal per program (`Gold`, `Silver` or ''), in the same order
 * @example
 * assignSignals(ranked, true, defaultSettings(2026)).filter((x) => x === 'Gold').length // up to 6
 */
export function assignSignals(ordered: readonly SignalCandidate[], isImg: boolean, s: Settings): Signal[] {
  const signals: Signal[] = ordered.map(() => '');
  const picks: { index: number; group: number; category: number; fit: number }[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const item = ordered[i]!;
    const category = CATEGORY_ORDER[item.category];
    if (!item.apply || category > 2 || item.belowPreferredMinimum) continue;
    const friendly =
      !isImg || (item.imgShare !== null && item.imgShare >= IMG_FRIENDLY_SHARE) || item.takesImgs === true;
    const group = item.connected ? 0 : friendly ? 1 : 2;
    picks.push({ index: i, group, category, fit: item.fit });
  }
  picks.sort((a, b) => a.group - b.group || a.category - b.category || b.fit - a.fit || a.index - b.index);
  const gold = Math.max(0, Math.floor(s.goldSignals));
  const silver = Math.max(0, Math.floor(s.silverSignals));
  for (let k = 0; k < picks.length && k < gold + silver; k++) {
    signals[picks[k]!.index] = k < gold ? 'Gold' : 'Silver';
  }
  return signals;
}
