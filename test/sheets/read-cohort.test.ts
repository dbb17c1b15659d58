import { describe, expect, it } from 'vitest';
import { describeMissing } from '../../src/sheets/missing.ts';
import { COHORT_HEADERS, readCohort } from '../../src/sheets/read-cohort.ts';

describe('readCohort', () => {
  it('reads one applicant a row from columns in any order with aliases', () => {
    const { applicants, issues, missing } = readCohort([
      ['USMLE Step 2 CK', 'Applicant name', 'Visa', 'Unknown column', 'Preferred regions'],
      [228, 'Ana', 'Y', 'kept elsewhere', 'Texas, Midwest'],
      ['', 'Ben', '', '', ''],
    ]);
    expect(issues).toEqual([]);
    expect(missing).toEqual([]);
    expect(applicants.map(({ applicant, row }) => [applicant.name, row])).toEqual([
      ['Ana', 2],
      ['Ben', 3],
    ]);
    expect(applicants[0]?.applicant).toMatchObject({
      stepTwoScore: 228,
      needsVisa: true,
      preferredStates: ['TX'],
      preferredRegions: ['Midwest'],
    });
    expect(applicants[1]?.applicant).toMatchObject({ stepTwoScore: null, needsVisa: false });
  });

  it('names bad cells in A1 and leaves out nameless and repeated rows', () => {
    const { applicants, issues } = readCohort([
      ['Name', 'Step 2 CK', 'Graduation year'],
      ['Ana', '210-220', 'long ago'],
      ['', 230, 2020],
      ['  ana ', 240, 2021],
      ['', '', ''],
    ]);
    expect(applicants.map(({ row }) => row)).toEqual([2]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B2', 'C2', 'A3', 'A4']);
    expect(issues[3]?.message).toContain('row 2');
    expect(issues.every((issue) => issue.sheet === 'Cohort')).toBe(true);
  });

  it('refuses a Cohort turned sideways (headers down column A)', () => {
    const { applicants, missing } = readCohort([
      ['Name', 'Ana', 'Ben'],
      ['Step 2 CK', 228, 231],
      ['Applicant type', 'US IMG', 'DO'],
      ['Graduation year', 2020, 2021],
    ]);
    expect(applicants).toEqual([]);
    expect(missing.map(describeMissing)).toEqual([
      expect.stringContaining(
        'The Cohort sheet seems to be turned sideways: its headers (Step 2 CK, Applicant type, Graduation year) run down column A.',
      ),
    ]);
  });

  it('leaves out a row whose name is a formula error, naming the cell', () => {
    const { applicants, issues } = readCohort([
      ['Name', 'Step 2 CK'],
      ['#REF!', 230],
      ['Ben', 231],
    ]);
    expect(applicants.map(({ applicant }) => applicant.name)).toEqual(['Ben']);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      ['A2', expect.stringContaining('Name shows the formula error #REF!')],
    ]);
  });

  it.each<[string, unknown[][], string]>([
    ['an empty sheet', [], 'is empty'],
    ['no Name column', [['Step 2 CK'], [230]], 'no "Name" column'],
    ['headers only', [[...COHORT_HEADERS]], 'no applicants yet'],
  ])('says what is missing for %s', (_case, values, sentence) => {
    const { applicants, missing } = readCohort(values);
    expect(applicants).toEqual([]);
    expect(missing.map(describeMissing)).toEqual([expect.stringContaining(sentence)]);
  });
});
