/**
 * Values a hostile-input review typed into the input sheets, run through the built add-on in the emulator: each
 * must reach the list and the plan as SPEC sections 2 and 3 say — an unreadable value is an issue naming its
 * sheet and cell, and an unknown is never good news.
 */
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/addon/api.ts';
import { listRows, openWorkbook, valuesOf } from './harness.ts';

/** The plan's notes on whole Programs columns (`Your Programs sheet has no … column`), not about one cell. */
const isColumnNote = (issue: { message: string }) => issue.message.startsWith('Your Programs sheet has ');

const PROFILE = [
  ['Name', 'Hostile Tester'],
  ['Applicant type', 'US IMG'],
  ['Step 2 CK', 226],
  ['Graduation year', 2022],
];

// biome-ignore format: a table reads best one row a line
const PROGRAMS = [
  ['Program', 'ID', 'State', 'Type', 'Typical Step 2 CK', 'IMG %', 'Takes IMGs'],
  ['Alpha Community', 'P1', 'OH', 'Community', 230, 30, 'Yes'],
  ['Beta University', 'P2', 'NY', 'University', 240, 10, 'Yes'],
];

function run(sheets: Record<string, unknown[][]>) {
  const book = openWorkbook(sheets);
  const reply = book.bundle.callServer('generateList', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  const summary = (reply as { result: PlanSummary }).result;
  const rows = listRows(book);
  const byName = Object.fromEntries(rows.map((row) => [String(row.Program), row]));
  return { book, summary, rows, byName };
}

describe('Settings percents: one rule with Programs (a value below 1 is a fraction)', () => {
  it('reads Chance base US IMG % = 1 as a 1% base, shown in Why', () => {
    const { summary, byName } = run({
      Profile: PROFILE,
      Programs: PROGRAMS,
      Settings: [['Chance base US IMG %', 1]],
    });
    expect(summary.issues.filter((issue) => issue.sheet === 'Settings')).toEqual([]);
    expect(String(byName['Alpha Community']?.Why)).toMatch(/US IMG base 1% → /);
  });
});

describe('decimal scores', () => {
  it('reads an average typical score rounded and refuses a decimal Profile score with "a whole number"', () => {
    const programs = PROGRAMS.map((row, i) =>
      i === 1 ? [...row.slice(0, 4), '245.3', ...row.slice(5)] : row,
    );
    const { summary, byName } = run({ Profile: PROFILE, Programs: programs });
    expect(summary.issues.filter((issue) => issue.sheet === 'Programs' && !isColumnNote(issue))).toEqual([]);
    expect(String(byName['Alpha Community']?.Why)).toContain('score 19 below typical');
    const decimal = run({
      Profile: PROFILE.map((row) => (row[0] === 'Step 2 CK' ? ['Step 2 CK', 229.5] : row)),
      Programs: PROGRAMS,
    });
    expect(decimal.summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: 'Profile',
        cell: 'B3',
        message: expect.stringContaining('expected a whole number from 1 to 300'),
      }),
    );
  });
});

describe('impossible future dates', () => {
  it('gives no new-program boost for an accreditation after the cycle year, and names the cell', () => {
    const cycle = new Date().getFullYear();
    const programs = [
      [...PROGRAMS[0]!, 'First accredited', 'Last verified'],
      [...PROGRAMS[1]!, cycle + 4, `${cycle + 5}-01-01`],
      [...PROGRAMS[2]!, cycle - 1, `${cycle - 4}-01-01`],
    ];
    const { summary, byName } = run({ Profile: PROFILE, Programs: programs });
    expect(String(byName['Alpha Community']?.Why)).not.toContain('new program');
    expect(String(byName['Alpha Community']?.Issues)).not.toContain('stale');
    expect(String(byName['Beta University']?.Why)).toContain(`new program (since ${cycle - 1})`);
    expect(String(byName['Beta University']?.Issues)).toContain('data may be stale');
    const cells = summary.issues
      .filter((issue) => issue.sheet === 'Programs' && !isColumnNote(issue))
      .map((issue) => issue.cell);
    expect(cells).toEqual(['H2', 'I2']);
  });

  it('names a graduation year after the residency start and treats it as unknown', () => {
    const cycle = new Date().getFullYear();
    const profile = PROFILE.map((row) =>
      row[0] === 'Graduation year' ? ['Graduation year', cycle + 9] : row,
    );
    const { summary, byName } = run({ Profile: profile, Programs: PROGRAMS });
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ sheet: 'Profile', cell: 'B4', message: expect.stringContaining('is after') }),
    );
    expect(String(byName['Alpha Community']?.Why)).toContain('graduation year');
  });
});

describe('money', () => {
  it('rounds the ERAS cost to cents when a fee has more decimals', () => {
    const programs = [
      PROGRAMS[0]!,
      ...Array.from({ length: 28 }, (_, i) => [
        'Program ' + (i + 1),
        `Q${i}`,
        'OH',
        'Community',
        226,
        30,
        'Yes',
      ]),
    ];
    const { summary } = run({
      Profile: PROFILE,
      Programs: programs,
      Settings: [['ERAS fee first 30', 11.555]],
    });
    expect(summary.applyCount).toBe(28);
    expect(summary.erasCost).toBe(323.54);
  });
});

describe('formula errors in input cells', () => {
  it('names a #N/A in the Profile (a broken lookup) and treats the score as unknown, never as N/A silently', () => {
    const profile = PROFILE.map((row) => (row[0] === 'Step 2 CK' ? ['Step 2 CK', '#N/A'] : row));
    const { summary } = run({ Profile: profile, Programs: PROGRAMS });
    expect(summary.tier).toBeNull();
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: 'Profile',
        cell: 'B3',
        message: expect.stringContaining('formula error #N/A'),
      }),
    );
  });
});

describe('unreadable attempts are unknown, never 1 (SPEC 2: an unknown is never good news)', () => {
  const programs = [
    [...PROGRAMS[0]!, 'Max attempts'],
    [...PROGRAMS[1]!, 0],
    [...PROGRAMS[2]!, ''],
  ];

  it.each<unknown>(['2 (failed once)', 'two', 2.5, 1e9, 0, -3])(
    'Step 1 attempts %j: a red flag, the careful count and advice, no tier, Max attempts named as not checked',
    (value) => {
      const profile = [...PROFILE, ['Step 1 attempts', value]];
      const { book, summary, byName } = run({ Profile: profile, Programs: programs });
      expect(summary.issues).toContainEqual(
        expect.objectContaining({
          sheet: 'Profile',
          cell: 'B5',
          message: expect.stringContaining('not as 1'),
        }),
      );
      expect(summary.tier).toBeNull();
      expect(summary.tierUnknownBecause).toBe('USMLE attempts unknown');
      expect(summary.recommended).toBe(80);
      expect(summary.dualApply).toMatch(/^Failed USMLE attempts unknown/);
      expect(summary.redFlags).toContain(
        'Step 1 attempts unknown: fill them in (a failed attempt is a red flag programs ask about)',
      );
      const capped = byName['Alpha Community']!;
      expect(capped.Category).not.toBe('Not eligible');
      expect(String(capped.Issues)).toContain(
        'your failed attempts are unknown, so its limit of 0 failed attempts could not be checked',
      );
      expect(String(capped.Why)).toMatch(/unknown: [^)]*failed attempts/);
      const plan = valuesOf(book, 'Application Plan');
      expect(plan.find((row) => row[0] === 'Failed USMLE attempts')?.[1]).toBe('Unknown');
    },
  );

  it('reads 7 attempts as typed, with an issue saying it is over the USMLE limit', () => {
    const profile = [...PROFILE, ['Step 1 attempts', 7]];
    const { summary, byName } = run({ Profile: profile, Programs: programs });
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: 'Profile',
        cell: 'B5',
        message: expect.stringContaining('is more than USMLE allows'),
      }),
    );
    expect(summary.tier).toBe('Significantly low');
    expect(summary.redFlags[0]).toBe('6 failed USMLE attempts (Step 1)');
    expect(byName['Alpha Community']?.Category).toBe('Not eligible');
  });

  it('keeps a blank attempts cell at the default of 1, with no red flag', () => {
    const profile = [...PROFILE, ['Step 1 attempts', '']];
    const { summary } = run({ Profile: profile, Programs: programs });
    expect(summary.tier).toBe('Mildly low');
    expect(summary.redFlags).toEqual([]);
  });
});

describe('sheets turned sideways', () => {
  function refusal(sheets: Record<string, unknown[][]>): string {
    const book = openWorkbook(sheets);
    const before = book.emulator.spreadsheet.sheetNames();
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return '';
    expect(book.emulator.spreadsheet.sheetNames()).toEqual(before);
    return reply.error.message;
  }

  it('refuses Programs with its headers down column A, saying so, and writes nothing', () => {
    const sideways = PROGRAMS[0]!.map((header, column) => [
      header,
      ...PROGRAMS.slice(1).map((row) => row[column]),
    ]);
    const message = refusal({ Profile: PROFILE, Programs: sideways });
    expect(message).toMatch(/^The Programs sheet seems to be turned sideways: its headers \(ID, State, Type/);
    expect(message).not.toMatch(/Set up sheets/);
  });

  it('refuses a Profile with its labels along row 1, never making a list for "Applicant type"', () => {
    const sideways = [PROFILE.map((row) => row[0]), PROFILE.map((row) => row[1])];
    const message = refusal({ Profile: sideways, Programs: PROGRAMS });
    // The add-on reads a Profile as columns A:B: B1 holds the one label it sees along row 1.
    expect(message).toMatch(
      /^The Profile sheet seems to be turned sideways: its labels \(Applicant type\) run along row 1/,
    );
  });
});

describe('a sheet named with extra spaces', () => {
  it('is named in the refusal, with no "Set up sheets" that would make a look-alike', () => {
    const book = openWorkbook({ Profile: PROFILE, 'Programs ': PROGRAMS });
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.message).toMatch(
      /^There is a sheet named 'Programs ' — rename it to 'Programs' \(RadList looks for that exact name\)\.( \[RadList:MISSING_INPUT\])?$/,
    );
    expect(reply.error.message).not.toMatch(/Set up sheets/);
    const state = book.bundle.callServer('getState', undefined);
    expect(JSON.stringify(state)).toContain("There is a sheet named 'Programs '");
  });
});

describe('a header named twice', () => {
  it('lists the programs of a second "Program" column when the first is empty', () => {
    const programs = PROGRAMS.map((row, i) => (i === 0 ? ['Program', ...row] : ['', ...row]));
    const { summary, rows } = run({ Profile: PROFILE, Programs: programs });
    expect(rows.map((row) => row.Program).sort()).toEqual(['Alpha Community', 'Beta University']);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: 'Programs',
        cell: 'A1',
        message: expect.stringContaining('column A is empty'),
      }),
    );
  });
});
