import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTING_DEFS, type SettingDef, type Settings } from '../../src/core/settings.ts';
import { readSettings, settingsNeedFormats } from '../../src/sheets/read-settings.ts';
import { buildSettingsSheet } from '../../src/sheets/write-inputs.ts';

describe('readSettings', () => {
  it('returns the defaults with this year for an empty or missing sheet', () => {
    const { settings, issues, overridden } = readSettings([], 2027);
    expect(settings).toEqual(defaultSettings(2027));
    expect(issues).toEqual([]);
    expect(overridden).toEqual([]);
  });

  it('reads every label that Setup writes', () => {
    // The smallest allowed values, except where settings must keep an order between them.
    const ordered: Partial<Record<keyof Settings, number>> = {
      competitiveFrom: 4,
      averageFrom: 3,
      mildlyLowFrom: 2,
      moderatelyLowFrom: 1,
      strongFrom: 2,
      safetyFrom: 3,
    };
    // A percent below 1 is a fraction, so a minimum of 1 is typed as 1 (1%, as in Programs).
    const settingValue = (def: SettingDef) => ordered[def.key] ?? def.min;
    const values = [
      ['Setting', 'Value', 'What it means'],
      ...SETTING_DEFS.map((def) => [def.label, settingValue(def), def.help]),
    ];
    const { settings, issues, overridden } = readSettings(values, 2027);
    expect(issues).toEqual([]);
    expect(overridden).toEqual(SETTING_DEFS.map((def) => def.key));
    for (const def of SETTING_DEFS) expect(settings[def.key]).toBe(settingValue(def));
  });

  it('reads back every default that Setup writes without an issue', () => {
    const defaults = defaultSettings(2027);
    const values = SETTING_DEFS.map((def) => [def.label, defaults[def.key]]);
    const { settings, issues } = readSettings(values, 2027);
    expect(issues).toEqual([]);
    expect(settings).toEqual(defaults);
  });

  it.each<[unknown, number]>([
    [0.2, 20],
    ['20%', 20],
    [20, 20],
    ['0.2', 20],
    [1, 1],
    ['1', 1],
    ['1%', 1],
    [0.99, 99],
    [0, 0],
    [1.5, 1.5],
    ['0.5%', 0.5],
    [100, 100],
  ])('reads a reach share of %j as %d percent', (value, percent) => {
    const { settings, issues } = readSettings(
      [
        ['Apply share reach %', value],
        ['Apply share safety %', 0],
      ],
      2026,
    );
    expect(issues).toEqual([]);
    expect(settings.applyShareReach).toBe(percent);
  });

  it.each<[string, unknown[][], string, string[], Partial<Settings>]>([
    [
      'Competitive below Average',
      [
        ['Competitive from', 200],
        ['Average from', 260],
      ],
      'B1',
      ['Competitive from 200 (B1)', 'Average from 260 (B2)', 'Mildly low from 220 (default)'],
      { competitiveFrom: 245, averageFrom: 230 },
    ],
    [
      'Moderately low equal to Mildly low',
      [
        ['Gold signals', 4],
        ['Moderately low from', 220],
      ],
      'B2',
      ['Moderately low from 220 (B2)', 'expected Competitive from > Average from'],
      { moderatelyLowFrom: 210, goldSignals: 4 },
    ],
    [
      'Safety from below Target from',
      [
        ['Target from chance %', 90],
        ['Safety from chance %', 30],
      ],
      'B1',
      [
        'Target from chance % 90 (B1)',
        'Safety from chance % 30 (B2)',
        'Target from chance % below Safety from chance %',
      ],
      { targetFrom: 10, safetyFrom: 40 },
    ],
    [
      'Target from equal to the default Safety from',
      [['Target from chance %', 40]],
      'B1',
      ['Target from chance % 40 (B1)', 'Safety from chance % 40 (default)'],
      { targetFrom: 10, safetyFrom: 40 },
    ],
    [
      'Apply shares over 100%',
      [
        ['Apply share reach %', 100],
        ['Apply share safety %', '100%'],
      ],
      'B1',
      ['Apply share reach % 100 (B1)', 'Apply share safety % 100 (B2)', 'at most 100'],
      { applyShareReach: 20, applyShareSafety: 30 },
    ],
    [
      '50+ applications below Mildly low',
      [['50+ applications from', 215]],
      'B1',
      ['50+ applications from 215 (B1)', 'The defaults are used instead: 50+ applications from 225'],
      { strongFrom: 225 },
    ],
    [
      'more applications for a strong score than a low one',
      [
        ['Applications if strong', 90],
        ['Applications if mildly low', 60],
      ],
      'B1',
      ['Applications if strong 90 (B1)', 'Applications if mildly low 60 (B2)'],
      { countStrong: 50, countMildlyLow: 60 },
    ],
  ])('uses the group defaults and names the cells for %s', (_case, values, cell, parts, expected) => {
    const { settings, issues, overridden } = readSettings(values, 2026);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Settings', cell });
    for (const part of parts) expect(issues[0]!.message).toContain(part);
    expect(settings).toMatchObject(expected);
    for (const key of Object.keys(expected) as (keyof Settings)[]) {
      expect(overridden.includes(key)).toBe(key === 'goldSignals');
    }
  });

  it.each<[string, unknown[][], Partial<Settings>]>([
    [
      'tier thresholds moved down together',
      [
        ['Competitive from', 240],
        ['Average from', 225],
        ['Mildly low from', 215],
        ['Moderately low from', 205],
        ['50+ applications from', 220],
      ],
      {
        competitiveFrom: 240,
        averageFrom: 225,
        mildlyLowFrom: 215,
        moderatelyLowFrom: 205,
        strongFrom: 220,
      },
    ],
    ['50+ applications at Mildly low', [['50+ applications from', 220]], { strongFrom: 220 }],
    ['50+ applications at Competitive', [['50+ applications from', 245]], { strongFrom: 245 }],
    [
      'shares that add up to exactly 100',
      [
        ['Apply share reach %', 40],
        ['Apply share safety %', 0.6],
      ],
      { applyShareReach: 40, applyShareSafety: 60 },
    ],
    ['Target from just below Safety from', [['Target from chance %', 39]], { targetFrom: 39 }],
  ])('accepts %s', (_case, values, expected) => {
    const { settings, issues } = readSettings(values, 2026);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject(expected);
  });

  it('keeps consistent tiers and resets them only when 50+ applications cannot fit even at its default', () => {
    const { settings, issues } = readSettings(
      [
        ['Mildly low from', 228],
        ['50+ applications from', 226],
      ],
      2026,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('Mildly low from 228 (B1)');
    expect(settings).toMatchObject({ mildlyLowFrom: 220, strongFrom: 225 });
  });

  it.each<[unknown, unknown, string, number]>([
    ['Gold signals', 8, 'goldSignals', 8],
    ['gold-signals', '4', 'goldSignals', 4],
    ['goldSignals', 3, 'goldSignals', 3],
    ['ERAS fee first 30', '$12.50', 'erasFeeFirst', 12.5],
    ['Cycle year', new Date(2028, 5, 1), 'cycleYear', 2028],
    ['Cycle year', '', 'cycleYear', 2026],
  ])('reads %j = %j', (label, value, key, expected) => {
    const { settings, issues } = readSettings([[label, value]], 2026);
    expect(issues).toEqual([]);
    expect(settings[key as keyof typeof settings]).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['Gold signals', 'many'],
    ['Gold signals', 2.5],
    ['Gold signals', 31],
    ['Gold signals', -1],
    ['Competitive from', 0],
    ['Cycle year', 1999],
  ])('keeps the default and names B1 for %j = %j', (label, value) => {
    const { settings, issues, overridden } = readSettings([[label, value]], 2026);
    expect(settings).toEqual(defaultSettings(2026));
    expect(overridden).toEqual([]);
    expect(issues).toEqual([
      { sheet: 'Settings', row: 1, column: 2, cell: 'B1', message: expect.stringContaining('The default') },
    ]);
  });

  it('names a misspelt label at its cell with the setting it is near, and keeps the default', () => {
    const { settings, issues, overridden } = readSettings(
      [
        ['Setting', 'Value', 'What it means'],
        ['Gold signal', 7],
        ['Target interview', 5],
        ['Silver signal', ''],
        ['Favourite colour', 'blue'],
      ],
      2026,
    );
    const defaults = defaultSettings(2026);
    expect(settings.goldSignals).toBe(defaults.goldSignals);
    expect(settings.targetInterviews).toBe(defaults.targetInterviews);
    expect(overridden).toEqual([]);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'A2',
        '"Gold signal" in A2 is not a setting RadList knows, so B2 is not used. If you meant Gold signals, rename A2 to "Gold signals" (unless it is set in another row, its default is used until then).',
      ],
      ['A3', expect.stringContaining('If you meant Target interviews, rename A3 to "Target interviews"')],
    ]);
  });

  it('ignores unknown labels and uses the first of a repeated one', () => {
    const { settings, issues } = readSettings(
      [
        ['Favourite colour', 'blue'],
        ['Silver signals', 4],
        ['Silver signals', 9],
      ],
      2026,
    );
    expect(settings.silverSignals).toBe(4);
    expect(issues).toEqual([
      { sheet: 'Settings', row: 3, column: 1, cell: 'A3', message: expect.stringContaining('row 2 is used') },
    ]);
  });
});

describe('readSettings: chance-model parameters', () => {
  it.each([
    ['a base chance above 100%', 'Chance base US IMG %', 140, 'a percent from 1 to 99'],
    [
      'an odds multiplier that would raise a penalty',
      'Chance odds per failed attempt',
      2,
      'it can only lower',
    ],
    [
      'a negative effect where a positive one is needed',
      'Chance odds rotated here',
      0.5,
      'it can only raise',
    ],
    ['a negative signal multiplier', 'Gold signal odds', -3, 'an odds multiplier from 1 to 100'],
  ])('falls back to the default with one issue naming the cell for %s', (_case, label, value, expected) => {
    const { settings, issues } = readSettings(
      [
        ['Gold signals', 6],
        [label, value],
      ],
      2026,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Settings', cell: 'B2' });
    expect(issues[0]?.message).toContain(expected);
    expect(settings).toEqual(defaultSettings(2026));
  });

  it('reads a base chance of 1 as 1%, as Programs reads an IMG % of 1 (a value below 1 is a fraction)', () => {
    const { settings, issues } = readSettings([['Chance base US IMG %', 1]], 2026);
    expect(issues).toEqual([]);
    expect(settings.chanceBaseUsImg).toBe(1);
  });

  it('reads 1 in a cell formatted as a percent as 100%, as Sheets shows it', () => {
    const formats = [['', '0%']];
    const share = readSettings([['IMG share counted up to %', 1]], 2026, formats);
    expect(share.issues).toEqual([]);
    expect(share.settings.imgShareCountedUpTo).toBe(100);
    const base = readSettings([['Chance base US IMG %', 1]], 2026, formats);
    expect(base.settings.chanceBaseUsImg).toBe(5);
    expect(base.issues[0]?.message).toContain('"1" is not usable; expected a percent from 1 to 99');
    expect(readSettings([['Chance base US IMG %', 0.08]], 2026, formats).settings.chanceBaseUsImg).toBe(8);
  });

  it('needs the number formats only when a percent setting holds the number 1', () => {
    expect(settingsNeedFormats([['Chance base US IMG %', 1]])).toBe(true);
    expect(settingsNeedFormats([['chanceBaseUsImg', 1]])).toBe(true);
    expect(
      settingsNeedFormats([
        ['Chance base US IMG %', 5],
        ['Gold signals', 1],
        ['Apply share reach %', '1'],
      ]),
    ).toBe(false);
    expect(settingsNeedFormats(buildSettingsSheet(defaultSettings(2026)).values)).toBe(false);
  });

  it('names a Settings sheet turned sideways (labels along row 1) in one issue and keeps the defaults', () => {
    const { settings, issues } = readSettings(
      [
        ['Gold signals', 'Silver signals', 'Cycle year'],
        [8, 4, 2026],
      ],
      2026,
    );
    expect(settings).toEqual(defaultSettings(2026));
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'A1',
        'The Settings sheet seems to be turned sideways: its labels (Gold signals, Silver signals, Cycle year) run along row 1. Put the labels in column A and the values in column B; until then the defaults are used.',
      ],
    ]);
  });

  it('names a formula error in a value cell and keeps the default', () => {
    const { settings, issues } = readSettings([['Gold signals', '#REF!']], 2026);
    expect(settings.goldSignals).toBe(6);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B1',
        'Gold signals shows the formula error #REF! (a formula that failed, such as a lookup that found nothing); fix the formula in B1, or leave the cell blank for the default. The default (6) is used.',
      ],
    ]);
  });

  it('reads a base chance typed as 8%, 8 or 0.08 as 8', () => {
    for (const typed of ['8%', 8, 0.08]) {
      expect(readSettings([['Chance base US IMG %', typed]], 2026).settings.chanceBaseUsImg).toBeCloseTo(8);
    }
  });

  it('puts bands given out of order back to their defaults with one issue', () => {
    const { settings, issues } = readSettings(
      [
        ['Safety from chance %', 5],
        ['Target from chance %', 20],
      ],
      2026,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.cell).toBe('B1');
    expect(settings.safetyFrom).toBe(40);
    expect(settings.targetFrom).toBe(10);
  });
});

describe('a Yes/No setting: Apply rows only in Cohort Lists', () => {
  it.each([
    ['Yes', 1],
    ['no', 0],
    ['TRUE', 1],
    [true, 1],
    ['', 0],
  ])('reads %j as %i', (raw, value) => {
    const { settings, issues } = readSettings([['Apply rows only in Cohort Lists', raw]], 2026);
    expect(settings.cohortListsApplyOnly).toBe(value);
    expect(issues).toEqual([]);
  });

  it('names the cell of anything else and keeps No', () => {
    const { settings, issues } = readSettings([['Apply rows only in Cohort Lists', 'sometimes']], 2026);
    expect(settings.cohortListsApplyOnly).toBe(0);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B1',
        'Apply rows only in Cohort Lists "sometimes" is not usable; expected Yes or No. The default (No) is used.',
      ],
    ]);
  });

  it('is written as No by Set up sheets and read back unchanged', () => {
    const sheet = buildSettingsSheet(defaultSettings(2026)).values;
    expect(sheet.find((row) => row[0] === 'Apply rows only in Cohort Lists')?.[1]).toBe('No');
    expect(readSettings(sheet, 2026).settings).toEqual(defaultSettings(2026));
  });
});
