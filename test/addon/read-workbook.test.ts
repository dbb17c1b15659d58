/** Tests for reading a run's input sheets from a spreadsheet (src/addon/read-workbook.ts), on the emulator. */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import { loadSettings, readWorkbook } from '../../src/addon/read-workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function spreadsheetWith(sheets: Record<string, unknown[][]>) {
  const emulator = createEmulator();
  for (const [name, values] of Object.entries(sheets)) emulator.spreadsheet.seedSheet(name, values);
  return { emulator, spreadsheet: emulator.spreadsheet as unknown as Spreadsheet };
}

describe('readWorkbook', () => {
  it('reads Settings and each sheet asked for once, in one getValues call each', () => {
    const { emulator, spreadsheet } = spreadsheetWith({
      Profile: [['Name', 'Ana']],
      Programs: [['Program'], ['Lakeview']],
      Cohort: [['Name'], ['Ben']],
      Settings: [['Gold signals', 8]],
    });
    const { inputs, sheets } = readWorkbook(spreadsheet, ['profile', 'programs']);
    expect(emulator.counter.byMethod.get('Range.getValues')).toBe(3);
    expect(inputs.profile.applicant?.name).toBe('Ana');
    expect(inputs.programs.programs).toHaveLength(1);
    expect(inputs.cohort).toBeNull();
    expect(inputs.settings.settings.goldSignals).toBe(8);
    // Settings and Profile are read as the range A:B in one lookup: only Programs is looked up by name.
    expect(emulator.counter.byMethod.get('Spreadsheet.getSheetByName')).toBe(1);
    // No number format is read: Programs has no percent column, and no Profile field reads one.
    expect(emulator.counter.byMethod.get('Range.getNumberFormats')).toBeUndefined();
    expect(emulator.counter.count('Spreadsheet')).toBe(7);
    expect(Object.keys(sheets)).toEqual(['programs']);
  });

  it('reads a label / value sheet of one column, or with rows far below, as it reads any sheet', () => {
    const { emulator, spreadsheet } = spreadsheetWith({ Profile: [['Name'], ['Step 2 CK']] });
    const narrow = emulator.spreadsheet.getSheetByName('Profile')!;
    narrow.deleteColumns(2, 25);
    emulator.spreadsheet.seedSheet('Settings', [
      ['Gold signals', 8],
      ...Array(200).fill(['', '']),
      ['Silver signals', 9],
    ]);
    const { inputs } = readWorkbook(spreadsheet, ['profile']);
    expect(inputs.profile.applicant).toBeNull();
    expect(inputs.profile.missing).not.toContainEqual({ kind: 'missing-sheet', sheet: 'Profile' });
    expect(inputs.settings.settings.goldSignals).toBe(8);
    expect(inputs.settings.settings.silverSignals).toBe(9);
  });

  it("reads Settings' number formats only when a percent setting holds the number 1 (1%, or 100% in a % cell)", () => {
    const plain = spreadsheetWith({ Settings: [['Chance base US IMG %', 3]] });
    expect(readWorkbook(plain.spreadsheet, []).inputs.settings.settings.chanceBaseUsImg).toBe(3);
    expect(plain.emulator.counter.byMethod.get('Range.getNumberFormats')).toBeUndefined();
    const one = spreadsheetWith({ Settings: [['Chance base US IMG %', 1]] });
    expect(readWorkbook(one.spreadsheet, []).inputs.settings.settings.chanceBaseUsImg).toBe(1);
    expect(one.emulator.counter.byMethod.get('Range.getNumberFormats')).toBe(1);
    const formatted = createEmulator();
    formatted.spreadsheet.seedSheet('Settings', [['IMG share counted up to %', 1]], {
      numberFormats: [['@', '0%']],
    });
    const read = readWorkbook(formatted.spreadsheet as unknown as Spreadsheet, []).inputs.settings;
    expect(read.settings.imgShareCountedUpTo).toBe(100);
    expect(read.issues).toEqual([]);
  });

  it("reads Programs' number formats only when IMG % holds a number from 1 to 100 (a percent, or 100%+ in a % cell)", () => {
    const formatsRead = (imgShares: unknown[], formats?: string[]) => {
      const emulator = createEmulator();
      const rows = [['Program', 'IMG %'], ...imgShares.map((share, i) => [`P${i}`, share])];
      emulator.spreadsheet.seedSheet(
        'Programs',
        rows,
        formats ? { numberFormats: rows.map((_, r) => ['@', r === 0 ? '@' : formats[r - 1]!]) } : undefined,
      );
      const { inputs } = readWorkbook(emulator.spreadsheet as unknown as Spreadsheet, ['programs']);
      return {
        calls: emulator.counter.byMethod.get('Range.getNumberFormats') ?? 0,
        shares: inputs.programs.programs.map((p) => p.imgShare),
        issues: inputs.programs.issues.map((issue) => issue.cell),
      };
    };
    // Fractions and text read the same with or without formats: none read.
    expect(formatsRead([0.35, '35%', '', 'N/A', 0])).toEqual({
      calls: 0,
      shares: [0.35, 0.35, null, null, 0],
      issues: [],
    });
    // 35 is 35% in a plain cell; 1 and 1.5 in percent cells are 100% and an issue (150%).
    expect(formatsRead([35, 1, 1.5], ['0.###############', '0%', '0%'])).toEqual({
      calls: 1,
      shares: [0.35, 1, null],
      issues: ['B4'],
    });
    // Under another header it is known by, and in a column repeated, the same.
    const emulator = createEmulator();
    emulator.spreadsheet.seedSheet('Programs', [
      ['Program', 'IMG residents %', 'IMG residents %'],
      ['Lakeview', '', 1],
    ]);
    readWorkbook(emulator.spreadsheet as unknown as Spreadsheet, ['programs']);
    expect(emulator.counter.byMethod.get('Range.getNumberFormats')).toBe(1);
  });

  it('names a sheet whose name differs only by surrounding spaces or case, looking only when one is missing', () => {
    const { emulator, spreadsheet } = spreadsheetWith({
      Profile: [['Name', 'Ana']],
      'Programs ': [['Program'], ['Lakeview']],
      ' settings': [['Gold signals', 8]],
    });
    const { inputs } = readWorkbook(spreadsheet, ['profile', 'programs']);
    expect(inputs.programs.missing).toEqual([
      { kind: 'missing-sheet', sheet: 'Programs', found: 'Programs ' },
    ]);
    expect(inputs.settings.settings.goldSignals).toBe(6);
    expect(inputs.settings.issues).toEqual([
      expect.objectContaining({
        sheet: ' settings',
        cell: 'A1',
        message:
          "This sheet is named ' settings' — rename it to 'Settings' so RadList reads it; until then the defaults are used.",
      }),
    ]);
    expect(emulator.counter.byMethod.get('Spreadsheet.getSheets')).toBe(1);
    const found = spreadsheetWith({ Profile: [['Name', 'Ana']], Programs: [['Program'], ['Lakeview']] });
    // Outcomes, Settings and (beside a Profile) Cohort are optional: their absence costs no lookup.
    readWorkbook(found.spreadsheet, ['profile', 'programs', 'cohort', 'outcomes']);
    expect(found.emulator.counter.byMethod.get('Spreadsheet.getSheets')).toBeUndefined();
    // In a cohort run the Cohort is needed: its look-alike is named.
    const cohortRun = spreadsheetWith({
      Programs: [['Program'], ['Lakeview']],
      'Cohort ': [['Name'], ['Ana']],
    });
    expect(readWorkbook(cohortRun.spreadsheet, ['programs', 'cohort']).inputs.cohort.missing).toEqual([
      { kind: 'missing-sheet', sheet: 'Cohort', found: 'Cohort ' },
    ]);
  });

  it('says which sheets do not exist', () => {
    const { spreadsheet } = spreadsheetWith({});
    const { inputs, sheets } = readWorkbook(spreadsheet, ['programs', 'cohort']);
    expect(inputs.programs.missing).toEqual([{ kind: 'missing-sheet', sheet: 'Programs' }]);
    expect(inputs.cohort.missing).toEqual([{ kind: 'missing-sheet', sheet: 'Cohort' }]);
    expect(inputs.settings.present).toBe(false);
    expect(sheets).toEqual({});
  });
});

describe('loadSettings', () => {
  it('gives the Settings sheet’s values, or the defaults without a spreadsheet', () => {
    const { spreadsheet } = spreadsheetWith({ Settings: [['Average from', 235]] });
    expect(loadSettings(spreadsheet).settings.averageFrom).toBe(235);
    expect(loadSettings(null).present).toBe(false);
  });
});
