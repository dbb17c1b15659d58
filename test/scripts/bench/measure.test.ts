/**
 * The bench's measurements on the built add-on (dist/, made by `npm test` before vitest): the itemised
 * calls add up to the calls counted, the cell-limit arithmetic finds the largest cohort that fits, the
 * bundle's make-up covers the whole bundle, and the cold ranking ranks what it says. No timing is asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesByFolder, bytesByModule, folderOf } from '../../../scripts/bench/bundle.ts';
import {
  gridCells,
  largestCohort,
  type OutputShapes,
  SHEETS_CELL_LIMIT,
  workbookCells,
} from '../../../scripts/bench/cell-limit.ts';
import { bundleRanking, coldRanking, tierRange } from '../../../scripts/bench/cold.ts';
import { runListScenarios, type ScenarioRun } from '../../../scripts/bench/list-calls.ts';
import { BENCH_PROFILE, syntheticCohort, syntheticPrograms } from '../../../scripts/bench/workbooks.ts';
import { bundleServer } from '../../../scripts/build.ts';

describe('generateList runs, itemised', () => {
  let runs: ScenarioRun[] = [];
  beforeAll(() => {
    runs = runListScenarios([30], 1);
  });
  const of = (scenario: string) => runs.find((r) => r.scenario === scenario)!;

  it('puts every Spreadsheet call under exactly one purpose (LockService counted apart)', () => {
    expect(runs).toHaveLength(4);
    for (const run of runs) {
      const { lock = 0, ...spreadsheet } = run.byPurpose;
      // The purposes count builder calls too; the count a target is checked against leaves them out.
      expect(Object.values(spreadsheet).reduce((a, b) => a + b, 0)).toBe(run.calls + (run.builders ?? 0));
      expect(lock).toBeGreaterThan(0);
      expect(run.cells).toBeGreaterThan(0);
    }
  });

  it('counts the builder calls of the dropdowns apart, and none once the layout is in place', () => {
    // Two list rules (Signal sent, Status), three builder calls each; the rule on Programs: one; the plan's
    // chart of its Apply set: thirteen (newChart, its type, range, position and options, build).
    expect(of('first list').builders).toBe(20);
    expect(of('first List – NAME').builders).toBe(6);
    expect(of('regeneration').builders).toBe(0);
    expect(of('List – NAME again').builders).toBe(0);
  });

  it('sees a first list make its sheets and a regeneration write over them', () => {
    expect(of('first list').tally.byPurpose.write?.['Spreadsheet.insertSheet']).toBe(2);
    expect(of('regeneration').tally.byPurpose.write?.['Spreadsheet.insertSheet']).toBeUndefined();
    expect(of('first List – NAME').tally.byPurpose.write?.['Spreadsheet.insertSheet']).toBe(1);
    expect(of('first list').byPurpose.read).toBeGreaterThan(0);
  });

  it('finds the marks of the sheets RadList writes among the marker calls', () => {
    expect(of('List – NAME again').byPurpose.marker).toBeGreaterThan(0);
    // Every output sheet is marked (issue 12): the first list marks its two new sheets.
    expect(of('first list').byPurpose.marker).toBeGreaterThan(0);
  });
});

const SHAPES: OutputShapes = {
  programsColumns: 21,
  cohortColumns: 18,
  summaryColumns: 14,
  cohortListsColumns: 10,
  listColumns: 17,
  applyRowsPerApplicant: 80,
  fixedCells: 104_000,
  measuredAt: { applicants: 16, programs: 300 },
};

describe('the 10-million-cell limit', () => {
  it('counts a sheet at no less than a new sheet (1,000 × 26) in each direction not sized to fit', () => {
    expect(gridCells(41, 10)).toBe(26_000);
    expect(gridCells(300_001, 10)).toBe(300_001 * 26);
    expect(gridCells(41, 10, { rows: true })).toBe(41 * 26);
    expect(gridCells(300_001, 10, { rows: true, columns: true })).toBe(3_000_010);
  });

  it('finds the largest cohort that fits: one more applicant does not', () => {
    for (const programs of [100, 300, 1000]) {
      for (const choice of [{}, { perApplicantLists: true }, { applyRowsOnly: true, trimmed: true }]) {
        const largest = largestCohort(SHAPES, programs, choice);
        expect(workbookCells(SHAPES, largest, programs, choice)).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
        expect(workbookCells(SHAPES, largest + 1, programs, choice)).toBeGreaterThan(SHEETS_CELL_LIMIT);
      }
    }
  });

  it('never lets an alternative fit fewer applicants than the default outputs', () => {
    const base = largestCohort(SHAPES, 300);
    expect(largestCohort(SHAPES, 300, { applyRowsOnly: true })).toBeGreaterThanOrEqual(base);
    expect(largestCohort(SHAPES, 300, { trimmed: true })).toBeGreaterThanOrEqual(base);
    expect(largestCohort(SHAPES, 300, { perApplicantLists: true })).toBeLessThan(base);
  });
});

describe('the bundle by module', () => {
  it('attributes the whole bundle to source modules and folders', async () => {
    const { code, metafile } = await bundleServer();
    const modules = bytesByModule(metafile);
    const total = modules.reduce((a, [, b]) => a + b, 0);
    expect(total).toBeLessThanOrEqual(code.length);
    expect(total).toBeGreaterThan(code.length * 0.8);
    const folders = Object.fromEntries(bytesByFolder(modules));
    expect(Object.keys(folders)).toEqual(
      expect.arrayContaining(['src/core', 'src/sheets', 'src/addon', 'zod']),
    );
    expect(Object.values(folders).reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('names folders by source folder or npm package', () => {
    expect(folderOf('src/core/rank.ts')).toBe('src/core');
    expect(folderOf('node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(folderOf('node_modules/@scope/pkg/index.js')).toBe('@scope/pkg');
  });
});

describe('cold ranking', () => {
  it('ranks every applicant against every program in a fresh context', () => {
    const code = bundleRanking();
    const programs = JSON.stringify(syntheticPrograms(40));
    expect(() =>
      coldRanking(
        code,
        { __programs: programs, __profile: JSON.stringify(BENCH_PROFILE), __cohort: null },
        40,
      ),
    ).not.toThrow();
    const cohort = { __programs: programs, __profile: null, __cohort: JSON.stringify(syntheticCohort(5)) };
    expect(() => coldRanking(code, cohort, 5 * 40)).not.toThrow();
    expect(() => coldRanking(code, cohort, 5 * 40 + 1)).toThrow(/ranked 200 pairs/);
  });

  it('hands RAD_TIER a range of scores, blanks, N/A and typed text', () => {
    const range = tierRange(200);
    expect(range).toHaveLength(200);
    expect(new Set(range.map((row) => typeof row[0]))).toEqual(new Set(['string', 'number']));
    expect(range.flat()).toEqual(expect.arrayContaining(['', 'N/A']));
  });
});
