/**
 * Preference-signal suggestions (SPEC section 2): the gold, then the silver, signals go to Apply-set programs
 * where a signal adds the most chance, weighted by what the applicant wants: gain × (1 + Fit/100), the gain
 * being the signalled chance minus the Chance (both whole percents). Never to a Below-minimum or Not-eligible
 * program, nor to one whose Preferred minimum the applicant misses. Signals the applicant already sent
 * (`Signal sent`) count first — on these programs and on programs no longer listed alike — and only the signals
 * left are suggested. Signals never change Chance, category, the Apply set or the order.
 */
import { signalledChance } from './chance.ts';
import type { Settings } from './settings.ts';
import type { Signal } from './types.ts';

/** What signal choice needs about one program. */
export interface SignalCandidate {
  /** Whole percent; null when not eligible. */
  chance: number | null;
  fit: number | null;
  apply: boolean;
  /** The applicant's score is below the program's Preferred minimum. */
  belowPreferredMinimum: boolean;
  /** The signal already sent here ('' when none). */
  sent: Signal;
  /** Name order (a number, or lower-case name then key), to break ties. */
  sortKey: string | number;
  /** The program's key, when known: a key seen on an earlier candidate is never suggested a signal. */
  key?: string;
}

function compareText(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Signals sent to programs that are not among the candidates (no longer listed): spent all the same. */
export interface SignalsSpent {
  gold: number;
  silver: number;
}

/**
 * Suggests the signals not yet sent.
 *
 * @param candidates - every program (any order)
 * @param s - settings (`goldSignals`, `silverSignals`, signal odds)
 * @param spentElsewhere - signals sent to programs not among the candidates
 * @returns one suggestion per program (`Gold`, `Silver` or ''), in the same order
 * @example
 * suggestSignals(rows, defaultSettings(2026)).filter((x) => x === 'Gold').length // up to 6
 */
export function suggestSignals(
  candidates: readonly SignalCandidate[],
  s: Settings,
  spentElsewhere: SignalsSpent = { gold: 0, silver: 0 },
): Signal[] {
  const suggestions: Signal[] = candidates.map(() => '');
  let gold = Math.max(0, Math.floor(s.goldSignals)) - spentElsewhere.gold;
  let silver = Math.max(0, Math.floor(s.silverSignals)) - spentElsewhere.silver;
  const open: number[] = [];
  const seen = new Set<string>();
  candidates.forEach((c, i) => {
    if (c.sent === 'Gold') gold--;
    else if (c.sent === 'Silver') silver--;
    else if (c.apply && c.chance !== null && !c.belowPreferredMinimum && !seen.has(c.key ?? '')) open.push(i);
    if (c.key !== undefined && c.key !== '') seen.add(c.key);
  });
  const pick = (signal: 'Gold' | 'Silver', count: number): void => {
    if (count <= 0) return;
    const weighted = open
      .filter((i) => suggestions[i] === '')
      .map((i) => {
        const c = candidates[i]!;
        const chance = c.chance ?? 0;
        const gain = signalledChance(chance, signal, s) - chance;
        return { i, weight: gain * (1 + (c.fit ?? 0) / 100), chance };
      })
      .sort(
        (a, b) =>
          b.weight - a.weight ||
          a.chance - b.chance ||
          compareText(candidates[a.i]!.sortKey, candidates[b.i]!.sortKey),
      );
    for (let k = 0; k < count && k < weighted.length; k++) suggestions[weighted[k]!.i] = signal;
  };
  pick('Gold', gold);
  pick('Silver', silver);
  return suggestions;
}
