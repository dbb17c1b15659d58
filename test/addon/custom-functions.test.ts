import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RAD_APPLY_COUNT,
  RAD_CATEGORY,
  RAD_ERAS_COST,
  RAD_MEETS_MIN,
  RAD_TIER,
} from '../../src/addon/custom-functions.ts';
import { loadSettings } from '../../src/addon/settings-source.ts';
import { categoryFromScores } from '../../src/core/fit.ts';
import { defaultSettings } from '../../src/core/settings.ts';

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
    expect(RAD_TIER(undefined)).toBe('');
    expect(RAD_TIER('N/A')).toBe('');
    expect(RAD_TIER(240, 'N/A')).toBe('');
  });

  it('throws for a bad single value, naming the function, the value and what was expected', () => {
    expect(() => RAD_TIER('abc')).toThrow(
      'RAD_TIER: "abc" is not a Step 2 CK score; expected a number from 1 to 300',
    );
    expect(() => RAD_TIER(999)).toThrow(/RAD_TIER: 999 is not a Step 2 CK score/);
    expect(() => RAD_TIER(240, 'x')).toThrow(/RAD_TIER: "x" is not a number of failed attempts/);
    expect(() => RAD_TIER([[240]], -1)).toThrow(/RAD_TIER: -1 is not a number of failed attempts/);
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
      ['Competitive', '', '#INVALID: "abc" is not a Step 2 CK score; expected a number from 1 to 300'],
      ['', '#INVALID: 0 is not a Step 2 CK score; expected a number from 1 to 300', 'Moderately low'],
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
      ['#INVALID: "lots" is not a minimum Step 2 CK; expected a number from 1 to 300'],
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
  ])('agrees with the list rule for %i, minimum %s, typical %s', (score, minimum, typical) => {
    const expected = categoryFromScores(
      score,
      minimum === '' ? null : minimum,
      typical === '' ? null : typical,
      s,
    );
    expect(RAD_CATEGORY(score, minimum, typical)).toBe(expected);
  });

  it('gives Below minimum when the score is under a known minimum', () => {
    expect(RAD_CATEGORY(225, 230)).toBe('Below minimum');
  });

  it('maps a range of programs', () => {
    const result = RAD_CATEGORY(225, [[230], ['']], [[''], ['abc']]);
    expect(result).toEqual([
      ['Below minimum'],
      ['#INVALID: "abc" is not a typical Step 2 CK; expected a number from 1 to 300'],
    ]);
  });
});

describe('RAD_ERAS_COST', () => {
  it.each<[unknown[], number | '']>([
    [[0], 0],
    [[30], 330],
    [[31], 360],
    [[43, 7], 30 * 11 + 13 * 30 + 7 * 11],
    [[[[20], [23]], 7], 797],
    [[[[20], [''], [23]], ''], 720],
    [[''], ''],
    [[], ''],
  ])('prices %j at %s dollars', (args, dollars) => {
    expect(RAD_ERAS_COST(...args)).toBe(dollars);
  });

  it('throws for a bad count, naming the value and the specialty', () => {
    expect(() => RAD_ERAS_COST(40, 'some')).toThrow(
      'RAD_ERAS_COST: "some" is not a number of programs; expected a whole number, 0 or more (in specialty 2)',
    );
    expect(() => RAD_ERAS_COST([[10], [2.5]])).toThrow(/2\.5 is not a number of programs/);
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
    expect(loadSettings()).toEqual({ settings: defaultSettings(new Date().getFullYear()), issues: [] });
    expect(fake.getValuesCalls).toBe(0);
  });
});
