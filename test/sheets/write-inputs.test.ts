import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTING_DEFS } from '../../src/core/settings.ts';
import { describeMissing } from '../../src/sheets/missing.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { PROFILE_FIELDS, readProfile } from '../../src/sheets/read-profile.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';
import { readSettings } from '../../src/sheets/read-settings.ts';
import {
  buildEmptyInputSheets,
  buildSettingsSheet,
  PROFILE_HINTS,
  profileWithHints,
} from '../../src/sheets/write-inputs.ts';

describe('buildSettingsSheet', () => {
  it('writes every setting with its default and help, under a frozen header', () => {
    const settings = defaultSettings(2027);
    const out = buildSettingsSheet(settings);
    expect(out.values[0]).toEqual(['Setting', 'Value', 'What it means']);
    expect(out.frozenRows).toBe(1);
    expect(out.values).toHaveLength(SETTING_DEFS.length + 1);
    SETTING_DEFS.forEach((def, i) => {
      const shown = def.kind === 'yesno' ? (settings[def.key] === 1 ? 'Yes' : 'No') : settings[def.key];
      expect(out.values[i + 1]).toEqual([def.label, shown, def.help]);
    });
  });

  it('reads back as the same settings, none reported as a problem', () => {
    const settings = { ...defaultSettings(2027), goldSignals: 4 };
    const read = readSettings(buildSettingsSheet(settings).values, 2030);
    expect(read.settings).toEqual(settings);
    expect(read.issues).toEqual([]);
  });
});

describe('buildEmptyInputSheets', () => {
  const sheets = buildEmptyInputSheets();

  it.each([
    ['Programs', 'Program'],
    ['Cohort', 'Name'],
  ] as const)('writes the %s headers in row 1, frozen', (name, first) => {
    expect(sheets[name].values).toHaveLength(1);
    expect(sheets[name].values[0]![0]).toBe(first);
    expect(sheets[name].frozenRows).toBe(1);
  });

  it('writes the Profile labels in column A, each with a hint', () => {
    const labels = sheets.Profile.values.slice(1).map((r) => r[0]);
    expect(labels).toContain('Step 2 CK');
    expect(labels).toContain('Graduation year');
    expect(sheets.Profile.values.slice(1).every((r) => r[1] === '' && String(r[2]) !== '')).toBe(true);
  });

  it('gives backgrounds the shape of the values', () => {
    for (const sheet of Object.values(sheets)) {
      expect(sheet.backgrounds.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
    }
  });

  it('is read by the readers as empty sheets with every column found', () => {
    expect(readPrograms(sheets.Programs.values).missing.map(describeMissing)).toEqual([
      'The Programs sheet has no programs yet.',
    ]);
    expect(readCohort(sheets.Cohort.values).applicants).toEqual([]);
    const profile = readProfile(sheets.Profile.values);
    expect(profile.applicant).toBeNull();
    expect(profile.issues).toEqual([]);
  });
});

describe('Profile hints', () => {
  it('has a hint for every Profile field, naming what the reader accepts', () => {
    for (const field of PROFILE_FIELDS) expect(PROFILE_HINTS[field], field).toMatch(/\w{3}/);
    expect(PROFILE_HINTS['Geographic preference']).toContain('up to 3');
    expect(PROFILE_HINTS['Geographic preference']).toContain('West South Central');
    expect(PROFILE_HINTS['USCE weeks']).toContain('USCE months');
    expect(PROFILE_HINTS['Step 1 attempts']).toContain('1 to 6');
  });

  it('puts each hint beside its label, keeps values as they are and adds the fields a Profile lacks', () => {
    const rows = profileWithHints([
      ['Name', 'Sam'],
      ['USMLE Step 2 CK', 221],
      ['My own row', 'x', 'my note'],
      ['USCE (months)', 2],
    ]);
    expect(rows[3]).toEqual(['USCE (months)', 2, PROFILE_HINTS['USCE months']]);
    expect(rows[0]).toEqual(['Name', 'Sam', PROFILE_HINTS.Name]);
    expect(rows[1]).toEqual(['USMLE Step 2 CK', 221, PROFILE_HINTS['Step 2 CK']]);
    expect(rows[2]).toEqual(['My own row', 'x', 'my note']);
    expect(rows.map((r) => r[0])).toContain('Geographic preference');
    expect(rows.filter((r) => r[0] === 'Name')).toHaveLength(1);
    const read = readProfile(rows);
    expect(read.applicant?.stepTwoScore).toBe(221);
    expect(read.issues).toEqual([]);
  });
});
