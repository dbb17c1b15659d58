import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FitInputs, fitText, formatPoints, scoreFit } from '../../src/core/fit.ts';
import { defaultSettings } from '../../src/core/settings.ts';

const s = defaultSettings(2026);
const none: FitInputs = { rotated: false, tie: null, preferredPlace: null, preferredType: null };

describe('scoreFit', () => {
  it('adds the preferences met, as the SPEC example shows', () => {
    const fit = scoreFit(
      { rotated: false, tie: 'TX', preferredPlace: 'region (South)', preferredType: 'Community' },
      s,
    );
    expect(fit.fit).toBe(70);
    expect(fitText(fit.fit, fit.factors)).toBe(
      'Fit 70: preferred region (South) +25; preferred type (Community) +20; tie (TX) +25',
    );
  });

  it('is 0 with no preference met, and says so', () => {
    const fit = scoreFit(none, s);
    expect(fit.fit).toBe(0);
    expect(fitText(fit.fit, fit.factors)).toBe('Fit 0: none of your preferences');
  });

  it('reaches exactly 100 with every preference at the defaults', () => {
    const all = scoreFit(
      { rotated: true, tie: 'OH', preferredPlace: 'state (OH)', preferredType: 'Hybrid' },
      s,
    );
    expect(all.fit).toBe(100);
    expect(all.factors.reduce((sum, f) => sum + f.points, 0)).toBe(100);
  });

  it('caps at 100 with a term saying so when Settings weigh more', () => {
    const heavy = { ...s, fitRotated: 90, fitTie: 90 };
    const fit = scoreFit({ ...none, rotated: true, tie: 'OH' }, heavy);
    expect(fit.fit).toBe(100);
    expect(fit.factors.at(-1)).toEqual({ label: 'capped at 100', points: -80 });
  });

  it('never lowers fit when a preference is added', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (rotated, tie, place, type) => {
        const inputs: FitInputs = {
          rotated,
          tie: tie ? 'TX' : null,
          preferredPlace: place ? 'region (South)' : null,
          preferredType: type ? 'Community' : null,
        };
        const fit = scoreFit(inputs, s).fit;
        expect(scoreFit({ ...inputs, rotated: true }, s).fit).toBeGreaterThanOrEqual(fit);
        expect(scoreFit({ ...inputs, tie: 'TX' }, s).fit).toBeGreaterThanOrEqual(fit);
        expect(fit).toBeGreaterThanOrEqual(0);
        expect(fit).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('formatPoints', () => {
  it('writes signed points with a true minus sign', () => {
    expect(formatPoints(15)).toBe('+15');
    expect(formatPoints(-9)).toBe('\u22129');
    expect(formatPoints(0)).toBe('0');
  });
});
