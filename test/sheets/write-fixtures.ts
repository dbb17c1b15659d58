/**
 * Fixtures for the output-builder tests: a ranked program built on the core `makeProgram`, and a helper that
 * turns written values into what Sheets stores (an escaping apostrophe is not part of the value).
 */
import type { RankedProgram } from '../../src/core/types.ts';
import { makeProgram } from '../core/fixtures.ts';

/**
 * A ranked program with neutral values; `program` fields go through `makeProgram`.
 *
 * @param overrides - ranked fields to replace, and `program` overrides
 * @returns a fresh ranked program
 */
export function makeRanked(
  overrides: Partial<Omit<RankedProgram, 'program'>> & { program?: Parameters<typeof makeProgram>[0] } = {},
): RankedProgram {
  const { program, ...rest } = overrides;
  return {
    program: makeProgram(program ?? {}),
    rank: 1,
    category: 'Target',
    chance: 18,
    chanceSteps: [
      { label: 'US IMG base', chance: 5, scoreBased: false },
      { label: 'score 6 below typical', chance: 3, scoreBased: true },
      { label: 'IMG share 35%', chance: 5, scoreBased: false },
      { label: 'rotated here', chance: 18, scoreBased: false },
    ],
    chanceUnknown: [],
    fit: 30,
    fitFactors: [{ label: 'rotated here', points: 30 }],
    margin: null,
    signal: '',
    signalSent: '',
    signalledChance: null,
    apply: false,
    why: 'Chance 18%: US IMG base 5% → score 6 below typical 3% → IMG share 35% 5% → rotated here 18%. Fit 30: rotated here +30.',
    issues: '',
    ...rest,
  };
}

/**
 * What `getValues()` gives back after writing these values: strings lose one escaping apostrophe.
 *
 * @param values - an output's values
 * @returns the stored values
 */
export function storedValues(values: (string | number | boolean)[][]): unknown[][] {
  return values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}
