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

  it('reads the common spellings of Step 2 CK and Needs visa as those columns', () => {
    for (const score of ['S2CK', 'CK score', 'Step II CK', 'USMLE 2 CK']) {
      for (const visa of ['Requires visa sponsorship', 'Visa sponsorship needed']) {
        const { applicants, issues } = readCohort([
          ['Name', score, visa],
          ['Ana', 221, 'Yes'],
        ]);
        expect(issues, `${score} / ${visa}`).toEqual([]);
        expect(applicants[0]?.applicant).toMatchObject({ stepTwoScore: 221, needsVisa: true });
      }
    }
  });

  it('names a header that looks like a missing field, with the header to use, and never reads it', () => {
    const { applicants, issues } = readCohort([
      ['Name', 'Step 2 CK (3-digit)', 'Email', 'Visa status', 'Medical school'],
      ['Ana', 221, 'ana@example.org', 'Yes', 'Somewhere'],
    ]);
    expect(applicants[0]?.applicant).toMatchObject({ stepTwoScore: null, needsVisa: false });
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B1',
        'Column B "Step 2 CK (3-digit)" is not a header RadList knows, so its values are not read. If it holds Step 2 CK, rename B1 to "Step 2 CK".',
      ],
      [
        'D1',
        'Column D "Visa status" is not a header RadList knows, so its values are not read. If it holds Needs visa, rename D1 to "Needs visa".',
      ],
    ]);
  });

  it('says once when no column holds Step 2 CK, instead of leaving every score blank silently', () => {
    const { applicants, issues, missing } = readCohort([
      ['Name', 'Graduation year'],
      ['Ana', 2020],
      ['Ben', 2021],
    ]);
    expect(applicants).toHaveLength(2);
    expect(missing).toEqual([]);
    expect(issues.map((issue) => issue.cell)).toEqual(['C1']);
    expect(issues[0]?.message).toContain('no "Step 2 CK" column, so every applicant\'s score');
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
