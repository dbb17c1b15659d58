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
    expect(Object.keys(sheets).sort()).toEqual(['profile', 'programs', 'settings']);
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
