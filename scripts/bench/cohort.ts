/**
 * A 1,000 × 300 cohort run through the BUILT add-on's `generateCohort`, driven as the sidebar drives it
 * (`{ start: next }` until `done`; the server picks the batch size), in an emulator where every Spreadsheet
 * call costs 100 emulated ms so the add-on's own time budget sees Apps Script-like time. Measured per
 * batch: Spreadsheet calls by purpose, cells read and written, node CPU. Calls on a `Cohort Dashboard`
 * sheet (built once at the end, issue 10) are counted apart from the batches.
 *
 * Targets (issue 15): about 16 batches (rows per batch under a cap sized to the work), calls per batch the
 * same from the first batch to the last, no read that grows with the rows already written, and per-batch
 * CPU flat within 20%.
 */
import type { CallTally } from '../../emulator/counter.ts';
import {
  estimateMs,
  type Measured,
  MS_PER_CELL,
  MS_PER_SPREADSHEET_CALL,
  measureExecution,
  purposeTotals,
} from './calls.ts';
import { type Figure, median } from './figure.ts';
import { benchWorkbook } from './workbooks.ts';

/** Targets of issue 15. */
export const BATCHES_TARGET = 16;
/** Per-batch CPU and cells read: the last quarter's median within this factor of the first quarter's. */
export const FLAT_WITHIN = 1.2;
/** The longest batch must stay this far inside Apps Script's 6-minute limit. */
export const BATCH_BUDGET_MS = 4 * 60 * 1000;
/** The sheet issue 10's dashboard is built on. */
export const DASHBOARD_SHEET = 'Cohort Dashboard';
/** Stop driving after this many calls: a run that never finishes is a finding, not a hang. */
const MAX_BATCHES = 400;

/** One batch as the bench keeps it. */
export interface Batch {
  processed: number;
  /** Spreadsheet calls, without those on the dashboard sheet and builder calls. */
  calls: number;
  /** Builder calls (calls.ts `builderCalls`), counted apart. */
  builders?: number;
  dashboardCalls: number;
  cellsRead: number;
  cellsWritten: number;
  cpuMs: number;
  wallMs: number;
  byPurpose: Record<string, number>;
  /** The calls by purpose and method (kept for the first and last batch in results.json). */
  methods: CallTally['byPurpose'];
}

interface Progress {
  done: boolean;
  next: number;
  processed: number;
}

function batchOf(measured: Measured, processed: number): Batch {
  const cells = measured.tally.cellsByPurpose;
  const dashboardCalls = measured.tally.bySheet[DASHBOARD_SHEET] ?? 0;
  return {
    processed,
    calls: measured.calls - dashboardCalls - measured.builders,
    builders: measured.builders,
    dashboardCalls,
    cellsRead: (cells.read ?? 0) + (cells.undo ?? 0),
    cellsWritten: measured.cells - (cells.read ?? 0) - (cells.undo ?? 0),
    cpuMs: measured.cpuMs,
    wallMs: measured.wallMs,
    byPurpose: purposeTotals(measured.tally),
    methods: measured.tally.byPurpose,
  };
}

/**
 * Drives a whole cohort run.
 *
 * @param applicants - cohort size
 * @param programs - Programs size
 * @returns every batch, or why the run could not be measured
 */
export function runCohort(applicants: number, programs: number): { batches: Batch[] } | { failed: string } {
  const { emulator, bundle } = benchWorkbook(programs, applicants, { msPerCall: MS_PER_SPREADSHEET_CALL });
  const batches: Batch[] = [];
  let next = 0;
  let done = false;
  while (!done && batches.length < MAX_BATCHES) {
    const measured = measureExecution(emulator, () => bundle.callServer('generateCohort', { start: next }));
    if (!measured.reply.ok)
      return { failed: `generateCohort failed at applicant ${next}: ${measured.reply.error.message}` };
    const progress = measured.reply.result as Progress;
    batches.push(batchOf(measured, progress.processed));
    if (!progress.done && progress.next <= next) return { failed: `no progress at applicant ${next}` };
    next = progress.next;
    done = progress.done;
  }
  return done ? { batches } : { failed: `not done after ${MAX_BATCHES} batches` };
}

/** Median of the first and of the last quarter (at least one batch each) of some per-batch numbers. */
function quarters(values: readonly number[]): { first: number; last: number } {
  const q = Math.max(1, Math.floor(values.length / 4));
  return { first: median(values.slice(0, q)), last: median(values.slice(-q)) };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const show = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * Runs a cohort and gives its figures against issue 15's targets.
 *
 * @param applicants - cohort size (default 1,000)
 * @param programs - Programs size (default 300)
 * @returns the figures
 * @example measureCohort(20, 10)[0]!.name
 */
export function measureCohort(applicants = 1000, programs = 300): Figure[] {
  const label = `${applicants.toLocaleString('en-US')} × ${programs}`;
  const run = runCohort(applicants, programs);
  if ('failed' in run) {
    return [{ name: `Cohort ${label}`, value: null, unit: '', target: '', met: null, method: run.failed }];
  }
  return cohortFigures(run.batches, label);
}

/**
 * The figures of a measured cohort run.
 *
 * @param batches - every batch, first to last
 * @param label - e.g. `1,000 × 300`
 * @returns batches, calls per batch, cells read per batch, CPU per batch, the dashboard, the total time
 */
export function cohortFigures(batches: readonly Batch[], label: string): Figure[] {
  const method = `emulator on dist/Code.js, Settings present, Spreadsheet calls cost ${MS_PER_SPREADSHEET_CALL} emulated ms; driven like the sidebar ({ start: next } until done, the server's batch size)`;
  const calls = batches.map((b) => b.calls);
  const later = calls.length > 1 ? calls.slice(1) : calls;
  const sizes = [...new Set(batches.map((b) => b.processed))];
  const estimates = batches.map((b) =>
    estimateMs(b.calls + b.dashboardCalls, b.cellsRead + b.cellsWritten, b.wallMs),
  );
  const longest = Math.max(...estimates);
  const reads = quarters(batches.map((b) => b.cellsRead));
  const cpu = quarters(batches.map((b) => b.cpuMs));
  const cpuRatio = cpu.last / cpu.first;
  const dashboard = sum(batches.map((b) => b.dashboardCalls));
  const perBatch = (pick: (b: Batch) => number) => batches.map(pick);
  const firstBatch = batches[0]!;
  const lastBatch = batches[batches.length - 1]!;
  return [
    {
      name: `Cohort ${label}: batches`,
      value: batches.length,
      unit: `batches of ${sizes.join('/')} applicants (longest ${(longest / 1000).toFixed(1)} s estimated)`,
      target: `≤ ${BATCHES_TARGET}, each ≤ ${BATCH_BUDGET_MS / 60000} min`,
      met: batches.length <= BATCHES_TARGET && longest <= BATCH_BUDGET_MS,
      method: `${method}; a batch's time = calls × ${MS_PER_SPREADSHEET_CALL} ms + cells × ${MS_PER_CELL} ms + node wall time`,
      detail: { applicantsPerBatch: perBatch((b) => b.processed), estimatedMs: estimates },
    },
    {
      name: `Cohort ${label}: Spreadsheet calls per batch, first to last`,
      value: Math.max(...calls),
      unit: `calls (first ${calls[0]}, later ${Math.min(...later)}–${Math.max(...later)}, last ${calls[calls.length - 1]}; ${show(sum(calls))} in all; + ${firstBatch.builders ?? 0} builder calls in the first batch, ${show(sum(perBatch((b) => b.builders ?? 0)))} in all)`,
      target: 'the same at every batch (±1)',
      met: Math.max(...calls) - Math.min(...calls) <= 1,
      method: `${method}; calls on ${DASHBOARD_SHEET} left out (counted below), builder calls shown apart (calls.ts); the first batch makes both sheets and sets their layout for the whole run`,
      breakdown: lastBatch.byPurpose,
      detail: { calls, firstBatch: firstBatch.methods, lastBatch: lastBatch.methods },
    },
    {
      name: `Cohort ${label}: cells read per batch (first quarter → last quarter)`,
      value: Math.round(reads.last),
      unit: `cells (first quarter ${show(reads.first)}; ×${(reads.last / reads.first).toFixed(2)})`,
      target: `flat: no read that grows with rows written (≤ ×${FLAT_WITHIN})`,
      met: reads.last <= reads.first * FLAT_WITHIN,
      method: `${method}; cells of every read (inputs, the check that Cohort has not changed, the undo snapshot), median of each quarter of the batches`,
      detail: { cellsRead: perBatch((b) => b.cellsRead), cellsWritten: perBatch((b) => b.cellsWritten) },
    },
    {
      name: `Cohort ${label}: node CPU per batch (first quarter → last quarter)`,
      value: Math.round(cpu.last),
      unit: `ms (first quarter ${show(cpu.first)} ms; ×${cpuRatio.toFixed(2)}; min ${show(Math.min(...perBatch((b) => b.cpuMs)))}, median ${show(median(perBatch((b) => b.cpuMs)))})`,
      target: `flat within 20% (×${(2 - FLAT_WITHIN).toFixed(1)}–×${FLAT_WITHIN})`,
      met: cpuRatio <= FLAT_WITHIN && cpuRatio >= 2 - FLAT_WITHIN,
      method: `${method}; process CPU time (user + system) of each generateCohort call, emulator included; median of each quarter of the batches`,
      detail: { cpuMs: perBatch((b) => b.cpuMs), wallMs: perBatch((b) => b.wallMs) },
    },
    {
      name: `Cohort ${label}: ${DASHBOARD_SHEET}`,
      value: dashboard > 0 ? dashboard : null,
      unit: dashboard > 0 ? 'calls, counted apart from the batches' : '',
      target: '',
      met: null,
      method:
        dashboard > 0
          ? `Spreadsheet calls on the ${DASHBOARD_SHEET} sheet during the run`
          : `not built yet: no call landed on a ${DASHBOARD_SHEET} sheet (issue 10); counted apart once it exists`,
    },
    {
      name: `Cohort ${label}: estimated Apps Script time`,
      value: Math.round(sum(estimates) / 100) / 10,
      unit: 's in all',
      target: '',
      met: null,
      method: `${show(sum(calls) + dashboard)} calls × ${MS_PER_SPREADSHEET_CALL} ms + ${show(sum(perBatch((b) => b.cellsRead + b.cellsWritten)))} cells × ${MS_PER_CELL} ms + ${show(sum(perBatch((b) => b.wallMs)))} ms node wall time (emulator included, an upper bound for compute)`,
    },
  ];
}
