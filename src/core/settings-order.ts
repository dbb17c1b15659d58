/**
 * Settings that only make sense together (tier thresholds that go down in order, Target below Safety, Apply
 * shares that fit in 100%, …). Each value can be in range on its own and still contradict another, so after the
 * Settings sheet is read, each group is checked as a whole; a group that contradicts itself goes back to its
 * defaults, and the caller reports it. The defaults always pass every check.
 */
import type { Settings } from './settings.ts';

type Key = keyof Settings;

/** One group of settings with an order between them. */
interface OrderGroup {
  /** The settings the check reads, in the order the expectation names them. */
  keys: readonly Key[];
  /** Plain words for what was expected, e.g. `Target from fit below Safety from fit`. */
  expected: string;
  holds: (s: Settings) => boolean;
  /** What goes back to its default first (the rest of `keys` only if that is not enough). */
  resetFirst: readonly Key[];
}

const GROUPS: readonly OrderGroup[] = [
  {
    keys: ['competitiveFrom', 'averageFrom', 'mildlyLowFrom', 'moderatelyLowFrom'],
    expected: 'Competitive from > Average from > Mildly low from > Moderately low from',
    holds: (s) =>
      s.competitiveFrom > s.averageFrom &&
      s.averageFrom > s.mildlyLowFrom &&
      s.mildlyLowFrom > s.moderatelyLowFrom,
    resetFirst: ['competitiveFrom', 'averageFrom', 'mildlyLowFrom', 'moderatelyLowFrom'],
  },
  {
    keys: ['strongFrom', 'mildlyLowFrom', 'competitiveFrom'],
    expected: '"50+ applications from" at or above Mildly low from and at or below Competitive from',
    holds: (s) => s.strongFrom >= s.mildlyLowFrom && s.strongFrom <= s.competitiveFrom,
    resetFirst: ['strongFrom'],
  },
  {
    keys: ['countStrong', 'countMildlyLow', 'countModeratelyLow'],
    expected:
      'Applications if strong ≤ Applications if mildly low ≤ Applications if moderately low (a lower score never needs fewer)',
    holds: (s) => s.countStrong <= s.countMildlyLow && s.countMildlyLow <= s.countModeratelyLow,
    resetFirst: ['countStrong', 'countMildlyLow', 'countModeratelyLow'],
  },
  {
    keys: ['targetFrom', 'safetyFrom'],
    expected: 'Target from chance % below Safety from chance %',
    holds: (s) => s.targetFrom < s.safetyFrom,
    resetFirst: ['targetFrom', 'safetyFrom'],
  },
  {
    keys: ['imgShareNeutral', 'imgShareCountedUpTo'],
    expected: 'IMG share neutral % at or below IMG share counted up to %',
    holds: (s) => s.imgShareNeutral <= s.imgShareCountedUpTo,
    resetFirst: ['imgShareNeutral', 'imgShareCountedUpTo'],
  },
  {
    keys: ['chanceOddsPer10Below', 'chanceOddsPer10Above'],
    expected:
      'a score below typical counting at least as much as one above (1 ÷ Chance odds per 10 points below typical ≥ Chance odds per 10 points above typical)',
    holds: (s) => 1 / s.chanceOddsPer10Below >= s.chanceOddsPer10Above,
    resetFirst: ['chanceOddsPer10Below', 'chanceOddsPer10Above'],
  },
  {
    keys: ['signalOddsSilver', 'signalOddsGold'],
    expected: 'Silver signal odds at or below Gold signal odds',
    holds: (s) => s.signalOddsSilver <= s.signalOddsGold,
    resetFirst: ['signalOddsSilver', 'signalOddsGold'],
  },
  {
    keys: ['applyShareReach', 'applyShareSafety'],
    expected: 'Apply share reach % + Apply share safety % at most 100',
    holds: (s) => s.applyShareReach + s.applyShareSafety <= 100,
    resetFirst: ['applyShareReach', 'applyShareSafety'],
  },
];

/** A group that contradicted itself and was put back to its defaults. */
export interface OrderProblem {
  /** Every setting the check involves, in the order `expected` names them. */
  keys: Key[];
  /** The values that were found, by key (before the reset). */
  found: Partial<Record<Key, number>>;
  /** The settings put back to their defaults. */
  reset: Key[];
  expected: string;
}

/**
 * Checks the orders between settings and puts each inconsistent group back to its defaults.
 *
 * @param settings - the settings read from the sheet; changed in place where a group is reset
 * @param defaults - the default settings (`defaultSettings`)
 * @returns one problem per inconsistent group, in a fixed order (empty when all is consistent)
 * @example
 * settleSettingsOrder({ ...d, targetFrom: 90, safetyFrom: 30 }, d)[0]?.reset // ['targetFrom', 'safetyFrom']
 */
export function settleSettingsOrder(settings: Settings, defaults: Settings): OrderProblem[] {
  const problems: OrderProblem[] = [];
  for (const group of GROUPS) {
    if (group.holds(settings)) continue;
    const found: Partial<Record<Key, number>> = {};
    for (const key of group.keys) found[key] = settings[key];
    const reset: Key[] = [...group.resetFirst];
    for (const key of group.resetFirst) settings[key] = defaults[key];
    if (!group.holds(settings)) {
      for (const key of group.keys) {
        if (!reset.includes(key)) reset.push(key);
        settings[key] = defaults[key];
      }
    }
    problems.push({ keys: [...group.keys], found, reset, expected: group.expected });
  }
  return problems;
}
