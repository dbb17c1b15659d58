import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staleIssue } from '../../src/core/eligibility.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { describeMissing } from '../../src/sheets/missing.ts';
import {
  PROGRAM_HEADERS,
  programKey,
  programsNeedFormats,
  readPrograms,
} from '../../src/sheets/read-programs.ts';

const HEADERS = [
  'Program',
  'ID',
  'State',
  'Region',
  'Min Step 2 CK',
  'Min is',
  'IMG %',
  'Takes IMGs',
  'Last verified',
];

describe('readPrograms', () => {
  it('reads a clean sheet with defaults and a derived region', () => {
    const { programs, issues, missing } = readPrograms([
      HEADERS,
      ['Lakeside DR', 'A1', 'Ohio', '', 221, '', '35%', 'Yes', '2024-03'],
    ]);
    expect(issues).toEqual([]);
    expect(missing).toEqual([]);
    expect(programs).toHaveLength(1);
    expect(programs[0]).toMatchObject({
      key: 'A1',
      name: 'Lakeside DR',
      state: 'OH',
      region: 'Midwest',
      division: 'East North Central',
      minStepTwo: 221,
      minIsHard: true,
      imgShare: 0.35,
      takesImgs: true,
      lastVerified: '2024-03',
      row: 2,
    });
  });

  it('reads a Census division in Region as its region, and keeps the division when the state is unknown', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'State', 'Region'],
      ['Harbor DR', '', 'South Atlantic'],
      ['Mesa DR', 'AZ', 'Mountain'],
      ['Pine DR', 'Maine', ''],
    ]);
    expect(issues).toEqual([]);
    expect(programs.map((p) => [p.region, p.division])).toEqual([
      ['South', 'South Atlantic'],
      ['West', 'Mountain'],
      ['Northeast', 'New England'],
    ]);
  });

  it('matches messy headers in another order and ignores unknown columns', () => {
    const { programs, issues } = readPrograms([
      [
        '  notes ',
        'Director e-mail',
        'median step-2 ck',
        'STATE',
        'program NAME',
        'minimum step 2 ck',
        'Accepts IMGs',
      ],
      ['call in May', 'x@y.z', 235, 'tx', 'Bayview', '≥ 225', '✓'],
    ]);
    expect(issues).toEqual([]);
    expect(programs[0]).toMatchObject({
      name: 'Bayview',
      notes: 'call in May',
      typicalStepTwo: 235,
      minStepTwo: 225,
      state: 'TX',
      region: 'South',
      takesImgs: true,
      key: 'Bayview|TX',
    });
  });

  it('names each unreadable cell in A1 and keeps the row', () => {
    const { programs, issues } = readPrograms([
      HEADERS,
      ['Hilltop', 'B2', 'Narnia', 'Atlantis', 'abc', 'maybe', '150%', 'sometimes', 'soon'],
    ]);
    expect(programs).toHaveLength(1);
    expect(programs[0]).toMatchObject({
      state: '',
      region: null,
      minStepTwo: null,
      minIsHard: true,
      imgShare: null,
    });
    expect(issues.map((issue) => issue.cell)).toEqual(['C2', 'D2', 'E2', 'F2', 'G2', 'H2', 'I2']);
    expect(issues.every((issue) => issue.sheet === 'Programs')).toBe(true);
    expect(issues[2]?.message).toBe(
      'Min Step 2 CK "abc" is not a score; expected a whole number from 1 to 300 (or N/A). Treated as unknown.',
    );
  });

  it('refuses a first accreditation after the cycle year and a Last verified date after today, by cell', () => {
    const { programs, issues } = readPrograms(
      [
        ['Program', 'State', 'First accredited', 'Last verified'],
        ['Future U', 'NY', 2030, '2031-01-01'],
        ['Now U', 'NY', 2026, '2026-07'],
        ['Old U', 'NY', 1990, new Date(2026, 6, 1)],
        ['Later U', 'NY', '2027-03', 2027],
      ],
      undefined,
      { cycleYear: 2026, today: '2026-07-01' },
    );
    expect(programs.map((program) => [program.firstAccredited, program.lastVerified])).toEqual([
      [null, null],
      [2026, '2026-07'],
      [1990, '2026-07-01'],
      [null, null],
    ]);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      [
        'C2',
        'First accredited "2030" is after the cycle year (2026): a program recruiting in this cycle was accredited by then. Treated as unknown.',
      ],
      ['D2', 'Last verified "2031-01-01" is in the future (today is 2026-07-01). Treated as unknown.'],
      [
        'C5',
        'First accredited "2027-03" is after the cycle year (2026): a program recruiting in this cycle was accredited by then. Treated as unknown.',
      ],
      ['D5', 'Last verified "2027" is in the future (today is 2026-07-01). Treated as unknown.'],
    ]);
  });

  it('names formula errors by cell: a value is unknown, a nameless row is left out, a broken ID is not a key', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'ID', 'State', 'Min Step 2 CK', 'Last verified'],
      ['Hilltop', '#REF!', 'NY', '#N/A', '#VALUE!'],
      ['#N/A', 'B2', 'OH', 220, ''],
      ['Lakeside', '#REF!', 'OH', 221, ''],
    ]);
    expect(programs.map((program) => [program.key, program.minStepTwo, program.lastVerified])).toEqual([
      ['Hilltop|NY', null, null],
      ['Lakeside|OH', 221, null],
    ]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B2', 'D2', 'E2', 'A3', 'B4']);
    expect(issues.every((issue) => issue.message.includes('formula error'))).toBe(true);
    expect(issues[3]?.message).toContain('the row is left out');
  });

  it('refuses a sheet turned sideways (headers down column A) with one clear sentence, never 13 programs named ID, IMG % …', () => {
    const sideways = [
      ['Program', 'Alpha Community', 'Beta University', 'Gamma Health'],
      ['ID', 'A1', 'A2', 'A3'],
      ['State', 'OH', 'NY', 'TX'],
      ['Type', 'Community', 'University', 'Hybrid'],
      ['Min Step 2 CK', 220, 230, ''],
      ['Typical Step 2 CK', 230, 240, ''],
      ['IMG %', 30, 10, ''],
      ['Takes IMGs', 'Yes', 'Yes', 'No'],
    ];
    const { programs, missing } = readPrograms(sideways);
    expect(programs).toEqual([]);
    expect(missing.map(describeMissing)).toEqual([
      'The Programs sheet seems to be turned sideways: its headers (ID, State, Type, Min Step 2 CK, …) run down column A. Put the headers in row 1 and one program a row (copy the table, then use Edit › Paste special › Transposed).',
    ]);
  });

  it('reads programs whose names happen to be header words when most are not', () => {
    const { programs, missing } = readPrograms([
      ['Program', 'State'],
      ['Hospital', 'OH'],
      ['Lakeside', 'OH'],
      ['Hilltop', 'NY'],
      ['Riverside', 'TX'],
    ]);
    expect(missing).toEqual([]);
    expect(programs).toHaveLength(4);
  });

  it('reads the programs from a second "Program" column when the first is empty, and says so', () => {
    const { programs, issues, missing } = readPrograms([
      ['Program', 'State', 'Program'],
      ['', 'OH', 'Lakeside'],
      ['', 'NY', 'Hilltop'],
    ]);
    expect(missing).toEqual([]);
    expect(programs.map((program) => program.name)).toEqual(['Lakeside', 'Hilltop']);
    expect(issues.map((issue) => [issue.cell, issue.message])).toEqual([
      ['A1', '"Program" appears in column A and again in column C; column A is empty, so column C is used.'],
    ]);
  });

  it('reads a decimal typical score (an average) rounded to a whole score, with no issue', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'State', 'Typical Step 2 CK', 'Average Step 2 CK'],
      ['Hilltop', 'NY', 224.9, ''],
      ['Lakeside', 'OH', '245.3', ''],
    ]);
    expect(programs.map((program) => program.typicalStepTwo)).toEqual([225, 245]);
    expect(issues.filter((issue) => issue.column === 3)).toEqual([]);
  });

  it('treats N/A as unknown without an issue', () => {
    const { programs, issues } = readPrograms([
      HEADERS,
      ['Hilltop', '', 'NY', '', 'N/A', '', 'n/a', 'NA', 'N.A.'],
    ]);
    expect(issues).toEqual([]);
    expect(programs[0]).toMatchObject({
      minStepTwo: null,
      imgShare: null,
      takesImgs: null,
      lastVerified: null,
    });
  });

  it('skips blank rows silently and a row without a name with an issue', () => {
    const { programs, issues } = readPrograms([
      HEADERS,
      ['', '', '', '', '', '', '', '', ''],
      ['', 'C3', 'NY', '', 230, '', '', '', ''],
      ['Riverside', '', 'NY'],
    ]);
    expect(programs.map((program) => program.name)).toEqual(['Riverside']);
    expect(issues).toEqual([
      {
        sheet: 'Programs',
        row: 3,
        column: 1,
        cell: 'A3',
        message: expect.stringContaining('no program name'),
      },
    ]);
  });

  it('leaves out a repeated key and names both rows', () => {
    const { programs, issues } = readPrograms([
      HEADERS,
      ['First', 'X1', 'NY'],
      ['Second', 'X1', 'NJ'],
      ['Same', '', 'ny'],
      ['same', '', 'New York'],
    ]);
    expect(programs.map((program) => program.row)).toEqual([2, 4]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B3', 'A5']);
    expect(issues[0]?.message).toContain('row 2');
    expect(issues[0]?.message).toContain('row 3');
  });

  it('leaves out a row that repeats a program listed with its ID, keeping the row with the ID', () => {
    const { programs, issues, setAside } = readPrograms([
      HEADERS,
      ['lakeview  regional', '', 'oh'],
      ['Lakeview Regional', 'FX-1001', 'OH'],
      ['Lakeview Regional', '', 'NY'],
      ['Lakeview Regional', 'FX-1002', 'OH'],
    ]);
    expect(programs.map((program) => [program.row, program.key])).toEqual([
      [3, 'FX-1001'],
      [4, 'Lakeview Regional|NY'],
      [5, 'FX-1002'],
    ]);
    expect(setAside).toEqual([{ row: 2, reason: 'repeated-key' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: 'Programs', cell: 'B2' });
    expect(issues[0]?.message).toContain('Row 2');
    expect(issues[0]?.message).toContain('row 3 (ID "FX-1001")');
    expect(issues[0]?.message).toContain('left out');
  });

  it('leaves out a units row under the header with one issue, never a program called "(name)"', () => {
    const { programs, issues, setAside } = readPrograms([
      [
        'Program',
        'ID',
        'State',
        'Min Step 2 CK',
        'Typical Step 2 CK',
        'IMG %',
        'Takes IMGs',
        'Last verified',
      ],
      ['(name)', '(NRMP)', '', '(score)', '(score)', '(%)', '(Y/N)', '(date)'],
      ['Range U', 'R1', 'NY', 220, 230, '10%', 'Yes', '2025-09-01'],
    ]);
    expect(programs.map((program) => program.name)).toEqual(['Range U']);
    expect(setAside).toEqual([{ row: 2, reason: 'not-a-program' }]);
    expect(issues.map((issue) => issue.cell)).toEqual(['A2']);
    expect(issues[0]?.message).toContain('describes the columns');
  });

  it('leaves out the header row repeated mid-sheet with one issue, never a program called "Program"', () => {
    const { programs, issues, setAside } = readPrograms([
      HEADERS,
      ['First', 'X1', 'NY', '', 220, 'Hard', '10%', 'Yes', '2025-09-01'],
      HEADERS,
      ['Second', 'X2', 'OH', '', 230, 'Hard', '10%', 'Yes', '2025-09-01'],
    ]);
    expect(programs.map((program) => program.name)).toEqual(['First', 'Second']);
    expect(setAside).toEqual([{ row: 3, reason: 'not-a-program' }]);
    expect(issues.map((issue) => issue.cell)).toEqual(['A3']);
    expect(issues[0]?.message).toContain('Row 3 repeats the column names');
  });

  it('says a two-row header must be one row, in one issue on row 2, and reads the programs below it', () => {
    const { programs, issues, setAside } = readPrograms([
      ['Program', 'Location', '', 'Step 2 CK', '', 'IMGs', '', 'Visa'],
      ['', 'City', 'State', 'Minimum', 'Typical', '%', 'Takes IMGs', 'Sponsors'],
      ['Alpha', 'Dayton, OH', '', 230, 240, 20, 'Yes', 'None'],
    ]);
    expect(programs.map((program) => program.name)).toEqual(['Alpha']);
    expect(setAside).toEqual([{ row: 2, reason: 'not-a-program' }]);
    const row2 = issues.filter((issue) => issue.row === 2);
    expect(row2).toHaveLength(1);
    expect(row2[0]?.message).toContain('headers must be one row: put the names of row 2 in row 1');
    expect(row2[0]?.message).not.toContain('no program name');
  });

  it('reads the minimum, visa and graduation-year columns under the headers real lists give them', () => {
    const { programs, absentColumns } = readPrograms([
      [
        'Program Name',
        'State',
        'USMLE Step 2 CK min',
        'Visa sponsorship (J1/H1B)',
        'Year of graduation cutoff',
      ],
      ['A', 'OH', 230, 'None', 3],
    ]);
    expect(programs[0]).toMatchObject({ minStepTwo: 230, sponsorsVisa: 'None', yogCutoff: 3 });
    expect(absentColumns).not.toContain('minStepTwo');
  });

  it('names an unknown header near a column the sheet lacks, with the name to use, and reads it as nothing', () => {
    const { programs, issues, absentColumns, unrecognised } = readPrograms([
      [
        'Program',
        'State',
        'Step 2 CK min req',
        'Visa sponsorship needed?',
        'Min Step 1',
        'IMG friendly',
        'My notes',
      ],
      ['A', 'OH', 230, 'None', 220, 'No', 'call'],
    ]);
    expect(programs[0]).toMatchObject({ minStepTwo: null, sponsorsVisa: null });
    expect(absentColumns).toEqual(expect.arrayContaining(['minStepTwo', 'sponsorsVisa', 'imgShare']));
    expect(issues.map((issue) => issue.cell)).toEqual(['C1', 'D1']);
    expect(issues[0]?.message).toContain('"Step 2 CK min req" (C1) is not a column name RadList knows');
    expect(issues[0]?.message).toContain('rename it "Min Step 2 CK"');
    expect(issues[1]?.message).toContain('rename it "Sponsors visa"');
    expect(unrecognised).toEqual([
      { field: 'minStepTwo', column: 3, header: 'Step 2 CK min req', name: 'Min Step 2 CK' },
      { field: 'sponsorsVisa', column: 4, header: 'Visa sponsorship needed?', name: 'Sponsors visa' },
    ]);
  });

  it('suggests no name for an unknown header when the sheet already has that column', () => {
    const { issues } = readPrograms([
      ['Program', 'State', 'Min Step 2 CK', 'Step 2 CK min req'],
      ['A', 'OH', 230, 231],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports a repeated header and uses the first', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'Min Step 2 CK', 'Minimum Step 2 CK'],
      ['Hilltop', 220, 240],
    ]);
    expect(programs[0]?.minStepTwo).toBe(220);
    expect(issues).toEqual([
      {
        sheet: 'Programs',
        row: 1,
        column: 3,
        cell: 'C1',
        message: expect.stringContaining('column B is used'),
      },
    ]);
  });

  it.each<[string, unknown[][], string]>([
    ['an empty sheet', [], 'is empty'],
    [
      'a sheet of blank cells',
      [
        ['', ''],
        ['', ''],
      ],
      'is empty',
    ],
    [
      'no Program column',
      [
        ['State', 'City'],
        ['NY', 'Albany'],
      ],
      'no "Program" column',
    ],
    ['headers only', [HEADERS], 'no programs yet'],
  ])('says what is missing for %s', (_case, values, sentence) => {
    const { programs, missing } = readPrograms(values);
    expect(programs).toEqual([]);
    expect(missing.map(describeMissing)).toEqual([expect.stringContaining(sentence)]);
  });

  it('keeps hostile strings as plain text', () => {
    const hostile = [
      '=cmd|" /C calc"!A0',
      '<img src=x onerror=alert(1)>',
      `a\u0000b\u0007`,
      'z'.repeat(60_000),
    ];
    const { programs } = readPrograms([
      ['Program', 'Notes', 'City'],
      ...hostile.map((text) => [text, text, text]),
    ]);
    expect(programs.map((program) => program.name)).toEqual(hostile.map((text) => text.trim()));
    expect(programs.map((program) => program.notes)).toEqual(hostile.map((text) => text.trim()));
  });

  it.each<[unknown, number, string | null]>([
    ['2025', 6, null],
    [2025, 6, null],
    ['2025-03', 6, 'data may be stale (verified March 2025)'],
    ['March 2025', 14, 'data may be stale (verified March 2025)'],
    ['March 2025', 15, null],
    ['2024', 12, 'data may be stale (verified 2024)'],
    ['2025-01-15', 12, 'data may be stale (verified January 2025)'],
  ])('judges Last verified %j (stale after %i months) by what was typed: %j', (typed, staleMonths, issue) => {
    const { programs } = readPrograms([
      ['Program', 'Last verified'],
      ['Lakeside DR', typed],
    ]);
    expect(staleIssue(programs[0]!.lastVerified, { ...defaultSettings(2026), staleMonths })).toBe(issue);
  });
});

describe('programKey', () => {
  it.each<[string, string, string, string]>([
    ['4200511234', 'Hilltop', 'NY', '4200511234'],
    [' A1 ', 'Hilltop', 'NY', 'A1'],
    ['', 'Hilltop', 'ny', 'Hilltop|NY'],
    ['', ' Hilltop ', '', 'Hilltop|'],
  ])('keys (%j, %j, %j) as %j', (id, name, state, key) => {
    expect(programKey(id, name, state)).toBe(key);
  });
});

describe('PROGRAM_HEADERS', () => {
  it('lists the SPEC headers in order, Program first', () => {
    expect(PROGRAM_HEADERS[0]).toBe('Program');
    expect(PROGRAM_HEADERS).toContain('Min Step 2 CK');
    expect(readPrograms([[...PROGRAM_HEADERS], ['P']]).issues).toEqual([]);
  });
});

describe('readPrograms with layouts of real lists', () => {
  it('gives Track from an NRMP code when Track is blank, and keeps a typed Track', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'NRMP code', 'Track'],
      ['Alpha DR', '1234420A0', ''],
      ['Beta DR', '1234420C0', ''],
      ['Gamma DR', '1234420A1', 'Both'],
      ['Delta DR', '4200511234', ''],
    ]);
    expect(issues).toEqual([]);
    expect(programs.map((p) => p.track)).toEqual(['Advanced', 'Categorical', 'Both', null]);
  });

  it('sets preliminary (P) rows aside with one issue, and keeps an R row whose Track is typed', () => {
    const { programs, issues, setAside } = readPrograms([
      ['Program', 'ID', 'Track'],
      ['Alpha Prelim', '1234140P0', ''],
      ['Beta Prelim', '2234140P0', ''],
      ['Gamma DR', '1234420R0', 'Advanced'],
      ['Delta DR', '1234420C0', ''],
    ]);
    expect(programs.map((p) => p.name)).toEqual(['Gamma DR', 'Delta DR']);
    expect(setAside).toEqual([
      { row: 2, reason: 'preliminary' },
      { row: 3, reason: 'preliminary' },
    ]);
    expect(issues).toEqual([
      {
        sheet: 'Programs',
        row: 2,
        column: 2,
        cell: 'B2',
        message:
          '2 rows have NRMP codes of a preliminary (P) position and were set aside (rows 2, 3): a preliminary year is not a Diagnostic Radiology program.',
      },
    ]);
  });

  it('names programs by Institution when there is no Program column, saying so once', () => {
    const { programs, issues, absentColumns } = readPrograms([
      ['Sponsoring institution', 'State'],
      ['Alpha Hospital', 'OH'],
      ['Beta Hospital', 'TX'],
      ['', 'NY'],
    ]);
    expect(programs.map((p) => p.name)).toEqual(['Alpha Hospital', 'Beta Hospital']);
    expect(issues.map((issue) => issue.cell)).toEqual(['A1', 'A4']);
    expect(issues[0]?.message).toContain('named by its "Sponsoring institution"');
    expect(issues[1]?.message).toContain('the "Institution" column is blank');
    expect(absentColumns).not.toContain('name');
  });

  it('keeps only Diagnostic Radiology rows of a Specialty column (a blank specialty is kept)', () => {
    const { programs, issues, setAside } = readPrograms([
      ['Program', 'Specialty'],
      ['A', 'Diagnostic Radiology'],
      ['B', 'Interventional Radiology-Integrated'],
      ['C', 'Radiology-Diagnostic'],
      ['D', ''],
      ['E', 'Nuclear Medicine'],
    ]);
    expect(programs.map((p) => p.name)).toEqual(['A', 'C', 'D']);
    expect(setAside.map((entry) => entry.reason)).toEqual(['other-specialty', 'other-specialty']);
    expect(issues).toEqual([
      {
        sheet: 'Programs',
        row: 1,
        column: 2,
        cell: 'B1',
        message:
          '2 programs are not Diagnostic Radiology ("Interventional Radiology-Integrated", "Nuclear Medicine") and were set aside (rows 3, 6). RadList lists Diagnostic Radiology programs only.',
      },
    ]);
  });

  it('reads the latest year-stamped column and the cleaned twin, with no issue', () => {
    const { programs, issues } = readPrograms([
      [
        'Program',
        '2025 Quota',
        '2026 Quota',
        'Min Step 2 CK (raw)',
        'Min Step 2 CK (cleaned)',
        'State_raw',
        'State',
      ],
      ['A', 4, 6, '≈220ish', 220, 'Ohio state', 'OH'],
    ]);
    expect(issues).toEqual([]);
    expect(programs[0]).toMatchObject({ positions: 6, minStepTwo: 220, state: 'OH' });
  });

  it('fills City and State from a City, State column, and names a cell without a state', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'City, State', 'State'],
      ['A', 'Rochester, MN', ''],
      ['B', 'Boston, Massachusetts 02115', ''],
      ['C', 'Austin TX', ''],
      ['D', 'Springfield', ''],
      ['E', 'Portland, OR', 'ME'],
    ]);
    expect(programs.map((p) => [p.city, p.state])).toEqual([
      ['Rochester', 'MN'],
      ['Boston', 'MA'],
      ['Austin', 'TX'],
      ['Springfield', ''],
      ['Portland', 'ME'],
    ]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B5']);
    expect(issues[0]?.message).toBe(
      'City, State "Springfield" has no US state after its last comma; expected e.g. "Boston, MA". The state is unknown.',
    );
  });

  it('makes Sponsors visa from J-1 and H-1B columns when it has no column of its own', () => {
    const { programs } = readPrograms([
      ['Program', 'J-1 visa sponsorship through ECFMG', 'H-1B visa'],
      ['A', 'Yes', 'Yes'],
      ['B', 'Yes', 'No'],
      ['C', 'No', 'Yes'],
      ['D', 'No', 'No'],
      ['E', 'No', ''],
    ]);
    expect(programs.map((p) => p.sponsorsVisa)).toEqual(['Both', 'J-1', 'H-1B', 'None', null]);
  });

  it('reads a type, region or visa a letter or two off as the closest, with an issue saying so', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'Type', 'Region', 'Visa'],
      ['A', 'Univeristy', 'Midwst', 'J1 onyl'],
    ]);
    expect(programs[0]).toMatchObject({ type: 'University', region: 'Midwest', sponsorsVisa: 'J-1' });
    expect(issues.map((issue) => issue.message)).toEqual([
      'Type "Univeristy" is read as University, the closest accepted value; correct the cell if that is wrong.',
      'Region "Midwst" is read as Midwest, the closest accepted value; correct the cell if that is wrong.',
    ]);
  });

  it('reads a percent-formatted fraction as a fraction and names a share above 100%', () => {
    const { programs, issues } = readPrograms(
      [
        ['Program', 'IMG %'],
        ['A', 1],
        ['B', 0.35],
        ['C', 1.5],
        ['D', 35],
      ],
      [
        ['', ''],
        ['', '0%'],
        ['', '0%'],
        ['', '0.0%'],
        ['', '0.###############'],
      ],
    );
    expect(programs.map((p) => p.imgShare)).toEqual([1, 0.35, null, 0.35]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B4']);
  });

  it('names a count beyond any real value instead of using it', () => {
    const { programs, issues } = readPrograms([
      ['Program', 'Positions', 'Max attempts', 'YOG cutoff'],
      ['A', 999999999, '1e9', 'No limit'],
      ['B', '1,200', 'Unlimited', 'None'],
    ]);
    expect(programs.map((p) => [p.positions, p.maxFailedAttempts, p.yogCutoff])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(issues.map((issue) => issue.cell)).toEqual(['B2', 'C2', 'B3']);
    expect(issues[0]?.message).toContain('expected a whole number from 0 to 100');
  });

  it('lists the Program fields whose column is absent', () => {
    expect(
      readPrograms([
        ['Program', 'State', 'Min Step 2 CK'],
        ['A', 'OH', 220],
      ]).absentColumns,
    ).toEqual([
      'id',
      'city',
      'type',
      'track',
      'firstAccredited',
      'positions',
      'minIsHard',
      'typicalStepTwo',
      'imgShare',
      'takesImgs',
      'maxFailedAttempts',
      'yogCutoff',
      'usceRequired',
      'sponsorsVisa',
      'source',
      'lastVerified',
      'notes',
    ]);
    expect(readPrograms([[...PROGRAM_HEADERS], ['A']]).absentColumns).toEqual([]);
  });
});

describe('programsNeedFormats', () => {
  it('is true only for a number from 1 to 100 in a percent column, where a percent cell reads it otherwise', () => {
    const sheet = (share: unknown, header = 'IMG %') => [
      ['Program', header, 'Positions'],
      ['Lakeview', share, 40],
    ];
    for (const share of [1, 35, 100]) expect(programsNeedFormats(sheet(share))).toBe(true);
    for (const share of [0, 0.35, 0.999, 101, -1, '35', '35%', '', 'N/A'])
      expect(programsNeedFormats(sheet(share)), String(share)).toBe(false);
    // A number elsewhere (Positions 40) does not count; a sheet with no percent column needs none.
    expect(
      programsNeedFormats([
        ['Program', 'Positions'],
        ['Lakeview', 40],
      ]),
    ).toBe(false);
    expect(programsNeedFormats([])).toBe(false);
  });

  it('agrees with reading: wherever it is false, the formats change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -5, max: 200, noNaN: true }), fc.constantFrom('', '35%', 'N/A')), {
          minLength: 1,
          maxLength: 6,
        }),
        (shares) => {
          const values = [['Program', 'IMG %'], ...shares.map((share, i) => [`P${i}`, share])];
          const percent = values.map(() => ['', '0%']);
          const plain = readPrograms(values);
          const formatted = readPrograms(values, percent);
          if (!programsNeedFormats(values)) {
            expect(formatted.programs.map((p) => p.imgShare)).toEqual(plain.programs.map((p) => p.imgShare));
            expect(formatted.issues).toEqual(plain.issues);
          }
        },
      ),
    );
  });
});
