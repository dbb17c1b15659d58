/**
 * Interview arithmetic over whole-percent chances (SPEC section 2): the expected number of interviews (the sum
 * of the chances), the exact chance of at least k interviews (Poisson-binomial, by dynamic programming — no
 * normal approximation), and how many programs, added highest chance first, it takes to reach a wanted chance
 * of at least k. Every input is a whole percent as shown, so the figures can be checked by hand.
 */

/**
 * Expected interviews: the sum of the chances.
 *
 * @param chances - whole percents
 * @returns the expected number of interviews (not rounded)
 * @example
 * expectedInterviews([50, 20, 10]) // 0.8
 */
export function expectedInterviews(chances: readonly number[]): number {
  let total = 0;
  for (const chance of chances) total += chance;
  return total / 100;
}

/**
 * The distribution of the number of interviews, truncated at `k` (the last entry is "k or more").
 *
 * @param chances - whole percents
 * @param k - the count of interest (0 or more)
 * @returns `dist[j]` = P(exactly j) for j < k, `dist[k]` = P(at least k)
 */
function truncatedDistribution(chances: readonly number[], k: number): Float64Array {
  const dist = new Float64Array(k + 1);
  dist[0] = 1;
  for (const chance of chances) addProgram(dist, chance / 100);
  return dist;
}

/** Adds one program with probability `p` to a truncated distribution, in place. */
function addProgram(dist: Float64Array, p: number): void {
  const k = dist.length - 1;
  if (k === 0) return;
  dist[k] = dist[k]! + dist[k - 1]! * p;
  for (let j = k - 1; j >= 1; j--) dist[j] = dist[j]! * (1 - p) + dist[j - 1]! * p;
  dist[0] = dist[0]! * (1 - p);
}

/**
 * The exact chance of at least `k` interviews from independent programs.
 *
 * @param chances - whole percents (0–100)
 * @param k - how many interviews (0 or less gives 1)
 * @returns a probability from 0 to 1
 * @example
 * chanceOfAtLeast([50, 50], 1) // 0.75
 */
export function chanceOfAtLeast(chances: readonly number[], k: number): number {
  const wanted = Math.ceil(k);
  if (wanted <= 0) return 1;
  if (wanted > chances.length) return 0;
  return Math.min(1, Math.max(0, truncatedDistribution(chances, wanted)[wanted]!));
}

/** How many programs reach a wanted chance of at least k, or that none would. */
export interface ProgramsNeeded {
  /** Programs in all (the set given plus the ones added), or null when even all of them fall short. */
  programs: number | null;
  /** How many were added to the set given. */
  added: number;
  /** The chance of at least k reached, 0–1: with the programs counted, or with every one when none suffices. */
  chance: number;
}

/**
 * Adds programs (highest chance first) to a set until the chance of at least `k` reaches `wanted`.
 *
 * @param current - the chances of the set as it is (whole percents)
 * @param candidates - chances of programs that could be added (whole percents, any order)
 * @param k - interviews wanted
 * @param wanted - the chance wanted, 0–1 (e.g. 0.9)
 * @returns the number of programs needed (null when none would do), how many added, and the best possible chance
 * @example
 * programsNeeded([50], [50, 50], 1, 0.85).programs // 3
 */
export function programsNeeded(
  current: readonly number[],
  candidates: readonly number[],
  k: number,
  wanted: number,
): ProgramsNeeded {
  const target = Math.max(0, Math.ceil(k));
  const dist = truncatedDistribution(current, target);
  const reached = (): number => (target === 0 ? 1 : dist[target]!);
  if (reached() >= wanted) return { programs: current.length, added: 0, chance: reached() };
  const sorted = [...candidates].sort((a, b) => b - a);
  for (let i = 0; i < sorted.length; i++) {
    addProgram(dist, sorted[i]! / 100);
    if (reached() >= wanted) {
      return { programs: current.length + i + 1, added: i + 1, chance: reached() };
    }
  }
  return { programs: null, added: sorted.length, chance: reached() };
}
