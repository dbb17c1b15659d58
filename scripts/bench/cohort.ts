/**
 * A cohort run through the BUILT add-on's `generateCohort`, as the sidebar drives it: call with
 * `{ start: next }` until `done`, in an emulator where every Spreadsheet call costs 100 emulated ms (so the
 * add-on's own time budget sees Apps Script-like time). Reports calls per batch, batches needed and the
 * estimated Apps Script time; when generateCohort is not built yet, one "not measured yet" row says so.
 */
import { createEmulator } from '../../emulator/index.ts';
import { loadBundle } from '../../emulator/loader.ts';
import type { Figure } from './figure.ts';
import { MS_PER_SPREADSHEET_CALL } from './list-calls.ts';
import { syntheticCohort, syntheticPrograms } from './workbooks.ts';

/** The per-call budget generateCohort should stay inside (of Apps Script's 6-minute limit). */
export const BATCH_BUDGET_MS = 4 * 60 * 1000;
/** Stop driving after this many calls: a run that never finishes is a finding, not a hang. */
const MAX_CALLS = 400;

interface Progress {
  done: boolean;
  next: number;
  total: number;
  processed: number;
}

/** Spreadsheet calls by method made since `before` (Lock and other services left out). */
function spreadsheetMethodsSince(
  before: Map<string, number>,
  after: Map<string, number>,
): Record<string, number> {
  const made: Record<string, number> = {};
  for (const [method, count] of after) {
    const added = count - (before.get(method) ?? 0);
    if (added > 0 && /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(method)) made[method] = added;
  }
  return made;
}

/** The row shown while generateCohort cannot be measured. */
function notMeasured(name: string, why: string): Figure {
  return { name, value: null, unit: '', target: '', met: null, method: why };
}

/**
 * Runs a whole cohort in batches and measures it.
 *
 * @param applicants - cohort size (default 1,000)
 * @param programs - Programs size (default 300)
 * @returns the cohort figures, or "not measured yet" rows
 * @example measureCohort(20, 10)[0]!.name
 */
export function measureCohort(applicants = 1000, programs = 300): Figure[] {
  const label = `${applicants.toLocaleString('en-US')} × ${programs}`;
  const emulator = createEmulator({ distDir: 'dist', costMs: { Spreadsheet: MS_PER_SPREADSHEET_CALL } });
  emulator.spreadsheet.seedSheet('Programs', syntheticPrograms(programs));
  emulator.spreadsheet.seedSheet('Cohort', syntheticCohort(applicants));
  const bundle = loadBundle(emulator);
  const batches: { calls: number; processed: number; computeMs: number; emulatedMs: number }[] = [];
  const byMethod: Record<string, number>[] = [];
  let next = 0;
  let done = false;
  while (!done && batches.length < MAX_CALLS) {
    const callsBefore = emulator.counter.count('Spreadsheet');
    const methodsBefore = new Map(emulator.counter.byMethod);
    const emulatedBefore = emulator.counter.elapsedMs;
    const start = performance.now();
    const reply = bundle.callServer('generateCohort', { start: next });
    const computeMs = performance.now() - start;
    if (!reply.ok) {
      const why = /not built yet|not found/i.test(reply.error.message)
        ? `generateCohort is not built yet ("${reply.error.message}")`
        : `generateCohort failed at applicant ${next}: ${reply.error.message}`;
      return [notMeasured(`Cohort ${label} through generateCohort`, why)];
    }
    const progress = reply.result as Progress;
    if (byMethod.length < 2) byMethod.push(spreadsheetMethodsSince(methodsBefore, emulator.counter.byMethod));
    batches.push({
      calls: emulator.counter.count('Spreadsheet') - callsBefore,
      processed: progress.processed,
      computeMs,
      emulatedMs: emulator.counter.elapsedMs - emulatedBefore,
    });
    if (!progress.done && progress.next <= next) {
      return [notMeasured(`Cohort ${label} through generateCohort`, `no progress at applicant ${next}`)];
    }
    next = progress.next;
    done = progress.done;
  }
  const calls = batches.map((b) => b.calls);
  const later = calls.slice(1);
  const steady = later.length === 0 || Math.max(...later) - Math.min(...later) <= 1;
  const totalCalls = calls.reduce((a, b) => a + b, 0);
  const computeMs = batches.reduce((a, b) => a + b.computeMs, 0);
  const longest = Math.max(...batches.map((b) => b.emulatedMs + b.computeMs));
  const estimate = totalCalls * MS_PER_SPREADSHEET_CALL + computeMs;
  const method = `emulator on dist/Code.js, Spreadsheet calls cost ${MS_PER_SPREADSHEET_CALL} emulated ms; driven like the sidebar ({ start: next } until done)`;
  return [
    {
      name: `Cohort ${label}: Spreadsheet calls per batch`,
      value: Math.max(...(later.length > 0 ? later : calls)),
      unit: `calls (first batch ${calls[0]}; ${batches.length} batches of ${[...new Set(batches.map((b) => b.processed))].join('/')} applicants)`,
      target: 'the same at every batch after the first',
      met: steady,
      method: `${method}; the first batch rebuilds both sheets, later ones write their rows in place`,
      detail: { batches, firstBatchByMethod: byMethod[0], laterBatchByMethod: byMethod[1] },
    },
    {
      name: `Cohort ${label}: batches needed`,
      value: batches.length,
      unit: `calls of generateCohort (longest ${Math.round(longest / 1000)} s)`,
      target: `each ≤ ${BATCH_BUDGET_MS / 60000} min`,
      met: done && longest <= BATCH_BUDGET_MS,
      method: `${method}; longest = emulated service time + measured node compute of one call`,
    },
    {
      name: `Cohort ${label}: estimated Apps Script time`,
      value: Math.round(estimate / 100) / 10,
      unit: 's',
      target: '',
      met: null,
      method: `${totalCalls} calls × ${MS_PER_SPREADSHEET_CALL} ms + ${Math.round(computeMs)} ms measured node compute (emulator included, so an upper bound for compute)`,
    },
  ];
}
