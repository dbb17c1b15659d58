/**
 * A small seeded pseudo-random generator (mulberry32) for things that must come out the same every time:
 * the fictional sample Outcomes history, synthetic data in tests and benchmarks. Not for anything secret.
 */

/** A source of numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/**
 * A generator seeded with a 32-bit integer.
 *
 * @param seed - any integer (taken modulo 2^32)
 * @returns a function giving the next number in [0, 1)
 * @example
 * const random = seededRandom(7);
 * random() === seededRandom(7)() // true
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A whole number from `min` to `max` inclusive.
 *
 * @example randomInt(seededRandom(1), 1, 6) // 1…6
 */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * A draw from the standard normal distribution (Box–Muller).
 *
 * @example 230 + 8 * randomNormal(seededRandom(3)) // a score around 230
 */
export function randomNormal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
