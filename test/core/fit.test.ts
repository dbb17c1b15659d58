import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryFromFit, categoryFromScores, type FitInputs, scoreFit } from '../../src/core/fit.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Category, Program } from '../../src/core/types.ts';
import { makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);
const noMatch: FitInputs = {
  stepTwoScore: 230,
  isImg: false,
  rotated: false,
  tie: null,
  preferredPlace: null,
  preferredType: false,
};

function fitOf(program: Partial<Program>, inputs: Partial<FitInputs> = {}) {
  return scoreFit(makeProgram(program), { ...noMatch, ...inputs }, s);
}

const RANK: Record<Category, number> = {
  'Not eligible': 0,
  'Below minimum': 1,
  Reach: 2,
  Target: 3,
  Safety: 4,
};

describe('scoreFit', () => {
  it.each([
    ['rotation', {}, { rotated: true }, 'Rotated here', s.fitRotated],
    ['tie', {}, { tie: 'Ohio' }, 'Tie (Ohio)', s.fitTie],
    ['community type', { type: 'Community' as const }, {}, 'community program', s.fitCommunity],
    ['hybrid type', { type: 'Hybrid' as const }, {}, 'hybrid program', s.fitHybrid],
    ['new program', { firstAccredited: 2021 }, {}, 'new program (since 2021)', s.fitNewProgram],
    ['preferred place', {}, { preferredPlace: 'Midwest' }, 'preferred place (Midwest)', s.fitPreferredRegion],
    [
      'preferred type',
      { type: 'University' as const },
      { preferredType: true },
      'preferred type (University)',
      s.fitPreferredType,
    ],
    ['takes IMGs (IMG)', { takesImgs: true }, { isImg: true }, 'takes IMGs', s.fitTakesImgs],
    [
      'IMG share 20%',
      { imgShare: 0.2 },
      { isImg: true },
      'IMG share 20%',
      Math.round(20 * s.fitPerImgPercent),
    ],
    ['IMG share 80% (capped)', { imgShare: 0.8 }, { isImg: true }, 'IMG share 80%', s.fitMaxImgShare],
    [
      'score 6 below typical',
      { typicalStepTwo: 236 },
      {},
      'score 6 below typical',
      -Math.round(6 * s.fitPerPointVsTypical),
    ],
    [
      'score 4 above typical',
      { typicalStepTwo: 226 },
      {},
      'score 4 above typical',
      Math.round(4 * s.fitPerPointVsTypical),
    ],
    [
      'far below typical (capped)',
      { typicalStepTwo: 290 },
      {},
      'score 60 below typical',
      -s.fitMaxBelowTypical,
    ],
    [
      'far above typical (capped)',
      { typicalStepTwo: 180 },
      {},
      'score 50 above typical',
      s.fitMaxAboveTypical,
    ],
    [
      'score 10 above minimum',
      { minStepTwo: 220 },
      {},
      'score 10 above minimum',
      Math.round(10 * s.fitPerPointAboveMinimum),
    ],
    [
      'score 60 above minimum (capped)',
      { minStepTwo: 170 },
      {},
      'score 60 above minimum',
      s.fitMaxAboveMinimum,
    ],
  ])('adds the %s factor with its weight', (_name, program, inputs, label, points) => {
    const result = fitOf(program, inputs);
    const factor = result.factors.find((f) => f.label === label);
    expect(factor?.points).toBe(points);
    expect(result.fit).toBe(Math.round(s.fitBase) + points);
  });

  it('leaves out the new-program factor one year past the window', () => {
    expect(fitOf({ firstAccredited: 2026 - s.newProgramYears - 1 }).fit).toBe(s.fitBase);
    expect(fitOf({ firstAccredited: 2026 - s.newProgramYears }).fit).toBe(s.fitBase + s.fitNewProgram);
  });

  it('ignores IMG factors for a non-IMG applicant', () => {
    expect(fitOf({ imgShare: 0.5, takesImgs: true }, { isImg: false }).fit).toBe(s.fitBase);
  });

  it('writes a Why text whose parts add up to the fit', () => {
    const result = fitOf(
      { typicalStepTwo: 236, imgShare: 0.35, type: 'Community', minStepTwo: 220 },
      { rotated: true, isImg: true },
    );
    const sum = result.factors.reduce((total, f) => total + f.points, 0);
    expect(sum).toBe(result.fit);
    expect(
      result.why.startsWith(`Fit ${result.fit} = base ${s.fitBase}; Rotated here +${s.fitRotated}`),
    ).toBe(true);
    expect(result.why).toContain(`score 6 below typical \u2212${Math.round(6 * s.fitPerPointVsTypical)}`);
    expect(result.why).toContain('IMG share 35% +');
  });

  it('says "capped at 100" and still adds up when the factors pass 100', () => {
    const result = fitOf(
      { typicalStepTwo: 200, minStepTwo: 200, type: 'Community', firstAccredited: 2025 },
      { rotated: true, tie: 'Ohio', preferredPlace: 'OH' },
    );
    expect(result.fit).toBe(100);
    expect(result.why).toContain('capped at 100 \u2212');
    expect(result.factors.reduce((total, f) => total + f.points, 0)).toBe(100);
  });

  it('names unknown inputs and counts no score factor without a Step 2 CK', () => {
    const result = fitOf(
      { typicalStepTwo: 240, minStepTwo: 230, imgShare: null },
      { stepTwoScore: null, isImg: true },
    );
    expect(result.fit).toBe(s.fitBase);
    expect(result.why).toContain('your Step 2 CK is unknown');
    expect(result.why).toContain('IMG share unknown');
    expect(fitOf({ typicalStepTwo: null }).why).toContain('typical score unknown');
  });

  it('explains a margin at or below the minimum', () => {
    expect(fitOf({ minStepTwo: 230 }).why).toContain('margin 0');
    expect(fitOf({ minStepTwo: 235 }).why).toContain('score 5 below the minimum (margin \u22125)');
  });

  it('marks only score terms as score-based', () => {
    const result = fitOf({ typicalStepTwo: 220, minStepTwo: 210, type: 'Community' }, { rotated: true });
    const scoreBased = result.factors.filter((f) => f.scoreBased).map((f) => f.label);
    expect(scoreBased).toEqual(['score 10 above typical', 'score 20 above minimum']);
  });

  const programArb = fc.record({
    minStepTwo: fc.option(fc.integer({ min: 180, max: 260 }), { nil: null }),
    typicalStepTwo: fc.option(fc.integer({ min: 180, max: 270 }), { nil: null }),
    imgShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    takesImgs: fc.option(fc.boolean(), { nil: null }),
    type: fc.constantFrom('University' as const, 'Community' as const, 'Hybrid' as const, null),
    firstAccredited: fc.option(fc.integer({ min: 1950, max: 2026 }), { nil: null }),
  });
  const inputsArb = fc.record({
    stepTwoScore: fc.integer({ min: 150, max: 290 }),
    isImg: fc.boolean(),
    rotated: fc.boolean(),
    tie: fc.option(fc.constant('Ohio'), { nil: null }),
    preferredPlace: fc.option(fc.constant('Midwest'), { nil: null }),
    preferredType: fc.boolean(),
  });

  it('never lowers fit for a higher Step 2 CK, a rotation, a tie or a higher IMG share', () => {
    fc.assert(
      fc.property(programArb, inputsArb, fc.integer({ min: 1, max: 40 }), (program, inputs, step) => {
        const p = makeProgram(program);
        const fit = scoreFit(p, inputs, s).fit;
        expect(
          scoreFit(p, { ...inputs, stepTwoScore: inputs.stepTwoScore + step }, s).fit,
        ).toBeGreaterThanOrEqual(fit);
        expect(scoreFit(p, { ...inputs, rotated: true }, s).fit).toBeGreaterThanOrEqual(fit);
        expect(scoreFit(p, { ...inputs, tie: 'Ohio' }, s).fit).toBeGreaterThanOrEqual(fit);
        const more = makeProgram({ ...program, imgShare: Math.min(1, (program.imgShare ?? 0) + step / 100) });
        expect(scoreFit(more, inputs, s).fit).toBeGreaterThanOrEqual(fit);
      }),
    );
  });

  it('always gives a whole number from 0 to 100 that its factors add up to', () => {
    fc.assert(
      fc.property(programArb, inputsArb, (program, inputs) => {
        const result = scoreFit(makeProgram(program), inputs, s);
        expect(Number.isInteger(result.fit)).toBe(true);
        expect(result.fit).toBeGreaterThanOrEqual(0);
        expect(result.fit).toBeLessThanOrEqual(100);
        expect(result.factors.reduce((total, f) => total + f.points, 0)).toBe(result.fit);
      }),
    );
  });
});

describe('categoryFromFit', () => {
  it.each([
    [s.safetyFrom, 'Safety'],
    [s.safetyFrom - 1, 'Target'],
    [s.targetFrom, 'Target'],
    [s.targetFrom - 1, 'Reach'],
  ])('puts fit %i in %s', (fit, category) => {
    expect(categoryFromFit(fit, s)).toBe(category);
  });
});

describe('categoryFromScores', () => {
  it.each([
    [229, 230, null, 'Below minimum'],
    [230, 230, null, categoryFromFit(s.fitBase, s)],
    [250, 230, null, categoryFromFit(s.fitBase + s.fitMaxAboveMinimum, s)],
    [220, null, 240, categoryFromFit(s.fitBase - s.fitMaxBelowTypical, s)],
    [240, null, 230, categoryFromFit(s.fitBase + Math.round(10 * s.fitPerPointVsTypical), s)],
    [230, null, null, categoryFromFit(s.fitBase, s)],
  ])('gives score %i, minimum %s, typical %s the category %s', (score, minimum, typical, expected) => {
    expect(categoryFromScores(score, minimum, typical, s)).toBe(expected);
  });

  it('agrees with the list for a program with only score data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 290 }),
        fc.option(fc.integer({ min: 180, max: 260 }), { nil: null }),
        fc.option(fc.integer({ min: 180, max: 270 }), { nil: null }),
        (score, minimum, typical) => {
          const fit = scoreFit(
            makeProgram({ minStepTwo: minimum, typicalStepTwo: typical }),
            { ...noMatch, stepTwoScore: score },
            s,
          ).fit;
          const expected = minimum !== null && score < minimum ? 'Below minimum' : categoryFromFit(fit, s);
          expect(categoryFromScores(score, minimum, typical, s)).toBe(expected);
        },
      ),
    );
  });

  it('never gets worse for a higher score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 290 }),
        fc.integer({ min: 1, max: 30 }),
        fc.option(fc.integer({ min: 180, max: 260 }), { nil: null }),
        fc.option(fc.integer({ min: 180, max: 270 }), { nil: null }),
        (score, step, minimum, typical) => {
          const low = RANK[categoryFromScores(score, minimum, typical, s)];
          expect(RANK[categoryFromScores(score + step, minimum, typical, s)]).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });
});
