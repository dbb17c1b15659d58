import { describe, expect, it } from 'vitest';
import { staleIssue } from '../../src/core/eligibility.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { describeMissing } from '../../src/sheets/missing.ts';
import { PROGRAM_HEADERS, programKey, readPrograms } from '../../src/sheets/read-programs.ts';

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
      'Min Step 2 CK "abc" is not a score; expected a number from 1 to 300 (or N/A). Treated as unknown.',
    );
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
