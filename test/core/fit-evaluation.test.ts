import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brierScore,
  calibrationTable,
  groupedFolds,
  LOG_LOSS_EPSILON,
  logLoss,
  type Prediction,
  splitByCycle,
} from '../../src/core/fit-evaluation.ts';

const prediction = fc.record({
  p: fc.double({ min: 0, max: 1, noNaN: true }),
  y: fc.constantFrom<0 | 1>(0, 1),
  weight: fc.option(fc.double({ min: 0.01, max: 5, noNaN: true }), { nil: undefined }),
});

describe('logLoss and brierScore', () => {
  it('score a coin-flip model at log 2 and 0.25', () => {
    const coin: Prediction[] = [
      { p: 0.5, y: 1 },
      { p: 0.5, y: 0 },
    ];
    expect(logLoss(coin)).toBeCloseTo(Math.log(2), 12);
    expect(brierScore(coin)).toBe(0.25);
  });

  it('are 0 for certain, right predictions and worst for certain, wrong ones', () => {
    expect(logLoss([{ p: 1, y: 1 }])).toBeCloseTo(0, 12);
    expect(brierScore([{ p: 0, y: 0 }])).toBe(0);
    expect(logLoss([{ p: 0, y: 1 }])).toBeCloseTo(-Math.log(LOG_LOSS_EPSILON), 6);
    expect(logLoss([{ p: 0.999999999999999, y: 0 }])).toBeLessThanOrEqual(-Math.log(LOG_LOSS_EPSILON));
    expect(brierScore([{ p: 0, y: 1 }])).toBe(1);
  });

  it('have nothing to say about no predictions', () => {
    expect(logLoss([])).toBeNull();
    expect(brierScore([{ p: 0.3, y: 1, weight: 0 }])).toBeNull();
  });

  it('stay within their bounds for any predictions, including near-certain misses', () => {
    fc.assert(
      fc.property(fc.array(prediction, { minLength: 1, maxLength: 50 }), (predictions) => {
        const loss = logLoss(predictions)!;
        const brier = brierScore(predictions)!;
        return loss >= 0 && loss <= -Math.log(LOG_LOSS_EPSILON) + 1e-9 && brier >= 0 && brier <= 1;
      }),
    );
  });

  it('reward a better probability: log-loss falls as p moves towards what happened', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.49, noNaN: true }),
        (p) => logLoss([{ p, y: 1 }])! > logLoss([{ p: 1 - p, y: 1 }])!,
      ),
    );
  });
});

describe('calibrationTable', () => {
  it('puts each prediction in its band and gives mean predicted, observed rate, count and applicants', () => {
    const table = calibrationTable([
      { p: 0.12, y: 1, group: 'A01' },
      { p: 0.18, y: 0, group: 'A01' },
      { p: 0.15, y: 0, group: 'A02' },
      { p: 0.1, y: 0, group: 'A03' },
      { p: 0.02, y: 0, group: 'A03' },
      { p: 1, y: 1, group: 'A04' },
    ]);
    expect(table.map((row) => row.band)).toEqual(['0–5%', '5–10%', '10–20%', '20–40%', '40–60%', '60–100%']);
    const tenToTwenty = table[2]!;
    expect(tenToTwenty).toMatchObject({ count: 4, applicants: 3, observedRate: 0.25 });
    expect(tenToTwenty.meanPredicted).toBeCloseTo(0.1375, 12);
    expect(table[1]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
    expect(table[5]).toMatchObject({ count: 1, observedRate: 1 });
  });

  it('counts every finite prediction exactly once', () => {
    fc.assert(
      fc.property(fc.array(prediction, { maxLength: 60 }), (predictions) => {
        const total = calibrationTable(predictions).reduce((sum, row) => sum + row.count, 0);
        return total === predictions.length;
      }),
    );
  });
});

describe('groupedFolds', () => {
  const groups = fc.array(fc.constantFrom('A01', 'A02', 'A03', 'B1', 'B2', 'C', 'D', 'E', 'F', 'G'), {
    minLength: 0,
    maxLength: 80,
  });

  it('never splits a group, tests every row exactly once, and keeps test rows out of the fit', () => {
    fc.assert(
      fc.property(groups, fc.integer({ min: 2, max: 8 }), (names, k) => {
        const rows = names.map((group) => ({ group }));
        const folds = groupedFolds(rows, k);
        const distinct = new Set(names).size;
        if (distinct < 2) return folds.length === 0;
        if (folds.length !== Math.min(k, distinct)) return false;
        const tested = folds.flatMap((fold) => fold.test).sort((a, b) => a - b);
        if (tested.join() !== rows.map((_, i) => i).join()) return false;
        return folds.every((fold) => {
          const testGroups = new Set(fold.test.map((i) => names[i]));
          return (
            fold.test.length > 0 &&
            fold.train.every((i) => !testGroups.has(names[i]!)) &&
            fold.train.length + fold.test.length === rows.length
          );
        });
      }),
    );
  });

  it('gives the same folds for the same rows, and balances their sizes', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({ group: `A${i % 24}` }));
    expect(groupedFolds(rows, 5)).toEqual(groupedFolds(rows, 5));
    const sizes = groupedFolds(rows, 5).map((fold) => fold.test.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(5);
  });
});

describe('splitByCycle', () => {
  it('fits on earlier cycles and tests on the latest', () => {
    expect(splitByCycle([{ cycle: 2024 }, { cycle: 2025 }, { cycle: 2023 }, { cycle: 2025 }])).toEqual({
      train: [0, 2],
      test: [1, 3],
      testCycle: 2025,
    });
  });

  it('has no split with one cycle', () => {
    expect(splitByCycle([{ cycle: 2025 }, { cycle: 2025 }])).toBeNull();
    expect(splitByCycle([])).toBeNull();
  });
});
