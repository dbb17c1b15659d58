import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programChance, scoresOnlyChance, signalledChance, wholePercent } from '../../src/core/chance.ts';
import {
  chanceInputsOf,
  coefficientBounds,
  FIT_PARAMETERS,
  fromCoefficient,
  type OutcomeFacts,
  outcomeFeatures,
  predictOutcome,
  toCoefficient,
} from '../../src/core/chance-features.ts';
import { predictProbability } from '../../src/core/logistic-fit.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

function facts(overrides: Partial<OutcomeFacts> = {}): OutcomeFacts {
  return {
    applicantType: 'US IMG',
    stepTwoScore: 221,
    failedAttempts: 0,
    typicalStepTwo: 227,
    minStepTwo: null,
    imgShare: 0.35,
    programType: null,
    signal: '',
    rotated: false,
    ties: false,
    ...overrides,
  };
}

const scoreArb = fc.integer({ min: 180, max: 280 });
const maybeScore = fc.option(fc.integer({ min: 190, max: 270 }), { nil: null });
const maybeShare = fc.option(
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  { nil: null },
);

describe('outcomeFeatures', () => {
  it("gives, with the defaults, RAD_CHANCE's own arithmetic for a row holding only its inputs", () => {
    fc.assert(
      fc.property(scoreArb, maybeScore, maybeScore, maybeShare, (score, typical, minimum, share) => {
        const formula = scoresOnlyChance(score, typical, minimum, share, s);
        fc.pre(formula !== null);
        const row = facts({
          stepTwoScore: score,
          typicalStepTwo: typical,
          minStepTwo: minimum,
          imgShare: share,
        });
        expect(wholePercent(predictOutcome(row, s))).toBe(formula!.chance);
      }),
    );
  });

  it("gives the list's Chance for a program, with every term the sheet can hold (type, rotation, tie, failures)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US MD', 'DO', 'US IMG', 'Non-US IMG' as const),
        scoreArb,
        maybeScore,
        maybeShare,
        fc.constantFrom('University', 'Community', 'Hybrid', null),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (type, score, typical, share, programType, rotated, ties, failed) => {
          const row = facts({
            applicantType: type,
            stepTwoScore: score,
            typicalStepTwo: typical,
            imgShare: share,
            programType,
            rotated,
            ties,
            failedAttempts: failed,
          });
          const program = makeProgram({
            typicalStepTwo: typical,
            imgShare: share,
            type: programType,
            firstAccredited: null,
          });
          const listed = programChance(program, { ...chanceInputsOf(row), tie: ties ? 'TX' : null }, s);
          expect(wholePercent(predictOutcome(row, s))).toBe(listed.chance);
        },
      ),
    );
  });

  it('counts a signal as its odds on the unrounded chance: within a point of what the list shows', () => {
    for (const signal of ['Gold', 'Silver'] as const) {
      const row = facts({ signal });
      const listed = signalledChance(scoresOnlyChance(221, 227, null, 0.35, s)!.chance, signal, s);
      expect(Math.abs(wholePercent(predictOutcome(row, s)) - listed)).toBeLessThanOrEqual(1);
    }
  });

  it('splits the same log-odds into free coefficients and a fixed offset, whichever parameters are free', () => {
    const row = facts({
      rotated: true,
      ties: true,
      signal: 'Gold',
      programType: 'Community',
      failedAttempts: 1,
    });
    const whole = predictOutcome(row, s);
    for (let take = 0; take <= FIT_PARAMETERS.length; take += 3) {
      const free = FIT_PARAMETERS.slice(0, take).map((p) => p.key);
      const { x, offset } = outcomeFeatures(row, free, s);
      const coefficients = free.map((key) => toCoefficient(key, s[key]));
      expect(predictProbability(coefficients, x, offset)).toBeCloseTo(whole, 12);
    }
  });

  it('puts the exponent of each term in its own coefficient', () => {
    const row = facts({ stepTwoScore: 207, typicalStepTwo: 227, imgShare: 0.3, rotated: true });
    const { x } = outcomeFeatures(
      row,
      [
        'chanceBaseUsImg',
        'chanceOddsPer10Below',
        'chanceOddsPer10ImgShare',
        'chanceOddsRotated',
        'chanceOddsPer10Above',
      ],
      s,
    );
    expect(x).toEqual([1, 2, 2, 1, 0]);
  });

  it('treats a blank applicant type as a US IMG and unknowns as skipped steps', () => {
    const blank = facts({ applicantType: null, typicalStepTwo: null, imgShare: null, stepTwoScore: null });
    expect(wholePercent(predictOutcome(blank, s))).toBe(s.chanceBaseUsImg);
  });
});

describe('coefficients', () => {
  it('turn settings into log-odds and back', () => {
    for (const { key } of FIT_PARAMETERS) {
      expect(fromCoefficient(key, toCoefficient(key, s[key]))).toBeCloseTo(s[key], 10);
    }
  });

  it('are bounded so that a rotation, tie, signal or community program never lowers the chance', () => {
    for (const key of [
      'chanceOddsRotated',
      'chanceOddsTie',
      'signalOddsGold',
      'chanceOddsCommunity',
    ] as const) {
      expect(coefficientBounds(key).low).toBe(0);
    }
    expect(coefficientBounds('chanceOddsPer10Below').high).toBe(0);
  });
});
