import { describe, expect, it } from 'vitest';
import { erasCost, erasCostForSpecialty } from '../../src/core/eras.ts';
import { defaultSettings } from '../../src/core/settings.ts';

const s = defaultSettings(2026);

describe('erasCostForSpecialty', () => {
  it.each([
    [0, 0],
    [1, 11],
    [30, 330],
    [31, 360],
    [43, 720],
    [80, 1830],
  ])('charges %i programs %i dollars', (programs, dollars) => {
    expect(erasCostForSpecialty(programs, s)).toBe(dollars);
  });

  it('treats a negative count as no programs', () => {
    expect(erasCostForSpecialty(-3, s)).toBe(0);
  });
});

describe('erasCost', () => {
  it('prices each specialty on its own', () => {
    expect(erasCost([43, 7], s)).toBe(30 * 11 + 13 * 30 + 7 * 11);
    expect(erasCost([43, 7], s)).toBe(797);
    expect(erasCost([50], s)).not.toBe(erasCost([43, 7], s));
  });

  it('gives 0 for no specialties', () => {
    expect(erasCost([], s)).toBe(0);
  });

  it('rounds to cents, so a fee such as 11.555 never shows binary noise', () => {
    const odd = { ...s, erasFeeFirst: 11.555, erasFeeAfter: 30.1 };
    expect(erasCostForSpecialty(28, odd)).toBe(323.54);
    expect(erasCost([28], odd)).toBe(323.54);
    expect(erasCost([33, 3], odd)).toBe(471.62);
    for (let programs = 0; programs <= 120; programs++) {
      const cost = erasCost([programs, programs % 7], odd);
      expect(Math.round(cost * 100) / 100).toBe(cost);
    }
  });

  it('follows fees moved in Settings', () => {
    const moved = { ...s, erasFeeFirst: 12, erasFeeAfter: 32, erasFeeBreak: 20 };
    expect(erasCost([31], moved)).toBe(20 * 12 + 11 * 32);
  });
});
