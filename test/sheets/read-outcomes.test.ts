import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_FIELDS } from '../../src/sheets/headers.ts';
import { describeMissing } from '../../src/sheets/missing.ts';
import { OUTCOME_HEADERS, parseResult, parseSignal, readOutcomes } from '../../src/sheets/read-outcomes.ts';

const HEADERS = [...OUTCOME_HEADERS];

/** A full Outcomes row in SPEC order, with overrides by header. */
function row(overrides: Record<string, unknown> = {}): unknown[] {
  const base: Record<string, unknown> = {
    Cycle: 2025,
    Applicant: 'A01',
    'Applicant type': 'US IMG',
    'Step 2 CK': 224,
    'Failed attempts': 0,
    Program: 'Lakeview Regional Radiology',
    ID: 'FX-1001',
    'Typical Step 2 CK': 218,
    'Min Step 2 CK': 210,
    'IMG %': 40,
    Type: 'Community',
    State: 'OH',
    Signal: 'Gold',
    Rotated: 'Yes',
    Ties: 'No',
    Result: 'Invited',
    Source: 'RadList',
  };
  return HEADERS.map((h) => (h in overrides ? overrides[h] : base[h]));
}

describe('readOutcomes', () => {
  it('reads every SPEC column of a good row into a usable record with its sheet row', () => {
    const read = readOutcomes([HEADERS, row()]);
    expect(read.issues).toEqual([]);
    expect(read.records).toEqual([
      {
        row: 2,
        cycle: 2025,
        applicant: 'A01',
        applicantType: 'US IMG',
        stepTwoScore: 224,
        failedAttempts: 0,
        program: 'Lakeview Regional Radiology',
        id: 'FX-1001',
        programKey: 'FX-1001',
        typicalStepTwo: 218,
        minStepTwo: 210,
        imgShare: 0.4,
        programType: 'Community',
        state: 'OH',
        signal: 'Gold',
        rotated: true,
        ties: false,
        result: 'Invited',
        invited: true,
        source: 'RadList',
        usable: true,
      },
    ]);
    expect(read).toMatchObject({ usableRows: 1, applicants: 1, cycles: [2025], missing: [] });
    expect(read.columns).toEqual(OUTCOME_FIELDS.map((f) => f.key));
  });

  it.each([
    ['Invited', true],
    ['Interviewed', true],
    ['ranked', true],
    ['MATCHED', true],
    ['Not invited', false],
    ['not-invited', false],
  ])('counts Result %s as invited=%s', (result, invited) => {
    const [record] = readOutcomes([HEADERS, row({ Result: result })]).records;
    expect(record).toMatchObject({ invited, usable: true });
  });

  it('keeps Withdrawn rows but does not use them, with no issue', () => {
    const read = readOutcomes([HEADERS, row({ Result: 'Withdrawn' }), row({ Applicant: 'A02' })]);
    expect(read.records[0]).toMatchObject({ result: 'Withdrawn', invited: null, usable: false });
    expect(read.issues).toEqual([]);
    expect(read.usableRows).toBe(1);
  });

  it.each([
    ['Maybe', /Result "Maybe" is not a result; expected Invited, Not invited or Withdrawn/],
    ['Rejected', /Result "Rejected" is not a result/],
    ['Applied', /still "Applied": it has no result yet/],
    ['', /has no result \(the "Result" column is blank\)/],
  ])('an unusable Result %j is an issue on its cell and the row is left out', (result, message) => {
    const read = readOutcomes([HEADERS, row({ Result: result })]);
    expect(read.records[0]?.usable).toBe(false);
    expect(read.issues).toEqual([
      { sheet: 'Outcomes', row: 2, column: 16, cell: 'P2', message: expect.stringMatching(message) },
    ]);
    expect(read.issues[0]?.message).toMatch(/left out of the fit/);
  });

  it.each([
    ['2025-26 season', /Cycle "2025-26 season" is not a cycle year; expected a year such as 2021/],
    ['next year', /is not a cycle year/],
    [20251, /is not a cycle year/],
    ['', /has no cycle year/],
  ])('a cycle %j that is not a year is an issue on its cell and the row is left out', (cycle, message) => {
    const read = readOutcomes([HEADERS, row({ Cycle: cycle })]);
    expect(read.records[0]?.usable).toBe(false);
    expect(read.issues).toEqual([
      { sheet: 'Outcomes', row: 2, column: 1, cell: 'A2', message: expect.stringMatching(message) },
    ]);
  });

  it('accepts a cycle typed as a date or text year', () => {
    const read = readOutcomes([
      HEADERS,
      row({ Cycle: '2024' }),
      row({ Cycle: new Date(2023, 8, 3), Applicant: 'A2' }),
    ]);
    expect(read.records.map((r) => r.cycle)).toEqual([2024, 2023]);
    expect(read.cycles).toEqual([2023, 2024]);
  });

  it('names every unreadable cell and keeps the row usable with that value unknown', () => {
    const read = readOutcomes([
      HEADERS,
      row({
        'Step 2 CK': 'abc',
        'IMG %': '140%',
        Type: 'Fancy',
        Signal: 'Yes',
        Rotated: 'maybe',
        State: 'Atlantis',
      }),
    ]);
    expect(read.records[0]).toMatchObject({
      stepTwoScore: null,
      imgShare: null,
      programType: null,
      signal: null,
      rotated: null,
      state: null,
      usable: true,
    });
    expect(read.issues.map((i) => i.cell)).toEqual(['D2', 'J2', 'K2', 'L2', 'M2', 'N2']);
    for (const issue of read.issues) expect(issue.message).toMatch(/expected/);
  });

  it('reads a blank Signal as no signal and N/A as unknown, without issues', () => {
    const read = readOutcomes([
      HEADERS,
      row({ Signal: '' }),
      row({ Signal: 'N/A', Applicant: 'A02' }),
      row({ Signal: 'None', Applicant: 'A03' }),
    ]);
    expect(read.records.map((r) => r.signal)).toEqual(['', null, '']);
    expect(read.issues).toEqual([]);
  });

  it('needs an applicant and a program (name or ID) for a row to be usable', () => {
    const read = readOutcomes([
      HEADERS,
      row({ Applicant: '' }),
      row({ Program: '', ID: '' }),
      row({ ID: '', Applicant: 'A02' }),
    ]);
    expect(read.records.map((r) => r.usable)).toEqual([false, false, true]);
    expect(read.records[2]?.programKey).toBe('Lakeview Regional Radiology|OH');
    expect(read.issues.map((i) => i.cell)).toEqual(['B2', 'F3']);
  });

  it('uses an applicant–program pair of a cycle once: a repeat is an issue and left out', () => {
    const read = readOutcomes([
      HEADERS,
      row(),
      row({ Applicant: ' a01 ', Result: 'Not invited' }),
      row({ Cycle: 2024 }),
    ]);
    expect(read.records.map((r) => r.usable)).toEqual([true, false, true]);
    expect(read.issues).toEqual([
      {
        sheet: 'Outcomes',
        row: 3,
        column: 2,
        cell: 'B3',
        message: expect.stringMatching(/repeats the 2025 application of .* in row 2; row 2 is used/),
      },
    ]);
    expect(read.applicants).toBe(1);
  });

  it('matches headers in any order and by alias, and reports the columns present', () => {
    const read = readOutcomes([
      ['Outcome', 'Program name', 'Year', 'Applicant code', 'Notes'],
      ['Not invited', 'Lakeview', 2025, 'A07', 'anything'],
    ]);
    expect(read.records[0]).toMatchObject({
      cycle: 2025,
      applicant: 'A07',
      program: 'Lakeview',
      invited: false,
      usable: true,
      signal: null,
    });
    expect(read.columns).toEqual(['cycle', 'applicant', 'program', 'result']);
  });

  it('says once that a sheet without the needed columns has no usable rows', () => {
    const read = readOutcomes([
      ['Applicant', 'Program'],
      ['A01', 'Lakeview'],
    ]);
    expect(read.records).toEqual([]);
    expect(read.missing.map(describeMissing)).toEqual([
      'The Outcomes sheet has no "Cycle" column in row 1.',
      'The Outcomes sheet has no "Result" column in row 1.',
    ]);
  });

  it('says once when no row is usable, and when the sheet is empty', () => {
    const read = readOutcomes([
      HEADERS,
      row({ Result: 'Applied' }),
      row({ Result: 'Withdrawn', Applicant: 'A02' }),
    ]);
    expect(read.missing.map(describeMissing)).toEqual([
      expect.stringMatching(/^The Outcomes sheet has no usable rows \(each needs a cycle year.*\) yet\.$/),
    ]);
    expect(read.usableRows).toBe(0);
    expect(readOutcomes([['']]).missing.map(describeMissing)).toEqual([
      expect.stringMatching(/^The Outcomes sheet is empty: put the headers in row 1 \(at least "Result"\)/),
    ]);
  });

  it('reports a repeated header and uses the first', () => {
    const read = readOutcomes([
      [...HEADERS, 'Result'],
      [...row(), 'Maybe'],
    ]);
    expect(read.issues).toEqual([
      { sheet: 'Outcomes', row: 1, column: 18, cell: 'R1', message: expect.stringMatching(/appears again/) },
    ]);
    expect(read.records[0]?.result).toBe('Invited');
  });

  it('leaves out a row whose cycle is after the cycle year in force, with an issue at its Cycle cell', () => {
    const read = readOutcomes(
      [HEADERS, row({ Cycle: 2026 }), row({ Cycle: 2027, Applicant: 'A02' }), row({ Cycle: 2099 })],
      undefined,
      { cycleYear: 2026 },
    );
    expect(read.records.map((r) => r.usable)).toEqual([true, false, false]);
    expect(read.cycles).toEqual([2026]);
    expect(read.issues.map((i) => i.cell)).toEqual(['A3', 'A4']);
    expect(read.issues[0]!.message).toBe(
      'Cycle 2027 is after the cycle year in force (2026), so no result can be known yet; correct the year (Settings "Cycle year" sets the season in force). The row is left out of the fit.',
    );
    // Without a cycle year the reader cannot tell, and reads the year.
    expect(readOutcomes([HEADERS, row({ Cycle: 2099 })]).usableRows).toBe(1);
  });

  it('says at the Result header when enough rows hold too few "Not invited" to fit, and only then', () => {
    const rows = (n: number, result: string) =>
      Array.from({ length: n }, (_, i) =>
        row({ Applicant: `A${i % 8}`, ID: `FX-${result}${i}`, Result: result }),
      );
    const invitedOnly = [HEADERS, ...rows(30, 'Interviewed'), ...rows(3, 'Not invited')];
    const context = { cycleYear: 2026, fitMinimum: { rows: 20, applicants: 5 } };
    const read = readOutcomes(invitedOnly, undefined, context);
    const header = `${String.fromCharCode(65 + HEADERS.indexOf('Result'))}1`;
    expect(read.issues).toEqual([
      expect.objectContaining({
        sheet: 'Outcomes',
        cell: header,
        message: expect.stringContaining(
          'Outcomes has 30 applications that got an invitation and only 3 (from 3 applicants) that got no invitation',
        ),
      }),
    ]);
    // Below the fit's own minimum the fit is refused for that reason, and a few "Not invited" rows are not
    // questioned yet; none at all among 10 or more invitations is.
    const fewRows = { ...context, fitMinimum: { rows: 200, applicants: 5 } };
    expect(readOutcomes(invitedOnly, undefined, fewRows).issues).toEqual([]);
    const none = readOutcomes([HEADERS, ...rows(12, 'Invited')], undefined, fewRows).issues;
    expect(none.map((i) => i.cell)).toEqual([header]);
    expect(none[0]!.message).toMatch(
      /^Outcomes has 12 applications that got an invitation and none that got no invitation/,
    );
    expect(readOutcomes([HEADERS, ...rows(9, 'Invited')], undefined, fewRows).issues).toEqual([]);
    const balanced = [HEADERS, ...rows(30, 'Invited'), ...rows(12, 'Not invited')];
    expect(readOutcomes(balanced, undefined, context).issues).toEqual([]);
  });

  it('never throws and gives one record per non-blank row for any cell values', () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 17, maxLength: 17 }), { maxLength: 12 }), (rows) => {
        const read = readOutcomes([HEADERS, ...rows]);
        const nonBlank = rows.filter((r) => r.some((v) => v !== null && String(v).trim() !== '')).length;
        return (
          read.records.length === nonBlank && read.usableRows === read.records.filter((r) => r.usable).length
        );
      }),
    );
  });
});

describe('parseResult and parseSignal', () => {
  it('read the words of SPEC 3.6 and refuse others', () => {
    expect(parseResult('No invite')).toEqual({ kind: 'value', value: 'Not invited' });
    expect(parseResult(1)).toMatchObject({ kind: 'invalid' });
    expect(parseSignal('SILVER')).toEqual({ kind: 'value', value: 'Silver' });
    expect(parseSignal('Bronze')).toMatchObject({ kind: 'invalid' });
  });
});
