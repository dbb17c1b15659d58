/**
 * What one execution of the built add-on pays in the emulator: its Spreadsheet calls itemised by purpose
 * (emulator/call-purpose.ts), the cells they touch, its CPU and wall time in Node, and the cost model that
 * turns those into an estimated Apps Script time (docs/performance.md).
 */
import { CALL_PURPOSES, type CallTally, tallySince } from '../../emulator/counter.ts';
import type { Emulator } from '../../emulator/index.ts';
import type { ServerReply } from '../../emulator/loader.ts';

/**
 * Cost model, per Spreadsheet call: a deliberately pessimistic round figure for one round trip to Sheets
 * (RadList's judgment; "tens of milliseconds" is what the brief and Google's best-practice guide say).
 */
export const MS_PER_SPREADSHEET_CALL = 100;
/**
 * Cost model, per cell a call reads or writes (RadList's judgment: one 4,000-cell `setValues` has been
 * reported at under 50 ms, about 0.012 ms a cell; see docs/performance.md).
 */
export const MS_PER_CELL = 0.01;

/**
 * Builder calls — `SpreadsheetApp.newDataValidation()`, `newConditionalFormatRule()`, `Sheet.newChart()`, a
 * chart's `modify()` and every method of the builders they return — describe a rule or a chart before one
 * call (`setDataValidations`, `setConditionalFormatRules`, `insertChart`, `updateChart`) hands it to the
 * sheet. They touch no sheet: the reference documents `build()` as making the rule "from the settings applied
 * to the builder", with nothing of the spreadsheet in it. The bench shows them beside each count and leaves
 * them out of the count a target is checked against and of the cost model's calls (docs/performance.md, "What
 * a call costs").
 */
export const BUILDER_METHOD =
  /^(SpreadsheetApp\.new\w+|Sheet\.newChart|EmbeddedChart\.modify|\w+Builder\.\w+)$/;

/**
 * The builder calls among a tally's Spreadsheet calls.
 *
 * @param tally - a tally or the difference of two
 * @example builderCalls({ ...tally, byMethod: { 'DataValidationBuilder.build': 2 } }) // 2
 */
export function builderCalls(tally: CallTally): number {
  return Object.entries(tally.byMethod)
    .filter(([method]) => BUILDER_METHOD.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** One measured execution. */
export interface Measured {
  /** What the counter saw during it (calls by group, method, purpose; cells; sheets). */
  tally: CallTally;
  /** Spreadsheet calls only (LockService calls are in `tally.byPurpose.lock`), builder calls included. */
  calls: number;
  /** The builder calls among them (`builderCalls`). */
  builders: number;
  /** Cells read and written by its Spreadsheet calls. */
  cells: number;
  /** Node's wall time and CPU time (user + system) for the execution, emulator included. */
  wallMs: number;
  cpuMs: number;
  /**
   * The part of `cpuMs` spent inside service calls (the emulator's work, which Apps Script does on Google's
   * side and the cost model charges per call and per cell): `cpuMs - serviceCpuMs` is the add-on's own
   * compute, bundle load included.
   */
  serviceCpuMs: number;
  reply: ServerReply;
}

/**
 * Runs one execution and measures it.
 *
 * @param emulator - the emulator the bundle runs in
 * @param work - the execution, e.g. `() => bundle.callServer('generateList', {})`
 * @returns what it paid
 */
export function measureExecution(emulator: Emulator, work: () => ServerReply): Measured {
  const before = emulator.counter.tally();
  const serviceBefore = emulator.counter.serviceCpuMs;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const reply = work();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const serviceCpuMs = emulator.counter.serviceCpuMs - serviceBefore;
  const tally = tallySince(before, emulator.counter.tally());
  return {
    tally,
    calls: tally.byGroup.Spreadsheet ?? 0,
    builders: builderCalls(tally),
    cells: Object.values(tally.cellsByPurpose).reduce((a, b) => a + (b ?? 0), 0),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    serviceCpuMs,
    reply,
  };
}

/**
 * Calls of a tally by purpose, in the report's order (Spreadsheet calls; `lock` counts LockService calls).
 *
 * @param tally - a tally or the difference of two
 * @returns e.g. `{ read: 13, write: 6, format: 27, lock: 3 }` (purposes with no call left out)
 */
export function purposeTotals(tally: CallTally): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const purpose of CALL_PURPOSES) {
    const n = Object.values(tally.byPurpose[purpose] ?? {}).reduce((a, b) => a + b, 0);
    if (n > 0) totals[purpose] = n;
  }
  return totals;
}

/**
 * Estimated Apps Script milliseconds: calls × per-call cost + cells × per-cell cost + compute.
 *
 * @param calls - Spreadsheet calls
 * @param cells - cells they read and wrote
 * @param computeMs - the execution's own compute (Node's time, emulator included: an upper bound)
 * @returns the estimate
 * @example estimateMs(25, 10_000, 300) // 2_800
 */
export function estimateMs(calls: number, cells: number, computeMs: number): number {
  return calls * MS_PER_SPREADSHEET_CALL + cells * MS_PER_CELL + computeMs;
}

/** Throws the add-on's own message when an execution failed (a bench figure of a failed run would lie). */
export function expectOk(measured: Measured, what: string): Measured {
  if (!measured.reply.ok) throw new Error(`${what} failed: ${measured.reply.error.message}`);
  return measured;
}
