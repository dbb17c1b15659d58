import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RAD_APPLY_COUNT,
  RAD_AT_LEAST,
  RAD_CATEGORY,
  RAD_CHANCE,
  RAD_ERAS_COST,
  RAD_MEETS_MIN,
  RAD_TIER,
} from '../../src/addon/custom-functions.ts';
import { loadSettings } from '../../src/addon/read-workbook.ts';
import { signalledChance } from '../../src/core/chance.ts';
import { rankPrograms } from '../../src/core/rank.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { tierFor } from '../../src/core/tier.ts';
import { parseCount, parseScore } from '../../src/sheets/parse-values.ts';
import { makeApplicant, makeProgram } from '../core/fixtures.ts';

/** A minimal read-only SpreadsheetApp: an optional Settings sheet, counting getValues calls. */
const fake = { settingsRows: null as unknown[][] | null, getValuesCalls: 0, otherCalls: [] as string[] };

function installFakeSpreadsheetApp(): void {
  const spreadsheet = {
    getSheetByName: (name: string) =>
      name === 'Settings' && fake.settingsRows
        ? {
            getDataRange: () => ({
              getValues: () => {
                fake.getValuesCalls += 1;
                return fake.settingsRows!.map((row) => [...row]);
              },
            }),
          }
        : null,
  };
  (globalThis as Record<string, unknown>).SpreadsheetApp = {
    getActiveSpreadsheet: () => spreadsheet,
    getUi: () => {
      fake.otherCalls.push('getUi');
      throw new Error('no Ui in custom functions');
    },
  };
}

beforeEach(() => {
  fake.settingsRows = null;
  fake.getValuesCalls = 0;
  fake.otherCalls = [];
  installFakeSpreadsheetApp();
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).SpreadsheetApp;
});

describe('RAD_TIER', () => {
  it.each([
    [245, 'Competitive'],
    [244, 'Average'],
    [230, 'Average'],
    [229, 'Mildly low'],
    [220, 'Mildly low'],
    [219, 'Moderately low'],
    [210, 'Moderately low'],
    [209, 'Significantly low'],
    ['≥ 225', 'Mildly low'],
    ['230 (2nd attempt)', 'Average'],
  ])('gives a single cell %s the tier %s', (score, tier) => {
    expect(RAD_TIER(score)).toBe(tier);
  });

  it.each([
    [0, 'Average'],
    [1, 'Average'],
    [2, 'Significantly low'],
    ['', 'Average'],
  ])('with %s failed attempts at 240 gives %s', (failed, tier) => {
    expect(RAD_TIER(240, failed)).toBe(tier);
  });

  it('gives blank for a blank or N/A cell', () => {
    expect(RAD_TIER('')).toBe('');
    expect(RAD_TIER('N/A')).toBe('');
    expect(RAD_TIER(240, 'N/A')).toBe('');
  });

  it('throws for a bad single value, naming the function, the value and what was expected', () => {
    expect(() => RAD_TIER('abc')).toThrow(
      'RAD_TIER: "abc" is not a Step 2 CK score; expected a whole number from 1 to 300',
    );
    expect(() => RAD_TIER(999)).toThrow(/RAD_TIER: 999 is not a Step 2 CK score/);
    expect(() => RAD_TIER(245.5)).toThrow(
      'RAD_TIER: 245.5 is not a Step 2 CK score; expected a whole number from 1 to 300',
    );
    expect(() => RAD_TIER(240, 'x')).toThrow(/RAD_TIER: "x" is not a number of failed attempts/);
    expect(() => RAD_TIER('#N/A')).toThrow(
      'RAD_TIER: #N/A is a formula error, not a Step 2 CK score; fix the formula the value comes from',
    );
    expect(RAD_TIER([['#REF!'], [250]])).toEqual([
      ['#INVALID: #REF! is a formula error, not a Step 2 CK score; fix the formula the value comes from'],
      ['Competitive'],
    ]);
    expect(() => RAD_TIER([[240]], -1)).toThrow(/RAD_TIER: -1 is not a number of failed attempts/);
  });

  it('says what to write when the formula leaves out the score (an empty cell is blank, not missing)', () => {
    expect(() => RAD_TIER(undefined)).toThrow(
      'RAD_TIER: the Step 2 CK score is missing; expected a whole number from 1 to 300 or a cell holding one, e.g. =RAD_TIER(221) or =RAD_TIER(Profile!B5)',
    );
    expect(() => RAD_TIER(true)).toThrow('RAD_TIER: TRUE is not a Step 2 CK score');
  });

  it('maps a column', () => {
    expect(RAD_TIER([[250], [235], [222], [215], [200]])).toEqual([
      ['Competitive'],
      ['Average'],
      ['Mildly low'],
      ['Moderately low'],
      ['Significantly low'],
    ]);
  });

  it('maps a 2-D range with blanks and bad cells, computing the rest', () => {
    const result = RAD_TIER([
      [250, '', 'abc'],
      ['N/A', 0, 219],
    ]);
    expect(result).toEqual([
      ['Competitive', '', '#INVALID: "abc" is not a Step 2 CK score; expected a whole number from 1 to 300'],
      ['', '#INVALID: 0 is not a Step 2 CK score; expected a whole number from 1 to 300', 'Moderately low'],
    ]);
  });

  it('pairs ranges cell by cell and broadcasts a single value', () => {
    expect(RAD_TIER([[240], [240]], [[0], [2]])).toEqual([['Average'], ['Significantly low']]);
    expect(RAD_TIER(240, [[0, 2]])).toEqual([['Average', 'Significantly low']]);
    expect(RAD_TIER([[240], [222]], 2)).toEqual([['Significantly low'], ['Significantly low']]);
  });

  it('throws for two ranges of different shapes', () => {
    expect(() => RAD_TIER([[240], [222]], [[0], [1], [2]])).toThrow(
      /RAD_TIER: step2ck is 2 rows × 1 column but failed_attempts is 3 rows × 1 column/,
    );
  });

  it('reads a number cell exactly as the Programs parsers do (score 1–300 whole, attempts whole from 0)', () => {
    const s = defaultSettings(new Date().getFullYear());
    const number = fc.oneof(fc.integer({ min: -5, max: 305 }), fc.double(), fc.constant(2 ** 60));
    fc.assert(
      fc.property(number, number, (score, failed) => {
        const readScore = parseScore(score);
        const readFailed = parseCount(failed);
        const out = (RAD_TIER([[score]], [[failed]]) as unknown[][])[0]![0];
        if (readScore.kind === 'value' && readFailed.kind === 'value') {
          expect(out).toBe(tierFor(readScore.value, readFailed.value, s));
        } else expect(String(out)).toMatch(/^#INVALID: /);
      }),
    );
  });

  it('gives each cell of a range what that cell alone gives (the quick path for plain numbers included)', () => {
    const cell = fc.oneof(
      fc.integer({ min: -5, max: 305 }),
      fc.double({ noNaN: false }),
      fc.constantFrom('', 'N/A', '225+', '≥ 231', '1,234', '#N/A', '229.5', ' 240 ', true, null),
    );
    const single = (score: unknown, failed: unknown): unknown => {
      try {
        return RAD_TIER(score, failed);
      } catch (error) {
        return `#INVALID: ${(error as Error).message.replace(/^RAD_TIER: /, '')}`;
      }
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 12 }), (pairs) => {
        const scores = pairs.map(([score]) => [score]);
        const failures = pairs.map(([, failed]) => [failed]);
        expect(RAD_TIER(scores, failures)).toEqual(pairs.map(([score, failed]) => [single(score, failed)]));
        expect(RAD_TIER(scores)).toEqual(pairs.map(([score]) => [single(score, undefined)]));
      }),
    );
  });
});

describe('RAD_APPLY_COUNT', () => {
  it.each([
    [225, 0, 50],
    [224, 0, 60],
    [220, 0, 60],
    [219, 0, 80],
    [209, 0, 80],
    [240, 1, 50],
    [240, 2, 80],
  ])('recommends %i with %i failures: %i', (score, failed, count) => {
    expect(RAD_APPLY_COUNT(score, failed)).toBe(count);
  });

  it('maps a column with a blank', () => {
    expect(RAD_APPLY_COUNT([[230], [''], [222]])).toEqual([[50], [''], [60]]);
  });
});

describe('RAD_MEETS_MIN', () => {
  it.each([
    [230, 230, true],
    [229, 230, false],
    [230, '', true],
    [230, 'N/A', true],
    [230, '≥ 225', true],
    ['', 230, ''],
  ])('compares %s with minimum %s: %s', (score, minimum, met) => {
    expect(RAD_MEETS_MIN(score, minimum)).toBe(met);
  });

  it('maps a column of minimums against one score, marking a bad minimum', () => {
    expect(RAD_MEETS_MIN(225, [[220], [230], [''], ['lots']])).toEqual([
      [true],
      [false],
      [true],
      ['#INVALID: "lots" is not a minimum Step 2 CK; expected a whole number from 1 to 300'],
    ]);
  });

  it('throws for a bad single minimum', () => {
    expect(() => RAD_MEETS_MIN(225, 'lots')).toThrow(/^RAD_MEETS_MIN: "lots" is not a minimum Step 2 CK/);
  });
});

describe('RAD_CATEGORY', () => {
  const s = defaultSettings(2026);
  it.each<[number, number | '', number | '']>([
    [225, 230, ''],
    [230, 230, ''],
    [230, '', 230],
    [250, 220, 230],
    [215, 210, 240],
  ])('agrees with the list for %i, minimum %s, typical %s', (score, minimum, typical) => {
    const [row] = rankPrograms(
      makeApplicant({ stepTwoScore: score, graduationYear: null }),
      [listProgram(minimum === '' ? null : minimum, typical === '' ? null : typical, null)],
      s,
      { recommended: 1 },
    );
    expect(RAD_CATEGORY(score, minimum, typical)).toBe(row!.category);
  });

  it('reaches Safety only with a large margin above typical', () => {
    expect(RAD_CATEGORY(230, '', 230)).toBe('Reach');
    expect(RAD_CATEGORY(275, '', 230)).toBe('Safety');
  });

  it('gives Below minimum when the score is under a known minimum', () => {
    expect(RAD_CATEGORY(225, 230)).toBe('Below minimum');
  });

  it('reads a decimal typical score rounded, as the list does', () => {
    expect(RAD_CATEGORY(275, '', 229.6)).toBe(RAD_CATEGORY(275, '', 230));
    expect(RAD_CHANCE(240, '229.6')).toBe(RAD_CHANCE(240, 230));
    expect(() => RAD_CHANCE(240.5, 230)).toThrow(/expected a whole number from 1 to 300/);
  });

  it('maps a range of programs', () => {
    const result = RAD_CATEGORY(225, [[230], ['']], [[''], ['abc']]);
    expect(result).toEqual([
      ['Below minimum'],
      ['#INVALID: "abc" is not a typical Step 2 CK; expected a number from 1 to 300'],
    ]);
  });
});

/** A program whose only known figures are the ones RAD_CHANCE takes. */
function listProgram(minimum: number | null, typical: number | null, imgShare: number | null) {
  return makeProgram({
    minStepTwo: minimum,
    typicalStepTwo: typical,
    imgShare,
    type: null,
    firstAccredited: null,
    division: null,
    lastVerified: null,
  });
}

describe('RAD_CHANCE', () => {
  const s = defaultSettings(2026);

  it("equals the list's Chance for the same inputs (a US IMG, nothing else known)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 290 }),
        fc.option(fc.integer({ min: 190, max: 270 }), { nil: null }),
        fc.option(fc.integer({ min: 180, max: 250 }), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        (score, typical, minimum, share) => {
          const [row] = rankPrograms(
            makeApplicant({ stepTwoScore: score, graduationYear: null }),
            [listProgram(minimum, typical, share === null ? null : share / 100)],
            s,
            { recommended: 1 },
          );
          const formula = RAD_CHANCE(score, typical ?? '', minimum ?? '', share ?? '');
          expect(formula).toBe(row!.chance ?? 0);
          if (row!.chance !== null) {
            expect(RAD_CHANCE(score, typical ?? '', minimum ?? '', share ?? '', 'Gold')).toBe(
              signalledChance(row!.chance, 'Gold', s),
            );
          }
        },
      ),
    );
  });

  it('works the SPEC example out: 221 against typical 227 with a 35% IMG share', () => {
    // 5/95 × 0.4^0.6 × 1.25^2.5 = 0.0531 → 5%; with a gold signal 0.0531 × 14.43 → 43%.
    expect(RAD_CHANCE(221, 227, '', 35)).toBe(5);
    expect(RAD_CHANCE(221, 227, '', '35%', 'gold')).toBe(43);
  });

  it('gives 0 below the minimum, blank for a blank score, and maps ranges with #INVALID in place', () => {
    expect(RAD_CHANCE(214, 230, 215)).toBe(0);
    expect(RAD_CHANCE('', 230)).toBe('');
    expect(RAD_CHANCE([[221], [230]], 227, '', '', [['Gold'], ['Platinum']])).toEqual([
      [RAD_CHANCE(221, 227, '', '', 'Gold')],
      ['#INVALID: "Platinum" is not a signal; expected Gold, Silver or blank'],
    ]);
  });

  it('throws a clear error for a bad single value', () => {
    expect(() => RAD_CHANCE(221, 'abc')).toThrow(/RAD_CHANCE: "abc" is not a typical Step 2 CK/);
  });
});

describe('RAD_AT_LEAST', () => {
  it('gives the exact chance of at least k from a range of chances in any percent form', () => {
    expect(RAD_AT_LEAST([[50], ['50%'], [0.5], ['']], 2)).toBe(50);
    expect(RAD_AT_LEAST([[50], [50]], [[1], [2], ['']])).toEqual([[75], [25], ['']]);
  });

  it('names the place of a cell that is not a chance', () => {
    expect(() => RAD_AT_LEAST([[50], ['lots']], 1)).toThrow(/RAD_AT_LEAST: chances row 2, column 1: "lots"/);
  });

  it("agrees with the plan's chance of the target for the list's Chance column", () => {
    const s = defaultSettings(2026);
    const programs = Array.from({ length: 30 }, (_, i) =>
      makeProgram({ name: `P${i}`, id: `P${i}`, typicalStepTwo: 200 + i * 2, type: 'Community' }),
    );
    const ranked = rankPrograms(makeApplicant({ stepTwoScore: 225 }), programs, s, { recommended: 30 });
    const column = ranked.map((r) => [r.chance === null ? '' : r.chance / 100]);
    const percents = ranked.map((r) => r.chance ?? 0);
    let p = [1];
    for (const c of percents) {
      const next = new Array(p.length + 1).fill(0);
      p.forEach((v, j) => {
        next[j] += v * (1 - c / 100);
        next[j + 1] += v * (c / 100);
      });
      p = next;
    }
    const atLeast3 = p.slice(3).reduce((a, b) => a + b, 0);
    expect(RAD_AT_LEAST(column, 3)).toBe(Math.round(atLeast3 * 100));
  });
});

describe('RAD_ERAS_COST', () => {
  const s = defaultSettings(2026);
  /** The price of one specialty by the SPEC rule, worked out here from the fees in Settings. */
  const priced = (programs: number): number =>
    Math.min(programs, s.erasFeeBreak) * s.erasFeeFirst +
    Math.max(0, programs - s.erasFeeBreak) * s.erasFeeAfter;

  it.each<[unknown[], number | '']>([
    [[0], 0],
    [[1], 11],
    [[29], 319],
    [[30], 330],
    [[31], 360],
    [[43, 7], 797],
    [[43, 7, 0], 797],
    [['', 7], 77],
    [['N/A', 31], 360],
    [['12 programs'], 132],
    [[''], ''],
    [['', ''], ''],
  ])('prices single values %j at %s dollars', (args, dollars) => {
    expect(RAD_ERAS_COST(...args)).toBe(dollars);
  });

  it('agrees with the fee rule at the 30-program break', () => {
    for (const programs of [0, 1, 29, 30, 31, 80]) expect(RAD_ERAS_COST(programs)).toBe(priced(programs));
  });

  it('gives one cost per cell for a column of program counts, blank in blank out', () => {
    expect(RAD_ERAS_COST([[0], [30], [31], [''], [80]])).toEqual([
      [priced(0)],
      [priced(30)],
      [priced(31)],
      [''],
      [priced(80)],
    ]);
  });

  it('prices each cell of a 2-D range on its own, never adding the range up', () => {
    expect(
      RAD_ERAS_COST([
        [20, 23],
        [31, 'N/A'],
      ]),
    ).toEqual([
      [priced(20), priced(23)],
      [priced(31), ''],
    ]);
  });

  it('adds specialties cell by cell and applies a single value to every cell', () => {
    expect(RAD_ERAS_COST([[43], [20]], [[7], [40]])).toEqual([
      [priced(43) + priced(7)],
      [priced(20) + priced(40)],
    ]);
    expect(RAD_ERAS_COST([[43], [20]], 7)).toEqual([[797], [priced(20) + priced(7)]]);
    expect(RAD_ERAS_COST(7, [[43, 20]])).toEqual([[797, priced(20) + priced(7)]]);
  });

  it('counts a blank as 0 programs when another specialty has a count in that cell', () => {
    expect(RAD_ERAS_COST([[''], [''], [31]], [[7], [''], ['']])).toEqual([[priced(7)], [''], [priced(31)]]);
    expect(RAD_ERAS_COST([[''], [50]], 10)).toEqual([[priced(10)], [priced(50) + priced(10)]]);
  });

  it('marks a bad cell #INVALID and still prices the others', () => {
    expect(RAD_ERAS_COST([[40], ['some'], [2.5], [-1], [31]])).toEqual([
      [priced(40)],
      [
        '#INVALID: "some" is not a number of programs; expected a whole number from 0 to 1,000 (no specialty has more programs)',
      ],
      [
        '#INVALID: 2.5 is not a number of programs; expected a whole number from 0 to 1,000 (no specialty has more programs)',
      ],
      [
        '#INVALID: -1 is not a number of programs; expected a whole number from 0 to 1,000 (no specialty has more programs)',
      ],
      [priced(31)],
    ]);
    expect(RAD_ERAS_COST([[40], [30]], [['x'], [1]])).toEqual([
      [
        '#INVALID: "x" is not a number of programs (specialty 2); expected a whole number from 0 to 1,000 (no specialty has more programs)',
      ],
      [priced(30) + priced(1)],
    ]);
  });

  it('refuses a count above any real specialty (1,000 programs) instead of pricing it', () => {
    expect(RAD_ERAS_COST(1000)).toBe(priced(1000));
    expect(() => RAD_ERAS_COST(1001)).toThrow(
      'RAD_ERAS_COST: 1001 is not a number of programs; expected a whole number from 0 to 1,000',
    );
    expect(() => RAD_ERAS_COST(1e9)).toThrow(/^RAD_ERAS_COST: 1000000000 is not a number of programs/);
    expect(RAD_ERAS_COST([[40], ['1,000,000']])).toEqual([
      [priced(40)],
      [
        '#INVALID: "1,000,000" is not a number of programs; expected a whole number from 0 to 1,000 (no specialty has more programs)',
      ],
    ]);
  });

  it('throws for a bad single value, naming the function, the value, the specialty and what was expected', () => {
    expect(() => RAD_ERAS_COST('some')).toThrow(
      'RAD_ERAS_COST: "some" is not a number of programs; expected a whole number from 0 to 1,000 (no specialty has more programs)',
    );
    expect(() => RAD_ERAS_COST(40, 'some')).toThrow(
      'RAD_ERAS_COST: "some" is not a number of programs (specialty 2); expected a whole number from 0 to 1,000 (no specialty has more programs)',
    );
    expect(() => RAD_ERAS_COST([[10], [20]], 2.5)).toThrow(
      /^RAD_ERAS_COST: 2\.5 is not a number of programs/,
    );
  });

  it('throws for two ranges of different shapes, naming both', () => {
    expect(() => RAD_ERAS_COST([[10], [20]], [[1], [2], [3]])).toThrow(
      'RAD_ERAS_COST: programs is 2 rows × 1 column but programs_second_specialty is 3 rows × 1 column; give ranges of the same size, or a single value',
    );
    expect(() => RAD_ERAS_COST(1, [[10, 20]], [[1], [2]])).toThrow(
      /programs_second_specialty is 1 row × 2 columns but programs_specialty_3 is 2 rows × 1 column/,
    );
  });
});

describe('Settings sheet', () => {
  it('moves a threshold for every function', () => {
    expect(RAD_TIER(232)).toBe('Average');
    fake.settingsRows = [
      ['Setting', 'Value'],
      ['Average from', 235],
      ['50+ applications from', 235],
      ['ERAS fee first 30', 12],
    ];
    expect(RAD_TIER(232)).toBe('Mildly low');
    expect(RAD_APPLY_COUNT(232)).toBe(60);
    expect(RAD_ERAS_COST(30)).toBe(360);
    expect(loadSettings().settings.averageFrom).toBe(235);
  });

  it('is read once per call, however many cells', () => {
    fake.settingsRows = [['Average from', 235]];
    const column = Array.from({ length: 50 }, (_, i) => [200 + i]);
    RAD_TIER(column, 0);
    expect(fake.getValuesCalls).toBe(1);
    RAD_APPLY_COUNT(column);
    RAD_CATEGORY(column, 210, 230);
    RAD_ERAS_COST(column, 10);
    expect(fake.getValuesCalls).toBe(4);
    expect(fake.otherCalls).toEqual([]);
  });

  it('falls back to the defaults when there is no Settings sheet', () => {
    expect(loadSettings()).toEqual({
      present: false,
      settings: defaultSettings(new Date().getFullYear()),
      issues: [],
    });
    expect(fake.getValuesCalls).toBe(0);
  });
});

describe('every formula says what it expected', () => {
  it.each([
    [
      () => RAD_APPLY_COUNT(undefined),
      /^RAD_APPLY_COUNT: the Step 2 CK score is missing; expected a whole number from 1 to 300/,
    ],
    [
      () => RAD_MEETS_MIN(221),
      /^RAD_MEETS_MIN: the program's minimum is missing; expected its minimum Step 2 CK/,
    ],
    [() => RAD_CATEGORY(221), /^RAD_CATEGORY: the program's minimum is missing/],
    [() => RAD_CHANCE(undefined), /^RAD_CHANCE: the Step 2 CK score is missing/],
    [
      () => RAD_AT_LEAST(undefined, 12),
      /^RAD_AT_LEAST: the chances are missing; expected a range of per-program chances/,
    ],
    [
      () => RAD_AT_LEAST([[18]]),
      /^RAD_AT_LEAST: how many interviews \(k\) is missing; expected a whole number/,
    ],
    [() => RAD_ERAS_COST(), /^RAD_ERAS_COST: the number of programs is missing; expected how many programs/],
    [
      () => RAD_ERAS_COST('x'),
      /^RAD_ERAS_COST: "x" is not a number of programs; expected a whole number from 0 to 1,000/,
    ],
    [
      () => RAD_CHANCE(221, 227, '', 150),
      /^RAD_CHANCE: 150 is not an IMG share; expected a percent such as 35, 35% or 0.35/,
    ],
    [
      () => RAD_CHANCE(221, 227, '', 35, 'Bronze'),
      /^RAD_CHANCE: "Bronze" is not a signal; expected Gold, Silver or blank/,
    ],
  ])('%#: %s', (call, message) => {
    expect(call).toThrow(message);
  });

  it('keeps a blank cell passed in as blank, not missing', () => {
    expect(RAD_MEETS_MIN(221, '')).toBe(true);
    expect(RAD_AT_LEAST([[18]], '')).toBe('');
    expect(RAD_ERAS_COST('')).toBe('');
  });
});
