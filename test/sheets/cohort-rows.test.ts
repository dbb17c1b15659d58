/** Tests for which Cohort rows a run lists and whether a run still lines up (src/sheets/cohort-rows.ts). */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { cohortRunVersion, summaryMatches, usableApplicants } from '../../src/sheets/cohort-rows.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';

describe('usableApplicants', () => {
  it('lists every named row once, an unreadable or blank score as unknown, and reports rows left out', () => {
    const cohort = readCohort([
      ['Name', 'Step 2 CK', 'Graduation year'],
      ['Ana Li', 228, 'long ago'],
      ['', 230, 2022],
      ['Ben Ode', 'abc', 'soon'],
      ['ana li', 240, 2023],
      ['Cy Park', '', 2021],
    ]);
    const { usable, leftOut } = usableApplicants(cohort);
    expect(usable.map((entry) => [entry.applicant.name, entry.row, entry.applicant.stepTwoScore])).toEqual([
      ['Ana Li', 2, 228],
      ['Ben Ode', 4, null],
      ['Cy Park', 6, null],
    ]);
    expect(usable[0]?.issues.map((issue) => issue.cell)).toEqual(['C2']);
    expect(usable[1]?.issues.map((issue) => issue.cell)).toEqual(['B4', 'C4']);
    expect(leftOut.map((issue) => issue.cell)).toEqual(['A3', 'A5']);
  });
});

describe('summaryMatches', () => {
  const done = [{ applicant: { name: 'Ana Li' } }, { applicant: { name: 'Ben Ode' } }];

  it('is true when the summary starts with the applicants done, in order, case and spaces aside', () => {
    expect(summaryMatches([[' ana  li'], ['BEN ODE'], ['Cy']], done)).toBe(true);
    expect(summaryMatches([], [])).toBe(true);
  });

  it('is false when someone was added, removed or moved', () => {
    expect(summaryMatches([['Ben Ode'], ['Ana Li']], done)).toBe(false);
    expect(summaryMatches([['Ana Li']], done)).toBe(false);
  });
});

describe('cohortRunVersion', () => {
  const programs = readPrograms([
    ['Program', 'ID', 'Min Step 2 CK'],
    ['Alpha', 'A1', 220],
    ['Beta', 'B1', 230],
  ]).programs;

  it('is the same for the same programs and settings, wherever their rows are', () => {
    const moved = programs.map((program) => ({ ...program, row: program.row + 5 }));
    expect(cohortRunVersion(moved, defaultSettings(2026))).toBe(
      cohortRunVersion(programs, defaultSettings(2026)),
    );
    expect(cohortRunVersion(programs, defaultSettings(2026))).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes when a program or a setting changes', () => {
    const version = cohortRunVersion(programs, defaultSettings(2026));
    const edited = programs.map((program, i) => (i === 0 ? { ...program, minStepTwo: 221 } : program));
    expect(cohortRunVersion(edited, defaultSettings(2026))).not.toBe(version);
    expect(cohortRunVersion(programs, { ...defaultSettings(2026), goldSignals: 3 })).not.toBe(version);
  });
});
