/**
 * Fitting the chance model to an advisor's outcomes, as Apps Script would run it: src/core/chance-fit.ts
 * (with the chance model's own terms, the logistic fit and the evaluation) bundled by esbuild as plain
 * script, loaded into a fresh `node:vm` context (compiled anew) and given 20,000 synthetic outcome rows from
 * 400 applicants over two cycles, every Outcomes column present; then the whole job the Model sheet needs —
 * which parameters the rows support, the fit on the earlier cycle scored on the latest against the defaults,
 * the final fit on every row within the Settings ranges, the calibration table. The rows are made outside
 * the timing (their results drawn from the chance model with known values); their JSON parse is inside.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { predictOutcome } from '../../src/core/chance-features.ts';
import type { Observation } from '../../src/core/chance-fit.ts';
import { randomInt, randomNormal, seededRandom } from '../../src/core/seeded-random.ts';
import { defaultSettings, type Settings } from '../../src/core/settings.ts';
import type { ApplicantType, ProgramType } from '../../src/core/types.ts';
import { FIT_COLUMNS } from '../../src/sheets/outcome-model.ts';
import { type Figure, median } from './figure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Target of issue 10: fitting 20,000 outcome rows in a fresh V8 context. */
export const FIT_TARGET_MS = 5000;

const SETTINGS = defaultSettings(2026);

/** Made-up "true" values the synthetic results are drawn from (inside every Settings range). */
const TRUTH: Settings = {
  ...SETTINGS,
  chanceBaseUsImg: 7,
  chanceBaseNonUsImg: 3,
  chanceOddsPer10Below: 0.3,
  chanceOddsPer10Above: 1.4,
  chanceOddsCommunity: 2,
  chanceOddsRotated: 6,
  chanceOddsTie: 2,
  signalOddsGold: 10,
  signalOddsSilver: 4,
};

const TYPES: readonly ApplicantType[] = ['US IMG', 'US IMG', 'Non-US IMG', 'DO', 'US MD'];
const PROGRAM_TYPES: readonly ProgramType[] = ['University', 'Community', 'Hybrid'];

/**
 * Synthetic outcome rows as the fit takes them: applicants and programs drawn, each result drawn from the
 * chance model with `TRUTH`.
 *
 * @param count - rows
 * @param applicants - applicants (half in each of two cycles)
 * @param seed - PRNG seed
 * @returns observations
 */
export function syntheticObservations(count: number, applicants: number, seed = 20260610): Observation[] {
  const random = seededRandom(seed);
  const people = Array.from({ length: applicants }, (_, a) => ({
    applicantType: TYPES[randomInt(random, 0, TYPES.length - 1)]!,
    stepTwoScore: Math.round(228 + 12 * randomNormal(random)),
    failedAttempts: random() < 0.8 ? 0 : 1,
    cycle: a % 2 === 0 ? 2024 : 2025,
  }));
  return Array.from({ length: count }, (_, i) => {
    const person = people[i % applicants]!;
    const typical = random() < 0.9 ? Math.round(232 + 9 * randomNormal(random)) : null;
    const facts = {
      ...person,
      typicalStepTwo: typical,
      minStepTwo: typical === null ? 215 : null,
      imgShare: random() < 0.85 ? Math.floor(random() * 60) / 100 : null,
      programType: PROGRAM_TYPES[randomInt(random, 0, 2)]!,
      signal: (random() < 0.06 ? 'Gold' : random() < 0.07 ? 'Silver' : '') as 'Gold' | 'Silver' | '',
      rotated: random() < 0.04,
      ties: random() < 0.15,
    };
    return { ...facts, applicant: `A${i % applicants}`, invited: random() < predictOutcome(facts, TRUTH) };
  });
}

/** The fit as one plain script defining the global `RadFit`. */
export function bundleFitModules(): string {
  const result = esbuild.buildSync({
    stdin: { contents: "export * from './src/core/chance-fit.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'RadFit',
    target: 'es2020',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** The job run inside the context: the whole fit the Model sheet shows. */
const JOB = `
(function () {
  var rows = JSON.parse(__rows);
  var fit = RadFit.fitChanceModel(rows, JSON.parse(__settings), JSON.parse(__columns));
  return JSON.stringify({ fitted: fit.fitted, validation: fit.validation, heldOut: fit.heldOut,
    parameters: fit.parameters.map(function (p) { return [p.key, p.default, p.fitted, p.used]; }),
    bands: fit.calibration.length });
})()`;

let serial = 0;
function coldJob(code: string, rowsJson: string): { ms: number; answer: Record<string, unknown> } {
  serial += 1;
  const start = performance.now();
  const context = vm.createContext({
    __rows: rowsJson,
    __settings: JSON.stringify(SETTINGS),
    __columns: JSON.stringify(FIT_COLUMNS),
  });
  new vm.Script(`${code}\n//# fit-bench-${process.pid}-${serial}`).runInContext(context);
  const answer = JSON.parse(vm.runInContext(JOB, context) as string) as Record<string, unknown>;
  return { ms: performance.now() - start, answer };
}

/**
 * Measures the fitting job.
 *
 * @param count - outcome rows (default 20,000)
 * @param runs - cold runs (default 3)
 * @returns the figure
 * @example measureFit(2000, 1)[0]!.unit // 'ms'
 */
export function measureFit(count = 20_000, runs = 3): Figure[] {
  const code = bundleFitModules();
  const rowsJson = JSON.stringify(syntheticObservations(count, 400));
  const results = Array.from({ length: runs }, () => coldJob(code, rowsJson));
  const ms = median(results.map((r) => r.ms));
  const answer = results[0]!.answer;
  return [
    {
      name: `Fit the chance model to ${count.toLocaleString('en-US')} outcome rows (held-out cycle + final fit)`,
      value: Math.round(ms),
      unit: 'ms',
      target: `< ${FIT_TARGET_MS.toLocaleString('en-US')} ms`,
      met: ms < FIT_TARGET_MS,
      method: `src/core/chance-fit.ts (with the chance model's terms, the logistic fit and the evaluation) bundled by esbuild (${(code.length / 1024).toFixed(1)} KB minified), run in a fresh node:vm context compiled anew: parse ${count.toLocaleString('en-US')} outcome rows from 400 applicants over two cycles, every Outcomes column present, then fitChanceModel — supported parameters, the fit on the earlier cycle scored on the latest against the defaults, the final fit within the Settings ranges, the calibration table; median of ${runs} cold runs`,
      detail: { runsMs: results.map((r) => Math.round(r.ms)), ...answer, bundleBytes: code.length },
    },
  ];
}
