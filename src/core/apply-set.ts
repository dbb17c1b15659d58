/**
 * The Apply set (SPEC section 2): exactly the recommended count of eligible programs (all of them when there
 * are fewer), chosen best fit first while keeping a mix of about `applyShareReach`% reaches and
 * `applyShareSafety`% safeties, the rest targets. A category with too few programs leaves its places to the
 * best remaining programs by fit. Below-minimum and not-eligible programs are never chosen.
 */
import type { Settings } from './settings.ts';
import type { Category } from './types.ts';

/** What the Apply choice needs about one listed program. */
export interface ApplyCandidate {
  category: Category;
}

/**
 * Chooses the Apply set from a list already ordered best first.
 *
 * @param ordered - programs in list order (eligible ones by fit, highest first)
 * @param recommended - the recommended number of applications
 * @param s - settings (`applyShareReach`, `applyShareSafety`)
 * @returns one flag per program, in the same order
 * @example
 * chooseApplySet(ranked, 50, defaultSettings(2026)).filter(Boolean).length // min(50, eligible)
 */
export function chooseApplySet(
  ordered: readonly ApplyCandidate[],
  recommended: number,
  s: Settings,
): boolean[] {
  const apply = ordered.map(() => false);
  let eligible = 0;
  for (const item of ordered) if (isEligible(item.category)) eligible++;
  const wanted = Math.max(0, Math.min(Math.floor(recommended), eligible));
  if (wanted === 0) return apply;
  const reachQuota = Math.min(wanted, Math.round((wanted * s.applyShareReach) / 100));
  const safetyQuota = Math.min(wanted - reachQuota, Math.round((wanted * s.applyShareSafety) / 100));
  const quota: Record<string, number> = {
    Reach: reachQuota,
    Safety: safetyQuota,
    Target: wanted - reachQuota - safetyQuota,
  };
  let chosen = 0;
  for (let i = 0; i < ordered.length; i++) {
    const category = ordered[i]!.category;
    if (isEligible(category) && quota[category]! > 0) {
      quota[category]!--;
      apply[i] = true;
      chosen++;
    }
  }
  for (let i = 0; i < ordered.length && chosen < wanted; i++) {
    if (!apply[i] && isEligible(ordered[i]!.category)) {
      apply[i] = true;
      chosen++;
    }
  }
  return apply;
}

function isEligible(category: Category): boolean {
  return category === 'Reach' || category === 'Target' || category === 'Safety';
}
