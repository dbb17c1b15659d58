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
    fit: 56,
    margin: null,
    signal: '',
    apply: false,
    factors: [
      { label: 'base', points: 50, scoreBased: false },
      { label: 'Rotated here', points: 15, scoreBased: false },
      { label: 'score 6 below typical', points: -9, scoreBased: true },
    ],
    why: 'Fit 56 = base 50; Rotated here +15; score 6 below typical −9',
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
