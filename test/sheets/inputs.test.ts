/** Tests for reading a run's input sheets into one value (src/sheets/inputs.ts). */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { findCohortApplicant, readInputs, sheetExists } from '../../src/sheets/inputs.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';

describe('readInputs', () => {
  it('reads only the sheets handed in, and Settings always', () => {
    const inputs = readInputs(
      {
        programs: [
          ['Program', 'State'],
          ['Lakeview', 'OH'],
        ],
      },
      2026,
    );
    expect(inputs.profile).toBeNull();
    expect(inputs.cohort).toBeNull();
    expect(inputs.programs?.programs.map((p) => p.name)).toEqual(['Lakeview']);
    expect(inputs.settings).toEqual({ present: false, settings: defaultSettings(2026), issues: [] });
  });

  it('names Rotations and Ties entries that match no program at their Profile and Cohort cells', () => {
    const inputs = readInputs(
      {
        profile: [
          ['Name', 'Dr. Test'],
          ['Rotations', 'Lakeveiw Regional'],
        ],
        programs: [
          ['Program', 'State', 'City'],
          ['Lakeview Regional Radiology', 'OH', 'Toledo'],
        ],
        cohort: [
          ['Name', 'Step 2 CK', 'Ties'],
          ['Ana', 230, 'Toledo'],
          ['Ben', 231, 'Toldeo'],
        ],
      },
      2026,
    );
    expect(inputs.profile?.issues.map((issue) => issue.cell)).toEqual(['B2']);
    expect(inputs.profile?.issues[0]?.message).toContain('the nearest is "Lakeview Regional Radiology"');
    expect(inputs.cohort?.issues.map((issue) => issue.cell)).toEqual(['C3']);
    expect(inputs.cohort?.issues[0]?.message).toContain('the nearest is the city "Toledo"');
  });

  it('says a sheet that does not exist is missing, and nothing else about it', () => {
    const inputs = readInputs({ profile: null, programs: null, cohort: null, settings: null }, 2026);
    expect(inputs.profile?.missing).toEqual([{ kind: 'missing-sheet', sheet: 'Profile' }]);
    expect(inputs.programs?.missing).toEqual([{ kind: 'missing-sheet', sheet: 'Programs' }]);
    expect(inputs.cohort?.missing).toEqual([{ kind: 'missing-sheet', sheet: 'Cohort' }]);
    expect([inputs.profile?.applicant, inputs.programs?.programs, inputs.cohort?.applicants]).toEqual([
      null,
      [],
      [],
    ]);
    expect(sheetExists(inputs.programs)).toBe(false);
  });

  it('keeps where each field is, matched once', () => {
    const inputs = readInputs(
      {
        profile: [
          ['Name', 'Ana'],
          ['USMLE Step 2 CK', 230],
        ],
        programs: [['ID', 'Program name', 'Minimum Step 2']],
        cohort: [['Step 2', 'Name']],
        settings: [['Gold signals', 8]],
      },
      2026,
    );
    expect(inputs.profile?.labels.get('stepTwoScore')).toEqual({ row: 2, text: 'USMLE Step 2 CK' });
    expect([...(inputs.programs?.columns ?? [])]).toEqual([
      ['id', 1],
      ['name', 2],
      ['minStepTwo', 3],
    ]);
    expect(inputs.programs?.width).toBe(3);
    expect(inputs.cohort?.columns.get('name')).toBe(2);
    expect([inputs.settings.present, inputs.settings.settings.goldSignals]).toEqual([true, 8]);
    expect(sheetExists(inputs.cohort)).toBe(true);
  });
});

describe('findCohortApplicant', () => {
  const cohort = readCohort([
    ['Name', 'Step 2 CK', 'Graduation year'],
    ['Ana  Li', 228, 'long ago'],
    ['Ben Ode', 'abc', 2020],
  ]);

  it('finds an applicant whatever the case and spacing, with only their own row’s issues', () => {
    const found = findCohortApplicant(cohort, '  ana li ');
    expect(found?.applicant.name).toBe('Ana  Li');
    expect(found?.row).toBe(2);
    expect(found?.issues.map((issue) => issue.cell)).toEqual(['C2']);
  });

  it('is null for a name nobody has', () => {
    expect(findCohortApplicant(cohort, 'Cy Park')).toBeNull();
  });
});
