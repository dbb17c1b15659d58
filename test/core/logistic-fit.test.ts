import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitLogistic,
  type LogisticRow,
  logistic,
  predictProbability,
  solveSymmetric,
} from '../../src/core/logistic-fit.ts';
import { randomNormal, seededRandom } from '../../src/core/seeded-random.ts';

/** Outcomes drawn from a known model: intercept, a score-like feature, a yes/no feature, a small one. */
function synthetic(truth: number[], count: number, seed: number): LogisticRow[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const x = [1, randomNormal(random), random() < 0.3 ? 1 : 0, randomNormal(random)];
    const y = random() < predictProbability(truth, x) ? 1 : 0;
    return { x, y, group: `A${i % 300}` };
  });
}

describe('fitLogistic', () => {
  const truth = [-2, 0.8, 1.5, -0.6];

  it('recovers known parameters from 8,000 synthetic outcomes within 0.15 each, about 3 standard errors (weak pull to 0)', () => {
    const fit = fitLogistic(synthetic(truth, 8000, 20260601), {
      priorMean: [0, 0, 0, 0],
      priorPrecision: 0.01,
    });
    expect(fit.converged).toBe(true);
    expect(fit.stop).toBe('converged');
    fit.coefficients.forEach((b, j) => {
      expect(Math.abs(b - truth[j]!)).toBeLessThan(0.15);
    });
  });

  it('stays near the prior with very few rows', () => {
    const prior = [-1, 0.5, 1, 0];
    const fit = fitLogistic(synthetic(truth, 6, 7), { priorMean: prior, priorPrecision: 10 });
    expect(fit.converged).toBe(true);
    fit.coefficients.forEach((b, j) => {
      expect(Math.abs(b - prior[j]!)).toBeLessThan(0.3);
    });
  });

  it('gives the prior itself with no rows', () => {
    const fit = fitLogistic([], { priorMean: [-2.4, 0.1], priorPrecision: [1, 4] });
    expect(fit).toMatchObject({ coefficients: [-2.4, 0.1], converged: true, rows: 0 });
  });

  it('moves further from the prior as the pull weakens', () => {
    const rows = synthetic(truth, 400, 11);
    const distance = (precision: number) =>
      Math.abs(fitLogistic(rows, { priorMean: [0, 0, 0, 0], priorPrecision: precision }).coefficients[1]!);
    expect(distance(100)).toBeLessThan(distance(1));
    expect(distance(1)).toBeLessThan(distance(0.01));
  });

  it('answers separated data (every yes row invited) with a finite fit when there is a pull', () => {
    const rows: LogisticRow[] = Array.from({ length: 60 }, (_, i) => ({
      x: [1, i % 2],
      y: i % 2 === 1 ? 1 : i % 3 === 0 ? 1 : 0,
      group: `A${i}`,
    }));
    const pulled = fitLogistic(rows, { priorMean: [0, 0], priorPrecision: 0.5 });
    expect(pulled.converged).toBe(true);
    expect(pulled.coefficients.every(Number.isFinite)).toBe(true);
    const unpulled = fitLogistic(rows, { priorMean: [0, 0], priorPrecision: 0 });
    expect(unpulled.converged).toBe(false);
    expect(['diverging', 'iteration limit', 'singular']).toContain(unpulled.stop);
  });

  it('refuses bad input and hands back the prior', () => {
    const prior = [0.5, 0.5];
    const cases: [LogisticRow[], number | number[]][] = [
      [[{ x: [1], y: 1, group: 'A' }], 1],
      [[{ x: [1, Number.NaN], y: 1, group: 'A' }], 1],
      [[{ x: [1, 0], y: 1, group: 'A', weight: -1 }], 1],
      [[{ x: [1, 0], y: 1, group: 'A' }], [1]],
      [[{ x: [1, 0], y: 1, group: 'A' }], -1],
    ];
    for (const [rows, precision] of cases) {
      expect(fitLogistic(rows, { priorMean: prior, priorPrecision: precision })).toMatchObject({
        coefficients: prior,
        converged: false,
        stop: 'bad input',
      });
    }
  });

  it('counts a row of weight 2 as two rows', () => {
    const rows: LogisticRow[] = [
      { x: [1], y: 1, group: 'A', weight: 2 },
      { x: [1], y: 0, group: 'B' },
    ];
    const doubled: LogisticRow[] = [
      { x: [1], y: 1, group: 'A' },
      { x: [1], y: 1, group: 'A' },
      { x: [1], y: 0, group: 'B' },
    ];
    const a = fitLogistic(rows, { priorMean: [0], priorPrecision: 0.1 }).coefficients[0]!;
    const b = fitLogistic(doubled, { priorMean: [0], priorPrecision: 0.1 }).coefficients[0]!;
    expect(a).toBeCloseTo(b, 8);
    expect(logistic(a)).toBeGreaterThan(0.5);
  });

  it('gives the same answer for the same rows', () => {
    const rows = synthetic(truth, 500, 3);
    const options = { priorMean: [0, 0, 0, 0], priorPrecision: 1 };
    expect(fitLogistic(rows, options)).toEqual(fitLogistic(rows, options));
  });
});

describe('logistic', () => {
  it('is 1/2 at 0, symmetric, and never overflows', () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(800)).toBe(1);
    expect(logistic(-800)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        (eta) => Math.abs(logistic(eta) + logistic(-eta) - 1) < 1e-12,
      ),
    );
  });
});

describe('solveSymmetric', () => {
  it('solves a positive-definite system and refuses a singular one', () => {
    expect(
      solveSymmetric(
        [
          [4, 2],
          [2, 3],
        ],
        [2, 1],
      )?.map((v) => Math.round(v * 1e9) / 1e9),
    ).toEqual([0.5, 0]);
    expect(
      solveSymmetric(
        [
          [1, 1],
          [1, 1],
        ],
        [1, 1],
      ),
    ).toBeNull();
  });
});
