/**
 * Property tests of the sheet readers on arbitrary sheets (the parsers alone are covered in
 * test/sheets/parse-values.test.ts): they never throw, and every issue names its sheet and an A1 cell
 * that lies inside the values read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFS } from '../../src/core/settings.ts';
import type { Issue } from '../../src/core/types.ts';
import { cellName } from '../../src/sheets/a1.ts';
import { COHORT_HEADERS, readCohort } from '../../src/sheets/read-cohort.ts';
import { PROFILE_FIELDS, readProfile } from '../../src/sheets/read-profile.ts';
import { PROGRAM_HEADERS, readPrograms } from '../../src/sheets/read-programs.ts';
import { readSettings } from '../../src/sheets/read-settings.ts';
import { headerSheetArb, labelSheetArb } from './arbitraries.ts';

const A1 = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** Column number of an A1 cell's letters (A = 1). */
function columnOf(cell: string): number {
  return [...cell.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Checks every issue names `sheet` and a cell inside `values` (a column one past the widest row allowed). */
function expectIssuesInside(issues: readonly Issue[], sheet: string, values: readonly unknown[][]): void {
  const width = Math.max(1, ...values.map((row) => row.length));
  for (const issue of issues) {
    expect(issue.sheet).toBe(sheet);
    expect(issue.cell).toMatch(A1);
    expect(issue.cell).toBe(cellName(issue.row, issue.column));
    expect(Number(issue.cell.replace(/^[A-Z]+/, ''))).toBeLessThanOrEqual(Math.max(1, values.length));
    expect(columnOf(issue.cell)).toBeLessThanOrEqual(width + 1);
    expect(issue.message.trim().length).toBeGreaterThan(10);
  }
}

const READERS = [
  {
    name: 'readPrograms',
    sheet: 'Programs',
    arb: headerSheetArb(PROGRAM_HEADERS),
    read: (values: unknown[][]) => readPrograms(values).issues,
  },
  {
    name: 'readCohort',
    sheet: 'Cohort',
    arb: headerSheetArb(COHORT_HEADERS),
    read: (values: unknown[][]) => readCohort(values).issues,
  },
  {
    name: 'readProfile',
    sheet: 'Profile',
    arb: labelSheetArb(PROFILE_FIELDS),
    read: (values: unknown[][]) => readProfile(values).issues,
  },
  {
    name: 'readSettings',
    sheet: 'Settings',
    arb: labelSheetArb(SETTING_DEFS.map((def) => def.label)),
    read: (values: unknown[][]) => readSettings(values, 2026).issues,
  },
] as const;

describe.each(READERS)('$name', ({ sheet, arb, read }) => {
  it('never throws and names the sheet and an A1 cell inside the sheet in every issue', () => {
    fc.assert(
      fc.property(arb, (values) => {
        expectIssuesInside(read(values), sheet, values);
      }),
      { numRuns: 300 },
    );
  });

  it('finds issues in random sheets (the property above is not vacuous)', () => {
    const sample = fc.sample(arb, { numRuns: 200, seed: 6 });
    expect(sample.some((values) => read(values).length > 0)).toBe(true);
  });
});
