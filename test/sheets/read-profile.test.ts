import { describe, expect, it } from 'vitest';
import { describeMissing } from '../../src/sheets/missing.ts';
import { PROFILE_FIELDS, readProfile } from '../../src/sheets/read-profile.ts';

describe('readProfile', () => {
  it('reads labels in any case and order, with aliases, and fills defaults', () => {
    const { applicant, issues, missing } = readProfile([
      ['Field', 'Value'],
      ['step 2 ck score', '231 (2nd attempt)'],
      ['NAME', 'Dr. Test'],
      ['YOG', '2019-06'],
      ['Radiology LORs', 2],
      ['Preferred regions', 'Northeast, Ohio; west'],
      ['Preferred program types', 'Academic, hybrid'],
      ['Rotations', 'Lakeside DR, A1'],
      ['Favourite colour', 'blue'],
    ]);
    expect(issues).toEqual([]);
    expect(missing).toEqual([]);
    expect(applicant).toMatchObject({
      name: 'Dr. Test',
      applicantType: 'US IMG',
      stepOne: null,
      stepOneAttempts: 1,
      stepTwoScore: 231,
      stepTwoAttempts: 1,
      graduationYear: 2019,
      needsVisa: false,
      radiologyLetters: 2,
      otherLetters: null,
      preferredRegions: ['Northeast', 'West'],
      preferredStates: ['OH'],
      preferredTypes: ['University', 'Hybrid'],
      rotations: ['Lakeside DR', 'A1'],
      ties: [],
    });
  });

  it('names each unreadable value in column B and falls back to the default', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Applicant type', 'IMG'],
      ['Step 2 CK', 'abc'],
      ['Step 1 attempts', 0],
      ['Needs visa', 'perhaps'],
      ['Preferred regions', 'Atlantis, South'],
    ]);
    expect(applicant).toMatchObject({
      applicantType: 'US IMG',
      stepTwoScore: null,
      stepOneAttempts: null,
      needsVisa: null,
      preferredRegions: ['South'],
    });
    expect(issues.map((issue) => issue.cell)).toEqual(['B2', 'B3', 'B4', 'B5', 'B6']);
    expect(issues[1]).toEqual({
      sheet: 'Profile',
      row: 3,
      column: 2,
      cell: 'B3',
      message:
        'Step 2 CK "abc" is not a score; expected a whole number from 1 to 300 (or N/A). Treated as unknown.',
    });
    expect(issues[4]?.message).toContain('"Atlantis"');
  });

  it('reads the common spellings of Step 2 CK and Needs visa', () => {
    for (const [label, value, key, read] of [
      ['S2CK', 221, 'stepTwoScore', 221],
      ['CK score', 221, 'stepTwoScore', 221],
      ['Step II CK', 221, 'stepTwoScore', 221],
      ['USMLE 2 CK', 221, 'stepTwoScore', 221],
      ['Requires visa sponsorship', 'Yes', 'needsVisa', true],
      ['Visa sponsorship needed', 'Yes', 'needsVisa', true],
    ] as const) {
      const { applicant, issues } = readProfile([
        ['Name', 'Dr. Test'],
        [label, value],
      ]);
      expect(issues, label).toEqual([]);
      expect(applicant?.[key], label).toBe(read);
    }
  });

  it('names a label that looks like a missing field, with the label to use, and never reads it', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 2 CK Score (3-digit)', 221],
      ['Step 1: how many attempts?', 2],
      ['Visa sponsorship required?', 'Yes'],
      ['Favourite colour', 'blue'],
      ['Graduaton year', ''],
    ]);
    expect(applicant).toMatchObject({ stepTwoScore: null, stepOneAttempts: 1, needsVisa: true });
    expect(issues.map((issue) => issue.cell)).toEqual(['A2', 'A3']);
    expect(issues[0]?.message).toBe(
      '"Step 2 CK Score (3-digit)" in A2 is not a label RadList knows, so B2 is not read. If it is your Step 2 CK, rename A2 to "Step 2 CK".',
    );
    expect(issues[1]?.message).toContain('rename A3 to "Step 1 attempts"');
  });

  it('says nothing of a label near a field the Profile already has', () => {
    const { issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 2 CK', 221],
      ['Step 2 CS', 'Pass'],
      ['Visa type', 'J-1'],
      ['Needs visa', 'Yes'],
    ]);
    expect(issues).toEqual([]);
  });

  it('counts a numeric Step 1 below the passing score as a failed attempt and asks for Pass or Fail', () => {
    const read = (stepOne: unknown) =>
      readProfile([
        ['Name', 'Dr. Test'],
        ['Step 1', stepOne],
        ['Step 1 attempts', 1],
      ]);
    const low = read(180);
    expect(low.applicant?.stepOne).toBe('Fail');
    expect(low.issues.map((issue) => issue.cell)).toEqual(['B2']);
    expect(low.issues[0]?.message).toBe(
      'Step 1 "180" is below USMLE\'s minimum passing score (194 for exams from 2018 until scores ended in January 2022; 192 from 2014 to 2017), so it is counted as a failed attempt (Step 1 not yet passed). Type Pass in B2 if you have passed Step 1 (on a later attempt, or under an older standard), or Fail if not.',
    );
    expect(read('193').applicant?.stepOne).toBe('Fail');
    for (const passing of [194, 230, 'Pass']) {
      const { applicant, issues } = read(passing);
      expect(applicant?.stepOne).toBe(passing);
      expect(issues).toEqual([]);
    }
  });

  it('reads a visa named in Needs visa as Yes, never as No', () => {
    for (const typed of ['J-1', 'J1', 'H-1B', 'h1b', 'Yes - J1', 'visa', 'J-1 visa', 'Need H1B']) {
      const { applicant, issues } = readProfile([
        ['Name', 'Dr. Test'],
        ['Needs visa', typed],
      ]);
      expect(applicant?.needsVisa, typed).toBe(true);
      expect(issues, typed).toEqual([]);
    }
  });

  it('reads an unreadable or unknown Needs visa as unknown, with an issue when unreadable', () => {
    const read = (typed: unknown) =>
      readProfile([
        ['Name', 'Dr. Test'],
        ['Needs visa', typed],
      ]);
    for (const typed of ['perhaps', 'No visa? J-1 maybe', 'Green card pending']) {
      const { applicant, issues } = read(typed);
      expect(applicant?.needsVisa, typed).toBeNull();
      expect(issues.map((issue) => issue.cell)).toEqual(['B2']);
      expect(issues[0]?.message).toContain('Treated as unknown, not as No');
    }
    expect(read('N/A').applicant?.needsVisa).toBeNull();
    expect(read('No').applicant?.needsVisa).toBe(false);
    expect(read('').applicant?.needsVisa).toBe(false);
  });

  it('asks a Non-US IMG with Needs visa blank or absent to say whether they need one', () => {
    const blank = readProfile([
      ['Name', 'Dr. Test'],
      ['Applicant type', 'Non-US IMG'],
      ['Needs visa', ''],
    ]);
    expect(blank.applicant?.needsVisa).toBe(false);
    expect(blank.issues.map((issue) => issue.cell)).toEqual(['B3']);
    expect(blank.issues[0]?.message).toContain('most Non-US IMGs need a visa');
    const absent = readProfile([
      ['Name', 'Dr. Test'],
      ['Applicant type', 'Non-US IMG'],
    ]);
    expect(absent.issues.map((issue) => issue.cell)).toEqual(['B2']);
    expect(absent.issues[0]?.message).toContain('Add "Needs visa"');
    const said = readProfile([
      ['Name', 'Dr. Test'],
      ['Applicant type', 'Non-US IMG'],
      ['Needs visa', 'No'],
    ]);
    expect(said.issues).toEqual([]);
    const usImg = readProfile([
      ['Name', 'Dr. Test'],
      ['Applicant type', 'US IMG'],
    ]);
    expect(usImg.issues).toEqual([]);
  });

  it('refuses a graduation year after the residency start or more than 60 years before the cycle', () => {
    const read = (year: unknown) =>
      readProfile(
        [
          ['Name', 'Dr. Test'],
          ['Graduation year', year],
        ],
        undefined,
        { cycleYear: 2026 },
      );
    expect(read(2027).applicant?.graduationYear).toBe(2027);
    expect(read(1966).applicant?.graduationYear).toBe(1966);
    for (const year of [2035, 2028, 1900, 1965]) {
      const { applicant, issues } = read(year);
      expect(applicant?.graduationYear).toBeNull();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ sheet: 'Profile', cell: 'B2' });
    }
    expect(read(2035).issues[0]?.message).toBe(
      'Graduation year "2035" is after 2027, when residency for the 2026 cycle starts; expected the year you graduate (or graduated). Treated as unknown.',
    );
    expect(read(1900).issues[0]?.message).toBe(
      'Graduation year "1900" is more than 60 years before the 2026 cycle; expected the year you graduated. Treated as unknown.',
    );
  });

  it('names a formula error (a broken lookup) in a value cell instead of reading it as N/A', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 2 CK', '#N/A'],
    ]);
    expect(applicant?.stepTwoScore).toBeNull();
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B2',
        'Step 2 CK shows the formula error #N/A (a formula that failed, such as a lookup that found nothing); fix the formula in B2, or type N/A if the value is unknown. Treated as unknown.',
      ],
    ]);
  });

  it('reads a Name that is a formula error as a blank name, naming the cell', () => {
    const { applicant, issues } = readProfile([
      ['Name', '#N/A'],
      ['Step 2 CK', 230],
    ]);
    expect(applicant?.name).toBe('Applicant');
    expect(issues.map((issue) => issue.cell)).toEqual(['B1']);
    expect(issues[0]?.message).toContain('Name shows the formula error #N/A');
  });

  it.each<unknown>(['2 (failed once)', 'two', 2.5, 1e9, 0, -3, 11, 'many'])(
    'reads unreadable attempts %j as unknown, never as the default of 1, and says so in B2',
    (value) => {
      const { applicant, issues } = readProfile([
        ['Name', 'Dr. Test'],
        ['Step 1 attempts', value],
      ]);
      expect(applicant?.stepOneAttempts).toBeNull();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ sheet: 'Profile', cell: 'B2' });
      expect(issues[0]?.message).toContain('Treated as unknown, not as 1');
    },
  );

  it('keeps the default of 1 for a blank attempts cell, and reads 7 to 10 as typed with an issue on the USMLE limit', () => {
    const read = (value: unknown) =>
      readProfile([
        ['Name', 'Dr. Test'],
        ['Step 2 CK attempts', value],
      ]);
    expect(read('').applicant?.stepTwoAttempts).toBe(1);
    expect(read('').issues).toEqual([]);
    expect(read('3 attempts').applicant?.stepTwoAttempts).toBe(3);
    const seven = read(7);
    expect(seven.applicant?.stepTwoAttempts).toBe(7);
    expect(seven.issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B2',
        'Step 2 CK attempts "7" is more than USMLE allows (6 attempts per Step until July 2021, 4 since); it is used as typed, so check the cell.',
      ],
    ]);
  });

  it('refuses a Profile turned sideways (labels along row 1) with one clear sentence, never an applicant named "Applicant type"', () => {
    const { applicant, missing } = readProfile([
      ['Name', 'Applicant type', 'Step 2 CK', 'Graduation year'],
      ['Dr. Test', 'US IMG', 231, 2020],
    ]);
    expect(applicant).toBeNull();
    expect(missing.map(describeMissing)).toEqual([
      'The Profile sheet seems to be turned sideways: its labels (Applicant type, Step 2 CK, Graduation year) run along row 1. Put the labels in column A and the values in column B (copy them, then use Edit › Paste special › Transposed).',
    ]);
  });

  it('reads a Profile whose row 1 is a header row such as Field | Value', () => {
    const { applicant, missing } = readProfile([
      ['Field', 'Value', 'Notes'],
      ['Name', 'Dr. Test'],
      ['Step 2 CK', 231],
    ]);
    expect(missing).toEqual([]);
    expect(applicant?.name).toBe('Dr. Test');
  });

  it('refuses a decimal Step 2 CK (a score report is a whole number) and says a whole number is expected', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 2 CK', 229.5],
    ]);
    expect(applicant?.stepTwoScore).toBeNull();
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B2',
        'Step 2 CK "229.5" is not a score; expected a whole number from 1 to 300 (or N/A). Treated as unknown.',
      ],
    ]);
  });

  it('reads Geographic preference: blank is not chosen, None is no preference, at most 3 divisions', () => {
    const read = (value: unknown) =>
      readProfile([
        ['Name', 'A'],
        ['Geographic preference', value],
      ]);
    expect(read('').applicant?.geographicPreference).toBeNull();
    expect(read('No preference').applicant?.geographicPreference).toEqual([]);
    expect(read('South Atlantic; mid-atlantic').applicant?.geographicPreference).toEqual([
      'South Atlantic',
      'Middle Atlantic',
    ]);
    const four = read('Pacific, Mountain, New England, South Atlantic');
    expect(four.applicant?.geographicPreference).toEqual(['Pacific', 'Mountain', 'New England']);
    expect(four.issues).toEqual([
      expect.objectContaining({
        sheet: 'Profile',
        row: 2,
        column: 2,
        cell: 'B2',
        message: expect.stringContaining('at most 3'),
      }),
    ]);
    const bad = read('Texas, Pacific');
    expect(bad.applicant?.geographicPreference).toEqual(['Pacific']);
    expect(bad.issues).toEqual([
      expect.objectContaining({ cell: 'B2', message: expect.stringContaining('Census division') }),
    ]);
  });

  it('treats N/A as unknown without an issue', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 3', 'N/A'],
      ['USCE weeks', 'n/a'],
    ]);
    expect(issues).toEqual([]);
    expect(applicant).toMatchObject({ stepThreeScore: null, usceWeeks: null });
  });

  it('uses the first of a repeated label and reports the second', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'Dr. Test'],
      ['Step 2 CK', 240],
      ['Step 2', 200],
    ]);
    expect(applicant?.stepTwoScore).toBe(240);
    expect(issues).toEqual([
      { sheet: 'Profile', row: 3, column: 1, cell: 'A3', message: expect.stringContaining('row 2 is used') },
    ]);
  });

  it.each<[string, unknown[][], string]>([
    ['an empty sheet', [], 'column B, beside a "Name" label'],
    ['a Name label and nothing else', [['Name', '']], 'cell B1'],
    ['only unknown labels', [['Favourite colour', 'blue']], 'column B, beside a "Name" label'],
    ['the empty Setup sheet', PROFILE_FIELDS.map((label) => [label, '']), 'cell B1'],
  ])('returns no applicant for %s and says what is missing', (_case, values, where) => {
    const { applicant, missing } = readProfile(values);
    expect(applicant).toBeNull();
    expect(missing.map(describeMissing)).toEqual([expect.stringContaining(where)]);
  });

  it.each<[string, unknown[][], string, string]>([
    [
      'a blank name',
      [
        ['Name', ''],
        ['Step 2 CK', 230],
      ],
      'B1',
      'in B1',
    ],
    [
      'no Name row',
      [
        ['Field', 'Value'],
        ['Step 2 CK', 230],
      ],
      'A2',
      'Type "Name" in A3 and the applicant\'s name in B3',
    ],
    [
      'no Name row and an empty row',
      [
        ['Step 2 CK', 230],
        ['', '', 'a note'],
        ['USCE weeks', 8],
      ],
      'A2',
      'Type "Name" in A2 and the applicant\'s name in B2',
    ],
  ])(
    'builds the list for "Applicant" with %s and names the cell for the name',
    (_case, values, cell, text) => {
      const { applicant, issues, missing } = readProfile(values);
      expect(missing).toEqual([]);
      expect(applicant).toMatchObject({ name: 'Applicant', stepTwoScore: 230 });
      expect(issues).toEqual([
        {
          sheet: 'Profile',
          row: Number(cell.slice(1)),
          column: cell.charCodeAt(0) - 64,
          cell,
          message: expect.stringContaining(text),
        },
      ]);
    },
  );

  it('keeps hostile strings as plain text', () => {
    const name = '=HYPERLINK("http://x","<b>me</b>")\u0007';
    const { applicant } = readProfile([
      ['Name', name],
      ['Ties', '=cmd|" /C calc"!A0'],
    ]);
    expect(applicant?.name).toBe(name);
    expect(applicant?.ties).toEqual(['=cmd|" /C calc"!A0']);
  });
});

describe('readProfile as real profiles are written', () => {
  it('reads USCE months as weeks (× 4.3) when USCE weeks is blank or absent', () => {
    expect(
      readProfile([
        ['Name', 'A'],
        ['USCE months', 2],
      ]).applicant?.usceWeeks,
    ).toBe(9);
    expect(
      readProfile([
        ['Name', 'A'],
        ['USCE weeks', ''],
        ['Months of USCE', '1.5 months'],
      ]).applicant?.usceWeeks,
    ).toBe(6);
    expect(
      readProfile([
        ['Name', 'A'],
        ['USCE', '3 months'],
      ]).applicant?.usceWeeks,
    ).toBe(13);
  });

  it('uses the larger of USCE weeks and USCE months when both are given, in one issue naming both cells', () => {
    const both = (weeks: unknown, months: unknown) =>
      readProfile([
        ['Name', 'A'],
        ['USCE weeks', weeks],
        ['Rotations', ''],
        ['USCE months', months],
      ]);
    const months = both(2, 6);
    expect(months.applicant?.usceWeeks).toBe(26);
    expect(months.issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'B2',
        'USCE weeks (B2: 2 weeks) and USCE months (B4: "6", 26 weeks) both give your US clinical experience; the larger, 26 weeks, is used. Keep one of them, with your whole experience.',
      ],
    ]);
    const weeks = both(12, 1);
    expect(weeks.applicant?.usceWeeks).toBe(12);
    expect(weeks.issues).toHaveLength(1);
    expect(both('', 1).issues).toEqual([]);
    expect(both('lots', 6).applicant?.usceWeeks).toBeNull();
  });

  it('names an attempt or letter count beyond any real value and treats it as unknown', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'A'],
      ['Step 1 attempts', 999999999],
      ['Radiology letters', '1,000'],
      ['Step 2 CK', '1,234'],
      ['Step 3', '-230'],
    ]);
    expect(applicant).toMatchObject({
      stepOneAttempts: null,
      radiologyLetters: null,
      stepTwoScore: null,
      stepThreeScore: null,
    });
    expect(issues.map((issue) => issue.cell)).toEqual(['B2', 'B3', 'B4', 'B5']);
    expect(issues[0]?.message).toBe(
      'Step 1 attempts "999999999" is not a number of attempts; expected a whole number from 1 to 10. Treated as unknown, not as 1: the plan flags it, checks no attempt limit against it and gives the careful advice.',
    );
  });

  it('reads dashes, TBD and NOT SURE as unknown without an issue', () => {
    const { applicant, issues } = readProfile([
      ['Name', 'A'],
      ['Step 3', '-'],
      ['Needs visa', 'NOT SURE'],
      ['Publications', 'TBD'],
      ['Graduation year', '?'],
    ]);
    expect(issues).toEqual([]);
    expect(applicant).toMatchObject({
      stepThreeScore: null,
      needsVisa: null,
      publications: null,
      graduationYear: null,
    });
  });
});
