/**
 * The bench's own arithmetic: timings as min and median, the table it prints, the cost model, and how the
 * list and cohort figures decide met / not met from measured runs (made-up runs here, so each rule is
 * seen to fail when it should). No timing is asserted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallySince } from '../../../emulator/counter.ts';
import {
  estimateMs,
  MS_PER_CELL,
  MS_PER_SPREADSHEET_CALL,
  purposeTotals,
} from '../../../scripts/bench/calls.ts';
import {
  type Batch,
  type CallSplit,
  cohortFigures,
  type LoggedCall,
  splitCalls,
} from '../../../scripts/bench/cohort.ts';
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

const split = (over: Partial<CallSplit> = {}): CallSplit => ({
  batch: 30,
  setup: {},
  finish: {},
  dashboard: 0,
  builders: 0,
  finishCellsRead: 0,
  ...over,
});

const batch = (over: Partial<Batch>): Batch => ({
  processed: 66,
  calls: 30,
  split: split({ batch: over.calls ?? 30 }),
  cellsRead: 25_000,
  cellsWritten: 400_000,
  cpuMs: 1000,
  serviceCpuMs: 0,
  wallMs: 1000,
  byPurpose: { read: 12 },
  methods: { read: { 'Range.getValues': 12 } },
  ...over,
});

describe('cohort figures', () => {
  const byName = (figures: ReturnType<typeof cohortFigures>, part: string) =>
    figures.find((f) => f.name.includes(part))!;
  const flat = () => Array.from({ length: 16 }, () => batch({}));

  it('meets every target for flat batches sized to the work', () => {
    const figures = cohortFigures([flat()], '1,000 × 300');
    expect(byName(figures, 'batches').met).toBe(true);
    expect(byName(figures, 'calls per batch').met).toBe(true);
    expect(byName(figures, 'one-time setup').met).toBe(true);
    expect(byName(figures, 'cells read').met).toBe(true);
    expect(byName(figures, 'CPU').met).toBe(true);
    expect(byName(figures, 'Cohort Dashboard').value).toBeNull();
  });

  it('finds a read that grows with rows written, CPU that grows, a first batch above the rest, and too many batches', () => {
    const batches = Array.from({ length: 40 }, (_, i) =>
      batch({ calls: i === 0 ? 43 : 35, cellsRead: 25_000 + i * 7_500, cpuMs: 1000 + i * 100 }),
    );
    const figures = cohortFigures([batches], '1,000 × 300');
    expect(byName(figures, 'batches').met).toBe(false);
    expect(byName(figures, 'calls per batch').met).toBe(false);
    expect(byName(figures, 'calls per batch').unit).toContain('batches 2–40: 35–35 each; the first 43');
    expect(byName(figures, 'cells read').met).toBe(false);
    expect(byName(figures, 'CPU').met).toBe(false);
  });

  it('finds a later batch whose calls differ by more than one', () => {
    const batches = flat();
    batches[9] = batch({ calls: 32 });
    expect(byName(cohortFigures([batches], '1,000 × 300'), 'calls per batch').met).toBe(false);
  });

  it('counts the one-time setup apart, and finds layout set again after the first batch', () => {
    const batches = flat();
    batches[0] = batch({ calls: 20, split: split({ batch: 20, setup: { widths: 6, formats: 12 } }) });
    const figures = cohortFigures([batches], '1,000 × 300');
    expect(byName(figures, 'calls per batch').met).toBe(true);
    expect(byName(figures, 'one-time setup').value).toBe(18);
    expect(byName(figures, 'one-time setup').breakdown).toEqual({ widths: 6, formats: 12 });
    batches[5] = batch({ split: split({ setup: { formats: 3 } }) });
    expect(byName(cohortFigures([batches], '1,000 × 300'), 'one-time setup').met).toBe(false);
  });

  it('counts the dashboard and the end of the run apart from the batches', () => {
    const batches = [batch({}), batch({ split: split({ dashboard: 25, finish: { 'the Model sheet': 1 } }) })];
    const figures = cohortFigures([batches], '2 × 3');
    expect(byName(figures, 'Cohort Dashboard').value).toBe(26);
    expect(byName(figures, 'Cohort Dashboard').unit).toContain('the Model sheet 1');
    expect(byName(figures, 'calls per batch').met).toBe(true);
  });

  it("takes the add-on's CPU (less the emulator's), the median of the runs, a short last batch scaled up", () => {
    // The emulator's work in the first batch (formats over the whole run's rows) is not the add-on's.
    const first = flat();
    first[0] = batch({ cpuMs: 9000, serviceCpuMs: 8000 });
    first[15] = batch({ processed: 33, cpuMs: 500 });
    expect(byName(cohortFigures([first], 'a'), 'CPU').met).toBe(true);
    // One run slowed down at the end by the machine: the median of three runs is not.
    const slowed = flat().map((b, i) => (i >= 12 ? batch({ cpuMs: 2000 }) : b));
    expect(byName(cohortFigures([slowed], 'a'), 'CPU').met).toBe(false);
    expect(byName(cohortFigures([slowed, flat(), flat()], 'a'), 'CPU').met).toBe(true);
  });
});

describe("sorting a batch's calls", () => {
  const call = (method: string, sheet = '', cellsRead = 0): LoggedCall => ({ method, sheet, cellsRead });

  it('tells the one-time setup, the batch, the end of the run and builders apart; a lookup goes with its call', () => {
    const calls = [
      call('SpreadsheetApp.getActiveSpreadsheet'),
      call('Spreadsheet.getSheetByName', 'Cohort Lists'),
      call('Spreadsheet.getNumSheets'),
      call('Spreadsheet.insertSheet', 'Cohort Lists'),
      call('Sheet.getRange', 'Cohort Lists'),
      call('Range.setValues', 'Cohort Lists'),
      call('Sheet.setColumnWidths', 'Cohort Lists'),
      call('Sheet.getRange', 'Cohort Lists'),
      call('Range.setDataValidation', 'Cohort Lists'),
      call('SpreadsheetApp.newDataValidation'),
      call('Sheet.getRange', 'Cohort Lists'),
      call('Range.setNotes', 'Cohort Lists'),
      call('Sheet.getRange', 'Cohort Summary'),
      call('Range.setNotes', 'Cohort Summary'),
      call('Spreadsheet.getSheetByName', 'Model'),
      call('Sheet.getDataRange', 'Cohort Summary'),
      call('Range.getValues', 'Cohort Summary', 170),
      call('Spreadsheet.getNumSheets'),
      call('Spreadsheet.insertSheet', 'Cohort Dashboard'),
      call('Sheet.newChart', 'Cohort Dashboard'),
      call('Sheet.insertChart', 'Cohort Dashboard'),
    ];
    expect(splitCalls(calls)).toEqual({
      batch: 6,
      setup: {
        'make the two sheets': 2,
        widths: 1,
        dropdowns: 2,
        'Cohort Lists header notes and mark': 2,
      },
      finish: { 'the Model sheet': 1, 'reading Cohort Summary for the dashboard': 2 },
      dashboard: 3,
      builders: 2,
      finishCellsRead: 170,
    });
  });

  it('counts every call once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            method: fc.constantFrom(
              'Sheet.getRange',
              'Range.setValues',
              'Range.setWrap',
              'Range.setNotes',
              'Spreadsheet.insertSheet',
              'Sheet.newChart',
              'Range.getValues',
            ),
            sheet: fc.constantFrom('', 'Cohort Lists', 'Cohort Summary', 'Model', 'Cohort Dashboard'),
            cellsRead: fc.nat(100),
          }),
        ),
        (calls) => {
          const s = splitCalls(calls);
          const counted =
            s.batch +
            Object.values(s.setup).reduce((a, b) => a + b, 0) +
            Object.values(s.finish).reduce((a, b) => a + b, 0) +
            s.dashboard +
            s.builders;
          expect(counted).toBe(calls.length);
        },
      ),
    );
  });
});
