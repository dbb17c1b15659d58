/**
 * Spreadsheet calls of one `generateList` at several Programs sizes, counted by the emulator on the BUILT
 * add-on (dist/Code.js): the list is generated twice and the second run is counted, since it also reads the
 * previous list to carry notes over. Shown beside the naive count, one call per cell read and written.
 */
import { createEmulator } from '../../emulator/index.ts';
import { loadBundle } from '../../emulator/loader.ts';
import { type Figure, median } from './figure.ts';
import { BENCH_PROFILE, cellCount, syntheticPrograms } from './workbooks.ts';

/** Target: at most this many Spreadsheet calls per generateList, at every size. */
export const LIST_CALL_TARGET = 15;
/** Cost model: emulated milliseconds per Spreadsheet call (see docs/performance.md). */
export const MS_PER_SPREADSHEET_CALL = 100;

/** What one measured size gives. */
export interface ListCallRun {
  programs: number;
  calls: number;
  naive: number;
  computeMs: number;
  byMethod: Record<string, number>;
}

const OUTPUTS = ['Application List', 'Application Plan'] as const;

/**
 * Generates the list twice in a fresh emulator and counts the second run.
 *
 * @param programs - rows in the Programs sheet
 * @returns the counts, the naive count and the node compute time of the second run
 * @example measureListRun(200).calls // e.g. 57
 */
export function measureListRun(programs: number): ListCallRun {
  const emulator = createEmulator({ distDir: 'dist' });
  const programValues = syntheticPrograms(programs);
  emulator.spreadsheet.seedSheet('Profile', BENCH_PROFILE);
  emulator.spreadsheet.seedSheet('Programs', programValues);
  const bundle = loadBundle(emulator);
  const first = bundle.callServer('generateList', {});
  if (!first.ok) throw new Error(`generateList failed at ${programs} programs: ${first.error.message}`);
  const previousList = emulator.spreadsheet.inspect('Application List')?.values ?? [];
  emulator.counter.reset();
  const start = performance.now();
  const second = bundle.callServer('generateList', {});
  const computeMs = performance.now() - start;
  if (!second.ok) throw new Error(`generateList failed at ${programs} programs: ${second.error.message}`);
  const byMethod: Record<string, number> = {};
  for (const [method, count] of emulator.counter.byMethod) {
    if (!/^(Lock|LockService)\./.test(method)) byMethod[method] = count;
  }
  const written = OUTPUTS.reduce(
    (sum, name) => sum + cellCount(emulator.spreadsheet.inspect(name)?.values ?? []),
    0,
  );
  const read = cellCount(BENCH_PROFILE) + cellCount(programValues) + cellCount(previousList);
  return {
    programs,
    calls: emulator.counter.count('Spreadsheet'),
    naive: read + written,
    computeMs,
    byMethod,
  };
}

/**
 * The Spreadsheet-call figures of generateList at each size, plus its estimated Apps Script time.
 *
 * @param sizes - Programs sizes, e.g. [50, 200, 1000]
 * @returns one calls figure and one time figure per size
 * @example measureListCalls([50]).length // 2
 */
export function measureListCalls(sizes: readonly number[]): { figures: Figure[]; runs: ListCallRun[] } {
  const runs = sizes.map((size) => {
    const tries = [measureListRun(size), measureListRun(size), measureListRun(size)];
    return { ...tries[0]!, computeMs: median(tries.map((t) => t.computeMs)) };
  });
  const figures: Figure[] = [];
  for (const run of runs) {
    figures.push({
      name: `generateList Spreadsheet calls, ${run.programs} programs`,
      value: run.calls,
      unit: `calls (naive ${run.naive.toLocaleString('en-US')}, ratio 1:${Math.round(run.naive / run.calls).toLocaleString('en-US')})`,
      target: `≤ ${LIST_CALL_TARGET}`,
      met: run.calls <= LIST_CALL_TARGET,
      method:
        'emulator counter on dist/Code.js, second of two runs (reads the previous list); naive = one call per cell read (Profile, Programs, previous list) and written (list, plan values)',
      detail: { naive: run.naive, byMethod: run.byMethod },
    });
  }
  for (const run of runs) {
    const estimate = run.calls * MS_PER_SPREADSHEET_CALL + run.computeMs;
    figures.push({
      name: `generateList estimated Apps Script time, ${run.programs} programs`,
      value: Math.round(estimate),
      unit: 'ms',
      target: '≤ 30,000 ms (well inside the 6-minute limit)',
      met: estimate <= 30_000,
      method: `${run.calls} calls × ${MS_PER_SPREADSHEET_CALL} ms + ${Math.round(run.computeMs)} ms measured node compute (median of 3, emulator included)`,
      detail: { computeMs: run.computeMs },
    });
  }
  return { figures, runs };
}
