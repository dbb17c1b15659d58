/**
 * What every Apps Script execution pays before and besides its Spreadsheet calls, measured cold: each run
 * gets a fresh V8 context and compiles its script anew (a unique tail defeats V8's compilation cache), as
 * the emulator's loader does with `compileEachExecution`. Reported as min and median of several runs and as
 * a ratio to the yardstick, an empty script loaded the same way.
 *
 * - bundle load: dist/Code.js compiled and evaluated;
 * - ranking 1 × 1,000 and 300 × 300: src/core's pipeline (readers + makeApplicantList) bundled by esbuild
 *   as plain script and loaded into a fresh context; timed is the first and only ranking in that context
 *   (sheets parsed from JSON, read, ranked), its load reported beside it;
 * - `RAD_TIER` over 10,000 cells: one custom-function execution through the emulator's loader (fresh
 *   context, Code.js compiled anew, the argument handed in, the `Settings` lookup made through the emulated
 *   SpreadsheetApp and counted), with the emulator's own cost of an empty execution reported beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { tallySince } from '../../emulator/counter.ts';
import { createEmulator } from '../../emulator/index.ts';
import { loadBundle } from '../../emulator/loader.ts';
import { writeTestDist } from '../../emulator/services/test-dist.ts';
import { purposeTotals } from './calls.ts';
import { type Figure, type Timing, timing, timingText, timingUnit } from './figure.ts';
import { BENCH_PROFILE, benchWorkbook, syntheticCohort, syntheticPrograms } from './workbooks.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Targets of issue 6. */
export const COLD_LOAD_TARGET_MS = 10;
export const RAD_TIER_TARGET_MS = 50;

let serial = 0;
/** A script V8 has never seen: the source with a unique tail. */
function freshScript(source: string): vm.Script {
  serial += 1;
  return new vm.Script(`${source}\n//# cold-${process.pid}-${serial}`);
}

/** Milliseconds to make a fresh context, compile `source` anew and run it. */
function coldLoad(source: string): number {
  const start = performance.now();
  freshScript(source).runInContext(vm.createContext({}));
  return performance.now() - start;
}

/** `runs` timings of `work`. */
function timed(runs: number, work: () => number): Timing {
  return timing(Array.from({ length: runs }, work));
}

/** src/core's ranking pipeline and the readers as one plain script defining `RadRank`. */
export function bundleRanking(): string {
  const result = esbuild.buildSync({
    stdin: {
      contents: [
        "export { makeApplicantList } from './src/core/applicant-list.ts';",
        "export { defaultSettings } from './src/core/settings.ts';",
        "export { readCohort } from './src/sheets/read-cohort.ts';",
        "export { readProfile } from './src/sheets/read-profile.ts';",
        "export { readPrograms } from './src/sheets/read-programs.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'RadRank',
    target: 'es2020',
    platform: 'neutral',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** The ranking job run in the context: parse, read, rank every applicant; returns pairs ranked. */
const RANK_JOB = `(function () {
  var programs = RadRank.readPrograms(JSON.parse(__programs)).programs;
  var applicants = __cohort === null
    ? [RadRank.readProfile(JSON.parse(__profile)).applicant]
    : RadRank.readCohort(JSON.parse(__cohort)).applicants.map(function (e) { return e.applicant; });
  var s = RadRank.defaultSettings(2026);
  var pairs = 0;
  applicants.forEach(function (a) { pairs += RadRank.makeApplicantList(a, programs, s).ranked.length; });
  return pairs;
})()`;

/** One cold ranking: load the pipeline in a fresh context (timed apart), then rank once (timed). */
export function coldRanking(
  code: string,
  sheets: Record<string, string | null>,
  pairs: number,
): { loadMs: number; rankMs: number } {
  const context = vm.createContext({ ...sheets });
  const loadStart = performance.now();
  freshScript(code).runInContext(context);
  const rankStart = performance.now();
  const ranked = vm.runInContext(RANK_JOB, context) as number;
  const rankMs = performance.now() - rankStart;
  if (ranked !== pairs) throw new Error(`ranked ${ranked} pairs, expected ${pairs}`);
  return { loadMs: rankStart - loadStart, rankMs };
}

/** 10,000 cells of one column, as Sheets passes a range: scores, a few blanks, N/A and typed text. */
export function tierRange(cells: number): unknown[][] {
  return Array.from({ length: cells }, (_, i) => {
    if (i % 97 === 0) return [''];
    if (i % 101 === 0) return ['N/A'];
    if (i % 13 === 0) return [`${200 + (i % 60)}+`];
    return [180 + (i % 90)];
  });
}

/**
 * The cold figures.
 *
 * @param codePath - dist/Code.js
 * @param runs - runs per load timing (default 20; the rankings and RAD_TIER take fewer)
 * @returns yardstick, bundle load, the two rankings and RAD_TIER
 */
export function measureCold(codePath = path.join(root, 'dist/Code.js'), runs = 20): Figure[] {
  const code = fs.readFileSync(codePath, 'utf8');
  for (let i = 0; i < 3; i += 1) coldLoad(code);
  const empty = timed(runs * 2, () => coldLoad(''));
  const load = timed(runs, () => coldLoad(code));
  const yardstickNote = `yardstick: an empty script, ${timingText(empty)}`;

  const ranking = bundleRanking();
  const rank = (label: string, sheets: Record<string, string | null>, pairs: number, n: number): Figure => {
    const results = Array.from({ length: n }, () => coldRanking(ranking, sheets, pairs));
    const t = timing(results.map((r) => r.rankMs));
    return {
      name: `Ranking ${label}, cold`,
      value: round(t.medianMs),
      unit: timingUnit(t, empty),
      target: '',
      met: null,
      method: `src/core's readers + makeApplicantList bundled by esbuild (${kb(ranking)} KB minified), loaded into a fresh context (load ${timingText(timing(results.map((r) => r.loadMs)))}, not included), then the only ranking made in that context: sheets parsed from JSON, read, ${pairs.toLocaleString('en-US')} applicant × program pairs ranked; ${yardstickNote}`,
      detail: { ...t, pairs, runsMs: results.map((r) => r.rankMs), loadMs: results.map((r) => r.loadMs) },
    };
  };
  const programs1000 = JSON.stringify(syntheticPrograms(1000));
  const programs300 = JSON.stringify(syntheticPrograms(300));
  const single = rank(
    '1 × 1,000',
    { __programs: programs1000, __profile: JSON.stringify(BENCH_PROFILE), __cohort: null },
    1000,
    9,
  );
  const cohort = rank(
    '300 × 300',
    { __programs: programs300, __profile: null, __cohort: JSON.stringify(syntheticCohort(300)) },
    300 * 300,
    5,
  );

  const tier = measureRadTier(9);
  return [
    {
      name: 'Yardstick: an empty script, cold',
      value: round(empty.medianMs),
      unit: timingUnit(empty),
      target: '',
      met: null,
      method: 'fresh node:vm context + an empty script compiled and run; what any execution pays at least',
      detail: { ...empty },
    },
    {
      name: 'Code.js load, cold',
      value: round(load.medianMs),
      unit: timingUnit(load, empty),
      target: `≤ ${COLD_LOAD_TARGET_MS} ms`,
      met: load.medianMs <= COLD_LOAD_TARGET_MS,
      method: `fresh node:vm context + dist/Code.js (${kb(code)} KB) compiled anew and evaluated; ${yardstickNote}`,
      detail: { ...load },
    },
    single,
    cohort,
    {
      name: 'RAD_TIER over 10,000 cells, cold, Settings lookup included',
      value: round(tier.timing.medianMs),
      unit: timingUnit(tier.timing, empty),
      target: `≤ ${RAD_TIER_TARGET_MS} ms`,
      met: tier.timing.medianMs <= RAD_TIER_TARGET_MS,
      method: `one custom-function execution through the emulator's loader with compileEachExecution (fresh context, Code.js compiled anew, the 10,000 × 1 range handed in, Settings sheet present): ${tier.calls} Spreadsheet calls (${Object.entries(
        tier.byPurpose,
      )
        .map(([p, n]) => `${p} ${n}`)
        .join(
          ', ',
        )}); the emulator's own cost of an empty execution the same way is ${timingText(tier.emptyExecution)}; ${yardstickNote}`,
      breakdown: tier.byPurpose,
      detail: { ...tier.timing, calls: tier.calls, emptyExecution: tier.emptyExecution },
    },
  ];
}

/** RAD_TIER cold through the emulator, and an empty custom function the same way. */
function measureRadTier(runs: number): {
  timing: Timing;
  calls: number;
  byPurpose: Record<string, number>;
  emptyExecution: Timing;
} {
  const { emulator } = benchWorkbook(10, 1);
  const bundle = loadBundle(emulator, { compileEachExecution: true });
  const range = tierRange(10_000);
  const call = () => {
    const start = performance.now();
    const out = bundle.customFunction('RAD_TIER', range) as unknown[][];
    const ms = performance.now() - start;
    if (!Array.isArray(out) || out.length !== range.length || String(out[1]?.[0]).startsWith('#')) {
      throw new Error(`RAD_TIER gave ${JSON.stringify(out?.[1])}`);
    }
    return ms;
  };
  call();
  const before = emulator.counter.tally();
  const first = call();
  const one = tallySince(before, emulator.counter.tally());
  const rest = Array.from({ length: runs - 1 }, call);

  const noop = createEmulator({
    distDir: writeTestDist({ scripts: { 'Code.js': 'function NOOP(range) { return range; }' } }),
  });
  const noopBundle = loadBundle(noop, { compileEachExecution: true });
  const noopRun = () => {
    const start = performance.now();
    noopBundle.customFunction('NOOP', range);
    return performance.now() - start;
  };
  noopRun();
  return {
    timing: timing([first, ...rest]),
    calls: one.byGroup.Spreadsheet ?? 0,
    byPurpose: purposeTotals(one),
    emptyExecution: timed(runs, noopRun),
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const kb = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);
