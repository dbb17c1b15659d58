import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChanceInputs,
  categoryFromChance,
  programChance,
  scoreMultiplier,
  scoresOnlyChance,
  signalledChance,
  wholePercent,
} from '../../src/core/chance.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Program } from '../../src/core/types.ts';
import { makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

function inputs(overrides: Partial<ChanceInputs> = {}): ChanceInputs {
  return {
    applicantType: 'US IMG',
    stepTwoScore: 221,
    failedAttempts: 0,
    yearsSinceGraduation: 1,
    rotated: false,
    tie: null,
    geographicPreference: null,
    ...overrides,
  };
}

describe('programChance with unknown failed attempts', () => {
  it('names them unknown and applies only the failures known for sure', () => {
    const program = makeProgram({ typicalStepTwo: 221 });
    const unknown = programChance(program, inputs({ failedAttemptsUnknown: true }), s);
    expect(unknown.unknown).toContain('failed attempts');
    expect(unknown.chance).toBe(programChance(program, inputs(), s).chance);
    const atLeast = programChance(program, inputs({ failedAttempts: 1, failedAttemptsUnknown: true }), s);
    expect(atLeast.steps.map((step) => step.label)).toContain('at least 1 failed attempt');
    expect(atLeast.chance).toBe(programChance(program, inputs({ failedAttempts: 1 }), s).chance);
  });
});

describe('programChance', () => {
  it('counts a program as new only when its accreditation year is not after the cycle year', () => {
    const labels = (firstAccredited: number) =>
      programChance(makeProgram({ firstAccredited }), inputs(), s).steps.map((step) => step.label);
    expect(labels(2023)).toContain('new program (since 2023)');
    expect(labels(2026)).toContain('new program (since 2026)');
    expect(labels(2030).some((label) => label.startsWith('new program'))).toBe(false);
  });

  it('starts from the base chance of the applicant type', () => {
    const program = makeProgram({ type: 'University' });
    for (const [type, base] of [
      ['US MD', 9],
      ['DO', 7],
      ['US IMG', 5],
      ['Non-US IMG', 4],
    ] as const) {
      const result = programChance(program, inputs({ applicantType: type, stepTwoScore: null }), s);
      expect(result.steps[0]).toEqual({ label: `${type} base`, chance: base, scoreBased: false });
    }
  });

  it('shows the chain with the chance after each step, as the SPEC example does', () => {
    const program = makeProgram({ typicalStepTwo: 227, imgShare: 0.35, type: 'University' });
    const result = programChance(program, inputs({ rotated: true }), s);
    expect(result.steps.map((step) => `${step.label} ${step.chance}%`)).toEqual([
      'US IMG base 5%',
      'score 6 below typical 3%',
      'IMG share 35% 5%',
      'rotated here 18%',
    ]);
    // By hand: 5/95 × 0.4^0.6 = 0.0304 (3%); × 1.25^2.5 = 0.0531 (5%); × 4 = 0.2122 → 17.5% → 18%.
    expect(result.chance).toBe(18);
  });

  it('works the odds out by hand: base 5% at 20 points above typical with the default 1.8 per 10 points', () => {
    // odds 5/95 × 1.8² = 0.1705 → 14.6% → 15%
    const result = programChance(makeProgram({ typicalStepTwo: 201 }), inputs(), s);
    expect(result.chance).toBe(15);
  });

  it('counts a point below typical more than a point above', () => {
    expect(1 / scoreMultiplier(-10, s)).toBeGreaterThan(scoreMultiplier(10, s));
  });

  it('measures against the minimum plus the offset when the typical score is unknown, and says so', () => {
    const result = programChance(makeProgram({ minStepTwo: 215 }), inputs(), s);
    expect(result.steps[1]?.label).toBe('score 4 below typical taken as minimum + 10');
    expect(result.unknown).toContain('typical score');
  });

  it('skips and names every unknown, never raising the chance for it', () => {
    const program = makeProgram({ type: null, imgShare: null });
    const result = programChance(program, inputs({ yearsSinceGraduation: null }), s);
    expect(result.unknown).toEqual([
      'typical and minimum scores',
      'graduation year',
      'IMG share',
      'program type',
    ]);
    expect(result.chance).toBe(5);
    expect(result.scoresUnknown).toBe(true);
  });

  it('lowers the chance below a Preferred minimum but not at a Hard one it meets', () => {
    const preferred = programChance(
      makeProgram({ typicalStepTwo: 221, minStepTwo: 225, minIsHard: false }),
      inputs(),
      s,
    );
    expect(preferred.steps.map((step) => step.label)).toContain('below the preferred minimum');
    expect(preferred.chance).toBeLessThan(5);
  });

  it.each([
    [0, 5],
    [1, 3],
    [2, 1],
  ])('with %i failed attempts gives %i%%', (failed, chance) => {
    expect(
      programChance(makeProgram({ typicalStepTwo: 221 }), inputs({ failedAttempts: failed }), s).chance,
    ).toBe(chance);
  });

  it('lowers the chance for each year since graduation past the grace years', () => {
    const at = (years: number) =>
      programChance(makeProgram({ typicalStepTwo: 221 }), inputs({ yearsSinceGraduation: years }), s).chance;
    expect(at(2)).toBe(5);
    expect(at(6)).toBeLessThan(at(3));
  });

  it('counts IMG share and takes-IMGs for IMGs only', () => {
    const program = makeProgram({ typicalStepTwo: 221, imgShare: 0.5, takesImgs: true });
    expect(programChance(program, inputs(), s).chance).toBeGreaterThan(5);
    const md = programChance(program, inputs({ applicantType: 'US MD' }), s);
    expect(md.chance).toBe(9);
    expect(md.unknown).not.toContain('IMG share');
  });

  it('counts a geographic preference only for a division the Profile names', () => {
    const program = makeProgram({ typicalStepTwo: 221, division: 'Pacific' });
    expect(programChance(program, inputs({ geographicPreference: ['Pacific'] }), s).steps.at(-1)?.label).toBe(
      'geographic preference (Pacific)',
    );
    expect(programChance(program, inputs({ geographicPreference: null }), s).chance).toBe(5);
    expect(programChance(program, inputs({ geographicPreference: ['Mountain'] }), s).chance).toBe(5);
  });

  it('keeps the chance between 1% and 99%', () => {
    const low = programChance(makeProgram({ typicalStepTwo: 280 }), inputs({ failedAttempts: 4 }), s);
    expect(low.chance).toBe(1);
    const high = programChance(
      makeProgram({ typicalStepTwo: 200, type: 'Community', imgShare: 0.9, takesImgs: true }),
      inputs({ stepTwoScore: 300, rotated: true, tie: 'TX' }),
      s,
    );
    expect(high.chance).toBe(99);
  });
});

describe('programChance invariants', () => {
  const programArb: fc.Arbitrary<Program> = fc
    .record({
      typicalStepTwo: fc.option(fc.integer({ min: 190, max: 270 }), { nil: null }),
      minStepTwo: fc.option(fc.integer({ min: 180, max: 250 }), { nil: null }),
      minIsHard: fc.boolean(),
      imgShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      takesImgs: fc.option(fc.boolean(), { nil: null }),
      type: fc.constantFrom('University', 'Community', 'Hybrid', null),
      firstAccredited: fc.option(fc.integer({ min: 1950, max: 2026 }), { nil: null }),
      division: fc.constantFrom('Pacific', 'Mountain', 'New England', null),
    })
    .map((p) => makeProgram(p as Partial<Program>));
  const inputsArb: fc.Arbitrary<ChanceInputs> = fc.record({
    applicantType: fc.constantFrom('US MD', 'DO', 'US IMG', 'Non-US IMG'),
    stepTwoScore: fc.option(fc.integer({ min: 150, max: 290 }), { nil: null }),
    failedAttempts: fc.integer({ min: 0, max: 4 }),
    yearsSinceGraduation: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
    rotated: fc.boolean(),
    tie: fc.option(fc.constant('TX'), { nil: null }),
    geographicPreference: fc.option(fc.subarray(['Pacific', 'Mountain', 'New England'] as const), {
      nil: null,
    }),
  });

  it('is monotone: a higher score, a rotation, a tie, a higher IMG share or fewer failures never lower it', () => {
    fc.assert(
      fc.property(programArb, inputsArb, fc.integer({ min: 1, max: 40 }), (program, base, step) => {
        const chance = programChance(program, base, s).chance;
        if (base.stepTwoScore !== null) {
          const higher = { ...base, stepTwoScore: base.stepTwoScore + step };
          expect(programChance(program, higher, s).chance).toBeGreaterThanOrEqual(chance);
        }
        expect(programChance(program, { ...base, rotated: true }, s).chance).toBeGreaterThanOrEqual(chance);
        expect(programChance(program, { ...base, tie: 'TX' }, s).chance).toBeGreaterThanOrEqual(chance);
        if (base.failedAttempts > 0) {
          const fewer = { ...base, failedAttempts: base.failedAttempts - 1 };
          expect(programChance(program, fewer, s).chance).toBeGreaterThanOrEqual(chance);
        }
        if (program.imgShare !== null) {
          const share = { ...program, imgShare: Math.min(1, program.imgShare + step / 100) };
          expect(programChance(share, base, s).chance).toBeGreaterThanOrEqual(chance);
        }
      }),
    );
  });

  it('is a whole percent from 1 to 99, and a signal never lowers it', () => {
    fc.assert(
      fc.property(programArb, inputsArb, (program, base) => {
        const { chance } = programChance(program, base, s);
        expect(Number.isInteger(chance)).toBe(true);
        expect(chance).toBeGreaterThanOrEqual(1);
        expect(chance).toBeLessThanOrEqual(99);
        expect(signalledChance(chance, 'Silver', s)).toBeGreaterThanOrEqual(chance);
        expect(signalledChance(chance, 'Gold', s)).toBeGreaterThanOrEqual(
          signalledChance(chance, 'Silver', s),
        );
      }),
    );
  });
});

describe('signalledChance', () => {
  it('multiplies the odds of the whole percent shown: 18% with a gold signal is 76%', () => {
    // 18/82 × 14.43 = 3.168 → 76.0%
    expect(signalledChance(18, 'Gold', s)).toBe(76);
  });

  it('uses the silver multiplier for a silver signal', () => {
    // 18/82 × 5.9 = 1.295 → 56.4%
    expect(signalledChance(18, 'Silver', s)).toBe(56);
  });
});

describe('categoryFromChance', () => {
  it.each([
    [9, 'Reach'],
    [10, 'Target'],
    [39, 'Target'],
    [40, 'Safety'],
  ] as const)('puts %i%% in %s at the band boundaries', (chance, category) => {
    expect(categoryFromChance(chance, s)).toBe(category);
  });
});

describe('wholePercent', () => {
  it('rounds to a whole percent within 1–99', () => {
    expect(wholePercent(0.184)).toBe(18);
    expect(wholePercent(0.001)).toBe(1);
    expect(wholePercent(0.999)).toBe(99);
  });
});

describe('scoresOnlyChance', () => {
  it('is null below the minimum, as the list says Below minimum', () => {
    expect(scoresOnlyChance(214, 230, 215, null, s)).toBeNull();
  });

  it('equals the chance of a program whose only known figures are these', () => {
    const program = makeProgram({
      typicalStepTwo: 227,
      minStepTwo: 210,
      imgShare: 0.35,
      type: null,
      firstAccredited: null,
      division: null,
    });
    const list = programChance(program, inputs({ yearsSinceGraduation: null }), s).chance;
    expect(scoresOnlyChance(221, 227, 210, 0.35, s)?.chance).toBe(list);
  });
});
