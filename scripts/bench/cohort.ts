/**
 * A 1,000 × 300 cohort run through the BUILT add-on's `generateCohort`, driven as the sidebar drives it
 * (`{ start: next }` until `done`; the server picks the batch size), in an emulator where every Spreadsheet
 * call costs 100 emulated ms so the add-on's own time budget sees Apps Script-like time. Every Spreadsheet
 * call is logged (method and sheet) and sorted by what it is for (`splitCalls`): the batch's own work, the
 * one-time setup of `Cohort Summary` and `Cohort Lists` in the first batch (making them, room for the whole
 * run, panes, widths, formats, dropdowns, Cohort Lists' header notes), and the end of the run in the last
 * batch (the `Cohort Dashboard`, built once at the end, issue 10, and the reads it needs), each counted apart.
 * Per batch also: cells read and written, and the add-on's own CPU — the process CPU of the execution less
 * the CPU spent inside service calls (the emulator's work, which Apps Script does on Google's side and the
 * cost model charges per call and per cell) — taken over several runs of the whole cohort, because the
 * machine is shared and one run's figures swing with the load.
 *
 * Targets (issue 15): about 16 batches (rows per batch under a cap sized to the work), calls per batch the
 * same from the first batch to the last, no read that grows with the rows already written, and per-batch
 * CPU flat within 20%.
 */
import type { CallCounter, CallTally } from '../../emulator/counter.ts';
import {
  BUILDER_METHOD,
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
/** The sheet the end of a run writes when there are Outcomes (src/addon/model-sheet.ts). */
export const MODEL_SHEET = 'Model';
/** Runs of the whole cohort the CPU figure takes the median of, batch by batch. */
export const CPU_RUNS = 3;
/** Stop driving after this many calls: a run that never finishes is a finding, not a hang. */
const MAX_BATCHES = 400;

/** One Spreadsheet call as the bench logs it. */
export interface LoggedCall {
  method: string;
  /** The sheet it lands on (`''` when the emulator does not know one). */
  sheet: string;
  /** Cells it read (a `Range.get…s` over rows × columns), else 0. */
  cellsRead: number;
}

/** A batch's Spreadsheet calls sorted by what they are for (`splitCalls`). */
export interface CallSplit {
  /** The batch's own calls: read the inputs and what the batch checks, write its rows and the progress. */
  batch: number;
  /** One-time setup of the two sheets, by purpose (a run's first batch only). */
  setup: Record<string, number>;
  /** The end of the run off the dashboard sheet, by purpose (the last batch only). */
  finish: Record<string, number>;
  /** Calls on the dashboard sheet, builder calls left out. */
  dashboard: number;
  /** Builder calls (calls.ts `BUILDER_METHOD`), counted apart wherever they are. */
  builders: number;
  /** Cells read by the finish and the dashboard (left out of the batch's cells read). */
  finishCellsRead: number;
}

/** One batch as the bench keeps it. */
export interface Batch {
  processed: number;
  /** The batch's own Spreadsheet calls (`CallSplit.batch`). */
  calls: number;
  split: CallSplit;
  /** Cells read by the batch's own calls (inputs, the tails it checks, what it keeps to undo). */
  cellsRead: number;
  cellsWritten: number;
  /** Process CPU of the execution, and the part of it inside service calls (the emulator's work). */
  cpuMs: number;
  serviceCpuMs: number;
  wallMs: number;
  byPurpose: Record<string, number>;
  /** The calls by purpose and method (kept for the first and last batch in results.json). */
  methods: CallTally['byPurpose'];
}

/** The add-on's own CPU in a batch: the execution's, less what the emulator did inside service calls. */
export const addonCpuMs = (batch: Batch): number => Math.max(0, batch.cpuMs - batch.serviceCpuMs);

/** One-time setup calls by purpose: made once when a run's first batch makes the two sheets. */
const SETUP_PURPOSES: readonly [string, RegExp][] = [
  ['make the two sheets', /^Spreadsheet\.(getNumSheets|insertSheet)$/],
  ['rows for the whole run', /^Sheet\.(insertRowsAfter|insertColumnsAfter|deleteRows|deleteColumns)$/],
  ['frozen panes', /^Sheet\.setFrozen(Rows|Columns)$/],
  ['widths', /^Sheet\.(autoResizeColumns|setColumnWidths?)$/],
  ['formats', /^Range\.set(NumberFormat|Wrap|VerticalAlignment|HorizontalAlignment)s?$/],
  ['dropdowns', /^Range\.setDataValidations?$/],
];
/** Cohort Lists' row-1 notes (its mark and header notes) are written once; a batch writes the summary's. */
const LISTS_NOTES = 'Cohort Lists header notes and mark';
/** Calls that only find a range or sheet: they count with the call that uses what they found. */
const LOOKUP = /^(Sheet\.(getRange|getDataRange|getRangeList)|Spreadsheet\.(getRange|getRangeList))$/;
const READ = /^Range\.get[A-Z]\w*s$/;

/**
 * Sorts one execution's Spreadsheet calls by what they are for. The end of a run begins at its first call
 * on the `Model` or dashboard sheet (`finishRun` in src/addon/generate-cohort.ts starts with the Model
 * sheet); from there a call on the dashboard sheet is the dashboard's and any other (the Model sheet, reading
 * `Cohort Summary` for the dashboard) the finish's, a call on no sheet going with the next call that has one. Before it, a setup method (`SETUP_PURPOSES`, or a note
 * written to `Cohort Lists`) is one-time setup, and anything else the batch's own; a lookup (`getRange`,
 * `getDataRange`) counts with the call after it. Builder calls are counted apart.
 *
 * @param calls - the execution's Spreadsheet calls in order
 * @returns the calls by what they are for
 * @example
 * splitCalls([{ method: 'Spreadsheet.insertSheet', sheet: 'Cohort Lists', cellsRead: 0 }]).setup
 * // { 'make the two sheets': 1 }
 */
export function splitCalls(calls: readonly LoggedCall[]): CallSplit {
  const split: CallSplit = { batch: 0, setup: {}, finish: {}, dashboard: 0, builders: 0, finishCellsRead: 0 };
  const ending = calls.findIndex((c) => c.sheet === DASHBOARD_SHEET || c.sheet === MODEL_SHEET);
  const bump = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const kindOf = (call: LoggedCall, i: number): (() => void) => {
    if (ending >= 0 && i >= ending) {
      split.finishCellsRead += call.cellsRead;
      // A call on no sheet (`getNumSheets` before a new sheet) goes with the next call that has one.
      const sheet = call.sheet || (calls.slice(i + 1).find((c) => c.sheet !== '')?.sheet ?? '');
      if (sheet === DASHBOARD_SHEET) return () => (split.dashboard += 1);
      const what = sheet === MODEL_SHEET ? 'the Model sheet' : `reading ${sheet} for the dashboard`;
      return () => bump(split.finish, what);
    }
    const setup = SETUP_PURPOSES.find(([, methods]) => methods.test(call.method))?.[0];
    if (setup) return () => bump(split.setup, setup);
    if (/^Range\.setNotes?$/.test(call.method) && call.sheet === 'Cohort Lists') {
      return () => bump(split.setup, LISTS_NOTES);
    }
    return () => (split.batch += 1);
  };
  let lookups: number[] = [];
  calls.forEach((call, i) => {
    if (BUILDER_METHOD.test(call.method)) {
      split.builders += 1;
      return;
    }
    if (LOOKUP.test(call.method)) {
      lookups.push(i);
      return;
    }
    const count = kindOf(call, i);
    for (let k = 0; k <= lookups.length; k++) count();
    lookups = [];
  });
  // Lookups that nothing used (the end of an execution that failed) count as what they are.
  for (const i of lookups) kindOf(calls[i]!, i)();
  return split;
}

interface Progress {
  done: boolean;
  next: number;
  processed: number;
}

function batchOf(measured: Measured, processed: number, calls: readonly LoggedCall[]): Batch {
  const cells = measured.tally.cellsByPurpose;
  const split = splitCalls(calls);
  const read = (cells.read ?? 0) + (cells.undo ?? 0);
  return {
    processed,
    calls: split.batch,
    split,
    cellsRead: read - split.finishCellsRead,
    cellsWritten: measured.cells - read,
    cpuMs: measured.cpuMs,
    serviceCpuMs: measured.serviceCpuMs,
    wallMs: measured.wallMs,
    byPurpose: purposeTotals(measured.tally),
    methods: measured.tally.byPurpose,
  };
}

/** Logs every Spreadsheet call `counter` records from now on into `log` (the bench's own emulator). */
function logCalls(counter: CallCounter, log: LoggedCall[]): void {
  const record = counter.record.bind(counter);
  counter.record = (group, method, site) => {
    if (group === 'Spreadsheet') {
      const cells = READ.test(method) ? (site?.rows ?? 0) * (site?.columns ?? 0) : 0;
      log.push({ method, sheet: site?.sheet ?? '', cellsRead: cells });
    }
    record(group, method, site);
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
  const log: LoggedCall[] = [];
  logCalls(emulator.counter, log);
  const batches: Batch[] = [];
  let next = 0;
  let done = false;
  while (!done && batches.length < MAX_BATCHES) {
    log.length = 0;
    const measured = measureExecution(emulator, () => bundle.callServer('generateCohort', { start: next }));
    if (!measured.reply.ok)
      return { failed: `generateCohort failed at applicant ${next}: ${measured.reply.error.message}` };
    const progress = measured.reply.result as Progress;
    batches.push(batchOf(measured, progress.processed, log));
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
const total = (record: Record<string, number>) => sum(Object.values(record));
const show = (n: number) => Math.round(n).toLocaleString('en-US');
const listed = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([what, n]) => `${what} ${n}`)
    .join(', ');

/**
 * Runs a cohort `runs` times and gives its figures against issue 15's targets.
 *
 * @param applicants - cohort size (default 1,000)
 * @param programs - Programs size (default 300)
 * @param runs - whole runs, for the CPU figure's per-batch median (default `CPU_RUNS`)
 * @returns the figures
 * @example measureCohort(20, 10, 1)[0]!.name
 */
export function measureCohort(applicants = 1000, programs = 300, runs = CPU_RUNS): Figure[] {
  const label = `${applicants.toLocaleString('en-US')} × ${programs}`;
  const measured: Batch[][] = [];
  for (let i = 0; i < Math.max(1, runs); i++) {
    const run = runCohort(applicants, programs);
    if ('failed' in run) {
      return [{ name: `Cohort ${label}`, value: null, unit: '', target: '', met: null, method: run.failed }];
    }
    measured.push(run.batches);
  }
  return cohortFigures(measured, label);
}

/**
 * The add-on's CPU of each batch, the median over the runs batch by batch, scaled to a full batch (a smaller
 * last batch counts as if it had as many applicants as the first).
 */
function cpuPerBatch(runs: readonly (readonly Batch[])[]): number[] {
  const [first = []] = runs;
  const full = first[0]?.processed ?? 1;
  return first.map((batch, i) => {
    const scale = full / Math.max(1, batch.processed);
    return median(runs.filter((run) => run[i]).map((run) => addonCpuMs(run[i]!))) * scale;
  });
}

/**
 * The figures of measured cohort runs (calls and cells from the first run, which every run repeats; CPU the
 * median over the runs).
 *
 * @param runs - each run's batches, first to last (at least one run)
 * @param label - e.g. `1,000 × 300`
 * @returns batches, calls per batch, the one-time setup, cells read per batch, CPU per batch, the dashboard
 *   and the end of the run, the total time
 */
export function cohortFigures(runs: readonly (readonly Batch[])[], label: string): Figure[] {
  const batches = runs[0]!;
  const method = `emulator on dist/Code.js, Settings present, Spreadsheet calls cost ${MS_PER_SPREADSHEET_CALL} emulated ms; driven like the sidebar ({ start: next } until done, the server's batch size)`;
  const perBatch = (pick: (b: Batch) => number) => batches.map(pick);
  const calls = perBatch((b) => b.calls);
  const later = calls.length > 1 ? calls.slice(1) : calls;
  const sizes = [...new Set(perBatch((b) => b.processed))];
  const allCalls = (b: Batch) => b.calls + total(b.split.setup) + total(b.split.finish) + b.split.dashboard;
  const estimates = batches.map((b) =>
    estimateMs(allCalls(b), b.cellsRead + b.split.finishCellsRead + b.cellsWritten, addonCpuMs(b)),
  );
  const longest = Math.max(...estimates);
  const reads = quarters(perBatch((b) => b.cellsRead));
  const cpu = cpuPerBatch(runs);
  const cpuQuarters = quarters(cpu);
  const cpuRatio = cpuQuarters.last / cpuQuarters.first;
  const firstBatch = batches[0]!;
  const lastBatch = batches[batches.length - 1]!;
  const typical = batches[Math.min(1, batches.length - 1)]!;
  const setup = firstBatch.split.setup;
  const setupLater = sum(batches.slice(1).map((b) => total(b.split.setup)));
  const finish = sum(perBatch((b) => total(b.split.finish)));
  const dashboard = sum(perBatch((b) => b.split.dashboard));
  const ending = batches.find((b) => b.split.dashboard + total(b.split.finish) > 0);
  const builders = perBatch((b) => b.split.builders);
  const sameEveryRun = runs.every((run) => run.map((b) => b.calls).join() === calls.join());
  const laterSpan = `${Math.min(...later)}–${Math.max(...later)}`;
  const compute = `the add-on's own CPU (process CPU of the execution less the CPU inside service calls: the emulator's work, which Apps Script does on Google's side and the per-call and per-cell costs stand for)`;
  return [
    {
      name: `Cohort ${label}: batches`,
      value: batches.length,
      unit: `batches of ${sizes.join('/')} applicants (longest ${(longest / 1000).toFixed(1)} s estimated)`,
      target: `≤ ${BATCHES_TARGET}, each ≤ ${BATCH_BUDGET_MS / 60000} min`,
      met: batches.length <= BATCHES_TARGET && longest <= BATCH_BUDGET_MS,
      method: `${method}; a batch's time = every call it makes × ${MS_PER_SPREADSHEET_CALL} ms + cells × ${MS_PER_CELL} ms + ${compute}`,
      detail: { applicantsPerBatch: perBatch((b) => b.processed), estimatedMs: estimates.map(Math.round) },
    },
    {
      name: `Cohort ${label}: Spreadsheet calls per batch, first to last`,
      value: Math.max(...calls),
      unit: `calls (batches 2–${batches.length}: ${laterSpan} each; the first ${calls[0]}, with nothing written yet to check; ${show(sum(calls))} in all; + the first batch's one-time setup and the last batch's finish, below; + ${show(sum(builders))} builder calls in all)`,
      target: 'the same at every batch (±1), the first no more',
      met: Math.max(...later) - Math.min(...later) <= 1 && calls[0]! <= Math.max(...later) + 1,
      method: `${method}; every call logged and sorted (scripts/bench/cohort.ts splitCalls): the batch's own calls, the first batch's one-time setup of the two sheets and the end of the run counted apart, lookups with the call they serve, builder calls apart (calls.ts)${sameEveryRun ? `; the same in each of ${runs.length} runs` : '; NOT the same in every run'}`,
      breakdown: typical.byPurpose,
      detail: {
        calls,
        setup: perBatch((b) => total(b.split.setup)),
        finish: perBatch((b) => total(b.split.finish) + b.split.dashboard),
        builders,
        firstBatch: firstBatch.methods,
        typicalBatch: typical.methods,
        lastBatch: lastBatch.methods,
      },
    },
    {
      name: `Cohort ${label}: one-time setup of Cohort Summary and Cohort Lists (first batch)`,
      value: total(setup),
      unit: `calls, once a run (${setupLater} in later batches; + ${show(firstBatch.split.builders)} builder calls)`,
      target: 'set once: none after the first batch',
      met: setupLater === 0,
      method: `${method}; the first batch makes both sheets with rows for the whole run and sets their layout over all of them, so a later batch writes only values and colours`,
      breakdown: setup,
    },
    {
      name: `Cohort ${label}: cells read per batch (first quarter → last quarter)`,
      value: Math.round(reads.last),
      unit: `cells (first quarter ${show(reads.first)}; ×${(reads.last / reads.first).toFixed(2)})`,
      target: `flat: no read that grows with rows written (≤ ×${FLAT_WITHIN})`,
      met: reads.last <= reads.first * FLAT_WITHIN,
      method: `${method}; cells of every read of the batch's own (inputs, the tails it checks, the undo snapshot; the dashboard's read of Cohort Summary at the end counted apart), median of each quarter of the batches`,
      detail: { cellsRead: perBatch((b) => b.cellsRead), cellsWritten: perBatch((b) => b.cellsWritten) },
    },
    {
      name: `Cohort ${label}: add-on CPU per batch (first quarter → last quarter)`,
      value: Math.round(cpuQuarters.last),
      unit: `ms (first quarter ${show(cpuQuarters.first)} ms; ×${cpuRatio.toFixed(2)}; min ${show(Math.min(...cpu))}, median ${show(median(cpu))}, max ${show(Math.max(...cpu))})`,
      target: `flat within 20% (×${(2 - FLAT_WITHIN).toFixed(1)}–×${FLAT_WITHIN})`,
      met: cpuRatio <= FLAT_WITHIN && cpuRatio >= 2 - FLAT_WITHIN,
      method: `${method}; ${compute}, bundle load included; each batch the median of ${runs.length} whole runs, scaled to a full batch of ${firstBatch.processed} applicants; median of each quarter of the batches`,
      detail: {
        addonCpuMs: cpu.map(Math.round),
        runs: runs.map((run) => ({
          cpuMs: run.map((b) => Math.round(b.cpuMs)),
          serviceCpuMs: run.map((b) => Math.round(b.serviceCpuMs)),
          wallMs: run.map((b) => Math.round(b.wallMs)),
        })),
      },
    },
    {
      name: `Cohort ${label}: ${DASHBOARD_SHEET} and the end of the run (last batch)`,
      value: ending ? finish + dashboard : null,
      unit: ending
        ? `calls, counted apart from the batches (on ${DASHBOARD_SHEET} ${dashboard}; ${listed(ending.split.finish)}; + ${ending.split.builders} builder calls in that batch)`
        : '',
      target: '',
      met: null,
      method: ending
        ? `${method}; every call of the last batch from its first on the ${MODEL_SHEET} or ${DASHBOARD_SHEET} sheet (splitCalls): built once, at the end`
        : `not built: no call landed on a ${DASHBOARD_SHEET} or ${MODEL_SHEET} sheet`,
    },
    {
      name: `Cohort ${label}: estimated Apps Script time`,
      value: Math.round(sum(estimates) / 100) / 10,
      unit: 's in all',
      target: '',
      met: null,
      method: `${show(sum(perBatch(allCalls)))} calls × ${MS_PER_SPREADSHEET_CALL} ms + ${show(sum(perBatch((b) => b.cellsRead + b.split.finishCellsRead + b.cellsWritten)))} cells × ${MS_PER_CELL} ms + ${show(sum(perBatch(addonCpuMs)))} ms of ${compute}`,
    },
  ];
}
