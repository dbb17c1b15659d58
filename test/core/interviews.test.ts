import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chanceOfAtLeast, expectedInterviews, programsNeeded } from '../../src/core/interviews.ts';

/** Brute force over every outcome, for small lists. */
function bruteForce(chances: number[], k: number): number {
  let total = 0;
  for (let mask = 0; mask < 1 << chances.length; mask++) {
    let p = 1;
    let count = 0;
    chances.forEach((c, i) => {
      if (mask & (1 << i)) {
        p *= c / 100;
        count++;
      } else p *= 1 - c / 100;
    });
    if (count >= k) total += p;
  }
  return total;
}

describe('expectedInterviews', () => {
  it('adds the whole-percent chances', () => {
    expect(expectedInterviews([50, 20, 10])).toBeCloseTo(0.8, 10);
    expect(expectedInterviews([])).toBe(0);
  });
});

describe('chanceOfAtLeast', () => {
  it.each([
    [[50, 50], 1, 0.75],
    [[50, 50], 2, 0.25],
    [[50, 50], 3, 0],
    [[10], 0, 1],
    [[100, 100, 0], 2, 1],
  ])('gives P(at least k) exactly for %j, k = %i', (chances, k, expected) => {
    expect(chanceOfAtLeast(chances, k)).toBeCloseTo(expected, 12);
  });

  it('equals the sum over every outcome (Poisson-binomial, exact)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 11 }),
        (chances, k) => {
          expect(chanceOfAtLeast(chances, k)).toBeCloseTo(bruteForce(chances, k), 10);
        },
      ),
    );
  });
});

describe('programsNeeded', () => {
  it('adds the highest chances first until the wanted chance is reached', () => {
    // [50] alone: 50%; + 50: 75%; + 50: 87.5% ≥ 85%.
    expect(programsNeeded([50], [10, 50, 50], 1, 0.85)).toMatchObject({ programs: 3, added: 2 });
  });

  it('says none would when every program together falls short', () => {
    const result = programsNeeded([5, 5], [5], 3, 0.9);
    expect(result.programs).toBeNull();
    expect(result.chance).toBeCloseTo(0.000125, 9);
  });

  it('needs nothing more when the set already reaches it', () => {
    expect(programsNeeded([95, 95], [50], 1, 0.9)).toMatchObject({ programs: 2, added: 0 });
  });
});
