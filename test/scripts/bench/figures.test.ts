/**
 * The bench's own arithmetic: timings as min and median, the table it prints, the cost model, and how the
 * list and cohort figures decide met / not met from measured runs (made-up runs here, so each rule is
 * seen to fail when it should). No timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { tallySince } from '../../../emulator/counter.ts';
import {
  estimateMs,
  MS_PER_CELL,
  MS_PER_SPREADSHEET_CALL,
  purposeTotals,
} from '../../../scripts/bench/calls.ts';
import { type Batch, cohortFigures } from '../../../scripts/bench/cohort.ts';
import { formatTable, timing, timingUnit } from '../../../scripts/bench/figure.ts';
import { listFigures, type ScenarioRun } from '../../../scripts/bench/list-calls.ts';

const EMPTY_TALLY = { total: 0, byGroup: {}, byMethod: {}, byPurpose: {}, cellsByPurpose: {}, bySheet: {} };

describe('timings and the table', () => {
  it('reports the min and the median of the runs, and the ratio to a yardstick', () => {
    const t = timing([5, 3, 4, 10]);
    expect(t).toEqual({ minMs: 3, medianMs: 4.5, runs: 4 });
    expect(timingUnit(t, timing([1.5]))).toBe('ms median (min 3 ms, 4 runs; 3× the empty script)');
  });

  it('prints met or NOT MET against each target, the breakdown and how it was measured', () => {
    const text = formatTable([
      {
        name: 'A',
        value: 51,
        unit: 'calls',
        target: '≤ 40',
        met: false,
        method: 'counted',
        breakdown: { read: 10, format: 29 },
      },
      { name: 'B', value: null, unit: '', target: '', met: null, method: 'not built yet' },
    ]);
    expect(text).toMatch(/^A\s+51 calls\s+≤ 40\s+NOT MET$/m);
    expect(text).toContain('    by purpose: read 10 · format 29');
    expect(text).toMatch(/^B\s+not measured yet\s+—\s+—\s*$/m);
    expect(text).toContain('    how: not built yet');
  });
});

describe('cost model', () => {
  it('charges each call and each cell', () => {
    expect(estimateMs(10, 1000, 50)).toBeCloseTo(10 * MS_PER_SPREADSHEET_CALL + 1000 * MS_PER_CELL + 50);
  });

  it('totals calls by purpose in the report order, leaving out purposes with no call', () => {
    const tally = {
      ...EMPTY_TALLY,
      byPurpose: {
        format: { 'Sheet.setColumnWidths': 20, 'Range.setBackgrounds': 2 },
        read: { 'Range.getValues': 3 },
        lock: { 'Lock.tryLock': 1 },
      },
    };
    expect(Object.entries(purposeTotals(tally))).toEqual([
      ['read', 3],
      ['format', 22],
      ['lock', 1],
    ]);
    expect(tallySince(tally, tally).byPurpose).toEqual({});
  });
});

const run = (scenario: ScenarioRun['scenario'], programs: number, calls: number): ScenarioRun => ({
  scenario,
  programs,
  calls,
  cells: 1000,
  computeMs: 10,
  byPurpose: { read: calls },
  tally: EMPTY_TALLY,
});

describe('list figures', () => {
  it('meets a call target only when the count is within it at every size and the same at each', () => {
    const figures = listFigures(
      [
        run('first list', 50, 40),
        run('first list', 1000, 41),
        run('regeneration', 50, 27),
        run('regeneration', 1000, 27),
        run('first List – NAME', 50, 38),
        run('first List – NAME', 1000, 38),
        run('List – NAME again', 50, 29),
        run('List – NAME again', 1000, 29),
      ],
      1,
    );
    const met = Object.fromEntries(figures.map((f) => [f.name, f.met]));
    expect(met['generateList: first list (no list or plan yet)']).toBe(false); // not flat
    expect(met['generateList: regeneration (list and plan written over)']).toBe(true);
    expect(met['generateList({ applicant }): a new List – NAME']).toBe(true);
    expect(met['generateList({ applicant }): List – NAME again']).toBe(false); // 29 > 28
    expect(figures.find((f) => f.name.startsWith('generateList: first list'))!.value).toBe(41);
    expect(figures.filter((f) => f.name.includes('estimated Apps Script time'))).toHaveLength(2);
  });

  it('checks the count without builder calls and shows them beside it', () => {
    const withBuilders = (programs: number) => ({ ...run('first list', programs, 40), builders: 7 });
    const [figure] = listFigures([withBuilders(50), withBuilders(1000)], 1);
    expect(figure!.met).toBe(true);
    expect(figure!.unit).toContain('+ 7 builder calls, 47 with them');
  });
});

const batch = (over: Partial<Batch>): Batch => ({
  processed: 66,
  calls: 30,
  dashboardCalls: 0,
  cellsRead: 25_000,
  cellsWritten: 400_000,
  cpuMs: 1000,
  wallMs: 1000,
  byPurpose: { read: 12 },
  methods: { read: { 'Range.getValues': 12 } },
  ...over,
});

describe('cohort figures', () => {
  const byName = (figures: ReturnType<typeof cohortFigures>, part: string) =>
    figures.find((f) => f.name.includes(part))!;

  it('meets every target for flat batches sized to the work', () => {
    const figures = cohortFigures(
      Array.from({ length: 16 }, () => batch({})),
      '1,000 × 300',
    );
    expect(byName(figures, 'batches').met).toBe(true);
    expect(byName(figures, 'calls per batch').met).toBe(true);
    expect(byName(figures, 'cells read').met).toBe(true);
    expect(byName(figures, 'CPU').met).toBe(true);
    expect(byName(figures, 'Cohort Dashboard').value).toBeNull();
  });

  it('finds a read that grows with rows written, CPU that grows, a first batch unlike the rest, and too many batches', () => {
    const batches = Array.from({ length: 40 }, (_, i) =>
      batch({ calls: i === 0 ? 43 : 35, cellsRead: 25_000 + i * 7_500, cpuMs: 1000 + i * 100 }),
    );
    const figures = cohortFigures(batches, '1,000 × 300');
    expect(byName(figures, 'batches').met).toBe(false);
    expect(byName(figures, 'calls per batch').met).toBe(false);
    expect(byName(figures, 'calls per batch').unit).toContain('first 43, later 35–35');
    expect(byName(figures, 'cells read').met).toBe(false);
    expect(byName(figures, 'CPU').met).toBe(false);
  });

  it('counts calls on the dashboard sheet apart from the batches', () => {
    const batches = [batch({}), batch({ dashboardCalls: 25 })];
    const figures = cohortFigures(batches, '2 × 3');
    expect(byName(figures, 'Cohort Dashboard').value).toBe(25);
    expect(byName(figures, 'calls per batch').met).toBe(true);
  });
});
