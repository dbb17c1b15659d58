import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTING_DEFS } from '../../src/core/settings.ts';
import { readSettings } from '../../src/sheets/read-settings.ts';

describe('readSettings', () => {
  it('returns the defaults with this year for an empty or missing sheet', () => {
    const { settings, issues, overridden } = readSettings([], 2027);
    expect(settings).toEqual(defaultSettings(2027));
    expect(issues).toEqual([]);
    expect(overridden).toEqual([]);
  });

  it('reads every label that Setup writes', () => {
    const values = [
      ['Setting', 'Value', 'What it means'],
      ...SETTING_DEFS.map((def) => [def.label, def.min, def.help]),
    ];
    const { settings, issues, overridden } = readSettings(values, 2027);
    expect(issues).toEqual([]);
    expect(overridden).toEqual(SETTING_DEFS.map((def) => def.key));
    for (const def of SETTING_DEFS) expect(settings[def.key]).toBe(def.min);
  });

  it.each<[unknown, unknown, string, number]>([
    ['Gold signals', 8, 'goldSignals', 8],
    ['gold-signals', '4', 'goldSignals', 4],
    ['goldSignals', 3, 'goldSignals', 3],
    ['ERAS fee first 30', '$12.50', 'erasFeeFirst30', 12.5],
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
      { sheet: 'Settings', cell: 'B1', message: expect.stringContaining('The default') },
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
      { sheet: 'Settings', cell: 'A3', message: expect.stringContaining('row 2 is used') },
    ]);
  });
});
