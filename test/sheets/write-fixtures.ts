/**
 * Fixtures for the output-builder tests: a ranked program built on the core `makeProgram`, a plan, and a helper
 * that turns written values into what Sheets stores (an escaping apostrophe is not part of the value).
 */
import { formatNumber } from '../../emulator/spreadsheet/number-format.ts';
import type { Plan, RankedProgram } from '../../src/core/types.ts';
import { AUTOMATIC_FORMAT, type SheetOutput } from '../../src/sheets/sheet-output.ts';
import { makePgyOne, makeProgram } from '../core/fixtures.ts';

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

/**
 * The text Sheets would show in one cell of an output: its value under the number format the output's layout
 * gives it below the header (its cell-by-cell format, else its column's, else Automatic), as the emulator
 * renders formats.
 *
 * @param output - a built sheet
 * @param row - 0-based row index into `values`
 * @param column - 0-based column index
 * @returns the displayed text
 */
export function shownText(output: SheetOutput, row: number, column: number): string {
  const value = output.values[row]?.[column] ?? '';
  const block = output.cellNumberFormats;
  const cellFormat = block?.cells[row + 1 - block.row]?.[column + 1 - block.column];
  const format =
    row === 0 ? AUTOMATIC_FORMAT : (cellFormat ?? output.columnFormats?.[column] ?? AUTOMATIC_FORMAT);
  if (typeof value === 'number') return formatNumber(value, format);
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : String(value);
}

/** The shown text of the Value cell of the plan row whose Item is `item`. */
export function planValueText(output: SheetOutput, item: string): string | undefined {
  const at = output.values.findIndex((r) => r[0] === item);
  return at < 0 ? undefined : shownText(output, at, 1);
}

/**
 * A plan with neutral values: a Mildly low applicant with 18 programs marked Apply, signals, a checklist and
 * a PGY-1 year (`makePgyOne`).
 *
 * @param overrides - plan fields to replace
 * @returns a fresh plan
 */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    applicant: 'Ana Li',
    stepTwoScore: 221,
    failedAttempts: 1,
    tier: 'Mildly low',
    recommended: 60,
    range: '60–80',
    dualApply: 'Not needed.',
    stepThree: 'Take Step 3 before applying only if you can prepare well.',
    redFlags: ['1 failed USMLE attempt'],
    checklist: [
      { item: 'US clinical experience', met: true, detail: '8 weeks' },
      { item: 'Radiology letters', met: false, detail: '1 of 2' },
      { item: 'Research output', met: null, detail: 'not given' },
    ],
    counts: { Reach: 3, Target: 10, Safety: 5, 'Below minimum': 4, 'Not eligible': 2 },
    applyCount: 18,
    erasCost: 797,
    signals: {
      gold: ['Lakeview Regional Radiology'],
      silver: ['Harbor Point Imaging', 'Mesa Verde Community'],
    },
    shortfall: null,
    signalSource: 'suggested',
    applyFill: null,
    interviews: {
      programs: 18,
      expected: 4.24,
      expectedWithoutSignals: 1.1,
      target: 12,
      chanceOfTarget: 3,
      chanceOfTargetText: '3%',
      wanted: 90,
      programsNeeded: null,
      chanceWithAll: 9,
      advice: 'Expected interviews from your 18 applications: 4.2 with your signals (1.1 without).',
    },
    geographicPreference: null,
    suggestedDivisions: [],
    geographicAdvice: 'Geographic preference: not chosen yet.',
    dataNotes: [],
    pgyOne: makePgyOne(),
    ...overrides,
  };
}
