/**
 * The Apply set (SPEC section 2): exactly the recommended count of eligible programs (all of them when there
 * are fewer), keeping the advised mix — about `applyShareReach`% reaches, `applyShareSafety`% safeties, the
 * rest targets — and choosing within each category by Fit, then Chance (then name, so the same input always
 * gives the same set). A category with too few programs for its share leaves its places to the
 * highest-Chance eligible programs not yet chosen, and the result says so. Below-minimum and not-eligible
 * programs are never chosen. Signals play no part.
 */
import { descending, orderByKey } from './order.ts';
import type { Settings } from './settings.ts';
import type { Category } from './types.ts';

/** What the Apply choice needs about one program. */
export interface ApplyCandidate {
  category: Category;
  /** Whole percent; null when not eligible. */
  chance: number | null;
  fit: number | null;
  /** Name order (a number, or lower-case name then key), for a stable order. */
  sortKey: string | number;
}

/** A category that could not fill its share. */
export interface CategoryShort {
  category: 'Reach' | 'Target' | 'Safety';
  places: number;
  available: number;
}

export interface ApplySet {
  /** One flag per candidate, in the order given. */
  apply: boolean[];
  /** Categories with fewer programs than places, in Reach, Target, Safety order. */
  short: CategoryShort[];
  /** Places that went to the highest-Chance programs left. */
  refilled: number;
}

const BANDS = ['Reach', 'Target', 'Safety'] as const;

/**
 * The places of each category in an Apply set of `wanted` programs (the advised mix).
 *
 * @param wanted - size of the Apply set
 * @param s - settings (`applyShareReach`, `applyShareSafety`)
 * @returns places per category, adding up to `wanted`
 * @example
 * applyPlaces(60, defaultSettings(2026)) // { Reach: 12, Target: 30, Safety: 18 }
 */
export function applyPlaces(wanted: number, s: Settings): Record<(typeof BANDS)[number], number> {
  const reach = Math.min(wanted, Math.round((wanted * s.applyShareReach) / 100));
  const safety = Math.min(wanted - reach, Math.round((wanted * s.applyShareSafety) / 100));
  return { Reach: reach, Target: wanted - reach - safety, Safety: safety };
}

function compareText(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One more than the largest sort key when every key is a whole number from 0, else 0 (sort by comparator). */
function sortKeySpan(candidates: readonly ApplyCandidate[]): number {
  let span = 0;
  for (const c of candidates) {
    const key = c.sortKey;
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) return 0;
    if (key >= span) span = key + 1;
  }
  return span;
}

/**
 * Chooses the Apply set.
 *
 * @param candidates - every program (any order)
 * @param recommended - the recommended number of applications
 * @param s - settings (`applyShareReach`, `applyShareSafety`)
 * @returns one flag per program, the categories that fell short and how many places were refilled by Chance
 * @example
 * chooseApplySet(rows, 50, defaultSettings(2026)).apply.filter(Boolean).length // min(50, eligible)
 */
export function chooseApplySet(
  candidates: readonly ApplyCandidate[],
  recommended: number,
  s: Settings,
): ApplySet {
  const apply = candidates.map(() => false);
  const byBand: Record<(typeof BANDS)[number], number[]> = { Reach: [], Target: [], Safety: [] };
  const eligible: number[] = [];
  candidates.forEach((c, i) => {
    if (c.category === 'Reach' || c.category === 'Target' || c.category === 'Safety') {
      byBand[c.category].push(i);
      eligible.push(i);
    }
  });
  const wanted = Math.max(0, Math.min(Math.floor(recommended), eligible.length));
  if (wanted === 0) return { apply, short: [], refilled: 0 };
  const places = applyPlaces(wanted, s);
  const byFit = (a: number, b: number): number => {
    const x = candidates[a]!;
    const y = candidates[b]!;
    return (
      (y.fit ?? 0) - (x.fit ?? 0) || (y.chance ?? 0) - (x.chance ?? 0) || compareText(x.sortKey, y.sortKey)
    );
  };
  // Whole-number sort keys (the ranking's name order) allow one packed key per program instead of a comparator.
  const span = sortKeySpan(candidates);
  const byFitKey = (i: number): number => {
    const c = candidates[i]!;
    return (descending(c.fit ?? 0) * 101 + descending(c.chance ?? 0)) * span + (c.sortKey as number);
  };
  const byChanceKey = (i: number): number => {
    const c = candidates[i]!;
    return (descending(c.chance ?? 0) * 101 + descending(c.fit ?? 0)) * span + (c.sortKey as number);
  };
  const short: CategoryShort[] = [];
  let chosen = 0;
  for (const band of BANDS) {
    const pool = (span > 0 ? orderByKey(byBand[band], byFitKey) : null) ?? byBand[band].sort(byFit);
    const take = Math.min(places[band], pool.length);
    for (let k = 0; k < take; k++) apply[pool[k]!] = true;
    chosen += take;
    if (pool.length < places[band])
      short.push({ category: band, places: places[band], available: pool.length });
  }
  const left = eligible.filter((i) => !apply[i]);
  const rest =
    (span > 0 ? orderByKey(left, byChanceKey) : null) ??
    left.sort((a, b) => {
      const x = candidates[a]!;
      const y = candidates[b]!;
      return (
        (y.chance ?? 0) - (x.chance ?? 0) || (y.fit ?? 0) - (x.fit ?? 0) || compareText(x.sortKey, y.sortKey)
      );
    });
  let refilled = 0;
  for (const i of rest) {
    if (chosen >= wanted) break;
    apply[i] = true;
    chosen++;
    refilled++;
  }
  return { apply, short, refilled };
}
