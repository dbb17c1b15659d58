/**
 * Spreadsheet calls of `generateList` as a user meets them, counted by the emulator on the BUILT add-on
 * (dist/Code.js) with a `Settings` sheet present, at 50, 200 and 1,000 programs, itemised by purpose:
 *
 * - the Profile's list: a first list (no `Application List` or `Application Plan` yet) and a regeneration;
 * - a cohort applicant's `List – NAME`: a first list (no such sheet yet) and a regeneration.
 *
 * Targets (issue 15): a first list in at most 40 calls, a regeneration in at most 28, the same count at
 * every size — builder calls shown beside the count, not in it (calls.ts `BUILDER_METHOD`). Each run's node
 * compute goes into the cost model (calls.ts).
 */
import type { CallTally } from '../../emulator/counter.ts';
import {
  estimateMs,
  expectOk,
  type Measured,
  MS_PER_CELL,
  MS_PER_SPREADSHEET_CALL,
  measureExecution,
  purposeTotals,
} from './calls.ts';
import { type Figure, median } from './figure.ts';
import { benchWorkbook, cohortName } from './workbooks.ts';

/** Targets of issue 15. */
export const FIRST_LIST_TARGET = 40;
export const REGENERATION_TARGET = 28;
/** Target of issue 6: a list well inside the 6-minute limit. */
export const LIST_TIME_TARGET_MS = 30_000;

/** The four runs the bench counts. */
export type ListScenario = 'first list' | 'regeneration' | 'first List – NAME' | 'List – NAME again';

/** One scenario at one size. */
export interface ScenarioRun {
  scenario: ListScenario;
  programs: number;
  /** Spreadsheet calls besides builder calls: what the targets are checked against. */
  calls: number;
  /** Builder calls (calls.ts `builderCalls`), counted apart. */
  builders?: number;
  cells: number;
  /** Median node wall time of the runs, emulator included. */
  computeMs: number;
  byPurpose: Record<string, number>;
  tally: CallTally;
}

/** Applicants in the bench Cohort (List – NAME is made for the first). */
const COHORT_SIZE = 8;

/** One workbook's four runs, in the order a user would meet them. */
function runOnce(programs: number): Record<ListScenario, Measured> {
  const { emulator, bundle } = benchWorkbook(programs, COHORT_SIZE);
  const run = (what: ListScenario, arg: Record<string, unknown>) =>
    expectOk(
      measureExecution(emulator, () => bundle.callServer('generateList', arg)),
      `generateList (${what}, ${programs} programs)`,
    );
  const applicant = { applicant: cohortName(0) };
  return {
    'first list': run('first list', {}),
    regeneration: run('regeneration', {}),
    'first List – NAME': run('first List – NAME', applicant),
    'List – NAME again': run('List – NAME again', applicant),
  };
}

/**
 * Runs every scenario at every size, `repeats` times (counts from the first; compute is the median).
 *
 * @param sizes - Programs sizes, e.g. [50, 200, 1000]
 * @param repeats - workbooks per size (default 3)
 * @returns one run per scenario and size
 */
export function runListScenarios(sizes: readonly number[], repeats = 3): ScenarioRun[] {
  const runs: ScenarioRun[] = [];
  for (const programs of sizes) {
    const tries = Array.from({ length: repeats }, () => runOnce(programs));
    for (const scenario of Object.keys(tries[0]!) as ListScenario[]) {
      const first = tries[0]![scenario];
      runs.push({
        scenario,
        programs,
        calls: first.calls - first.builders,
        builders: first.builders,
        cells: first.cells,
        computeMs: median(tries.map((t) => t[scenario].wallMs)),
        byPurpose: purposeTotals(first.tally),
        tally: first.tally,
      });
    }
  }
  return runs;
}

const TARGETS: Record<ListScenario, number> = {
  'first list': FIRST_LIST_TARGET,
  regeneration: REGENERATION_TARGET,
  'first List – NAME': FIRST_LIST_TARGET,
  'List – NAME again': REGENERATION_TARGET,
};

const WHAT: Record<ListScenario, string> = {
  'first list': 'generateList: first list (no list or plan yet)',
  regeneration: 'generateList: regeneration (list and plan written over)',
  'first List – NAME': 'generateList({ applicant }): a new List – NAME',
  'List – NAME again': 'generateList({ applicant }): List – NAME again',
};

/**
 * The call figures (one per scenario, every size in it) and the estimated time of the Profile's list.
 *
 * @param sizes - Programs sizes, e.g. [50, 200, 1000]
 * @param repeats - workbooks per size
 * @returns the figures and the runs behind them
 * @example measureListCalls([50], 1).figures.length // 6
 */
export function measureListCalls(
  sizes: readonly number[],
  repeats = 3,
): { figures: Figure[]; runs: ScenarioRun[] } {
  const runs = runListScenarios(sizes, repeats);
  return { figures: listFigures(runs, repeats), runs };
}

/**
 * The figures of some measured runs: one per scenario with every size in it (met when the count is the same
 * at every size and within the target), then the estimated time of the Profile's list at the largest size.
 *
 * @param runs - from runListScenarios
 * @param repeats - how many workbooks each compute time is the median of (for the text)
 * @returns the figures
 */
export function listFigures(runs: readonly ScenarioRun[], repeats: number): Figure[] {
  const sizes = [...new Set(runs.map((r) => r.programs))];
  const figures: Figure[] = [];
  const sizeText = sizes.map((n) => n.toLocaleString('en-US')).join(' / ');
  for (const scenario of Object.keys(TARGETS) as ListScenario[]) {
    const mine = runs.filter((r) => r.scenario === scenario);
    if (mine.length === 0) continue;
    const counts = mine.map((r) => r.calls);
    const flat = counts.every((n) => n === counts[0]);
    const worst = mine.reduce((a, b) => (b.calls > a.calls ? b : a));
    const lock = worst.byPurpose.lock ?? 0;
    const builders = worst.builders ?? 0;
    figures.push({
      name: WHAT[scenario],
      value: worst.calls,
      unit: `calls (${counts.join(' / ')} at ${sizeText} programs${flat ? '' : ': NOT flat'}; + ${builders} builder calls, ${worst.calls + builders} with them; + ${lock} LockService)`,
      target: `≤ ${TARGETS[scenario]} at every size, flat`,
      met: flat && worst.calls <= TARGETS[scenario],
      method:
        'emulator counter on dist/Code.js, Settings sheet present (made by setupSheets); purposes from emulator/call-purpose.ts; the breakdown is the largest size and includes the builder calls (newDataValidation()…build() and the like touch no sheet: counted apart, see docs/performance.md)',
      breakdown: worst.byPurpose,
      detail: Object.fromEntries(
        mine.map((r) => [
          `${r.programs} programs`,
          {
            calls: r.calls,
            builderCalls: r.builders ?? 0,
            cells: r.cells,
            computeMs: r.computeMs,
            byPurpose: r.tally.byPurpose,
          },
        ]),
      ),
    });
  }
  const largest = Math.max(...sizes);
  for (const scenario of ['first list', 'regeneration'] as const) {
    const run = runs.find((r) => r.scenario === scenario && r.programs === largest);
    if (!run) continue;
    const estimate = estimateMs(run.calls, run.cells, run.computeMs);
    figures.push({
      name: `generateList: ${scenario}, estimated Apps Script time at ${largest.toLocaleString('en-US')} programs`,
      value: Math.round(estimate),
      unit: 'ms',
      target: `≤ ${LIST_TIME_TARGET_MS.toLocaleString('en-US')} ms`,
      met: estimate <= LIST_TIME_TARGET_MS,
      method: `${run.calls} calls × ${MS_PER_SPREADSHEET_CALL} ms (builder calls at 0 ms) + ${run.cells.toLocaleString('en-US')} cells × ${MS_PER_CELL} ms + ${Math.round(run.computeMs)} ms node compute (median of ${repeats}, emulator included)`,
      detail: { calls: run.calls, cells: run.cells, computeMs: run.computeMs },
    });
  }
  return figures;
}
