/**
 * Fitting the chance model to an advisor's outcomes, as Apps Script would run it: src/core's logistic fit
 * and evaluation bundled by esbuild as plain script, loaded into a fresh `node:vm` context (compiled anew),
 * given 20,000 synthetic outcome rows of 15 features from 400 applicants, then the whole job the Model sheet
 * needs — 5 grouped folds (fit on four, score the fifth), the defaults scored the same way, a final fit on
 * every row and its calibration table. The rows are made outside the timing; their JSON parse is inside.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { predictProbability } from '../../src/core/logistic-fit.ts';
import { randomNormal, seededRandom } from '../../src/core/seeded-random.ts';
import { type Figure, median } from './figure.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Target of issue 10: fitting 20,000 outcome rows in a fresh V8 context. */
export const FIT_TARGET_MS = 5000;

/** A chance model's shape: intercept and 14 factors, with made-up "true" effects in log-odds. */
const TRUTH = [-2.3, 0.9, 0.2, -0.8, -0.5, -0.15, 1.1, 0.6, 0.4, 0.3, 1.2, 0.7, 0.5, 2.6, 1.6];

/**
 * Synthetic outcome rows: features as a chance model would code them, outcomes drawn from TRUTH.
 *
 * @param count - rows
 * @param applicants - groups
 * @param seed - PRNG seed
 * @returns rows for fitLogistic
 */
export function syntheticOutcomeRows(count: number, applicants: number, seed = 20260610) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const margin = randomNormal(random);
    const x = [
      1,
      Math.min(0, margin),
      Math.max(0, margin),
      random() < 0.1 ? 1 : 0,
      random() < 0.2 ? 1 : 0,
      Math.floor(random() * 8) / 4,
      random(),
      random() < 0.8 ? 1 : 0,
      random() < 0.4 ? 1 : 0,
      random() < 0.1 ? 1 : 0,
      random() < 0.05 ? 1 : 0,
      random() < 0.1 ? 1 : 0,
      random() < 0.3 ? 1 : 0,
      random() < 0.06 ? 1 : 0,
      random() < 0.06 ? 1 : 0,
    ];
    const y = random() < predictProbability(TRUTH, x) ? 1 : 0;
    return { x, y, group: `A${i % applicants}` };
  });
}

/** The fit and evaluation modules as one plain script defining the global `RadFit`. */
export function bundleFitModules(): string {
  const result = esbuild.buildSync({
    stdin: {
      contents: "export * from './src/core/logistic-fit.ts'; export * from './src/core/fit-evaluation.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'RadFit',
    target: 'es2020',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** The job run inside the context: folds, defaults scored, final fit, calibration. */
const JOB = `
(function () {
  var rows = JSON.parse(__rows);
  var k = rows[0].x.length;
  var prior = { priorMean: new Array(k).fill(0), priorPrecision: 1 };
  var folds = RadFit.groupedFolds(rows, 5);
  var fitted = [], defaults = [];
  folds.forEach(function (fold) {
    var fit = RadFit.fitLogistic(fold.train.map(function (i) { return rows[i]; }), prior);
    if (!fit.converged) throw new Error('a fold did not converge: ' + fit.stop);
    fold.test.forEach(function (i) {
      fitted.push({ p: RadFit.predictProbability(fit.coefficients, rows[i].x), y: rows[i].y, group: rows[i].group });
      defaults.push({ p: RadFit.predictProbability(prior.priorMean, rows[i].x), y: rows[i].y });
    });
  });
  var final = RadFit.fitLogistic(rows, prior);
  var table = RadFit.calibrationTable(rows.map(function (r) {
    return { p: RadFit.predictProbability(final.coefficients, r.x), y: r.y, group: r.group };
  }));
  return JSON.stringify({ fitted: RadFit.logLoss(fitted), defaults: RadFit.logLoss(defaults),
    brier: RadFit.brierScore(fitted), iterations: final.iterations, converged: final.converged, bands: table.length });
})()`;

let serial = 0;
function coldJob(code: string, rowsJson: string): { ms: number; answer: Record<string, unknown> } {
  serial += 1;
  const start = performance.now();
  const context = vm.createContext({ __rows: rowsJson });
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
  const rowsJson = JSON.stringify(syntheticOutcomeRows(count, 400));
  const results = Array.from({ length: runs }, () => coldJob(code, rowsJson));
  const ms = median(results.map((r) => r.ms));
  const answer = results[0]!.answer;
  return [
    {
      name: `Fit the chance model to ${count.toLocaleString('en-US')} outcome rows (5 grouped folds + final fit)`,
      value: Math.round(ms),
      unit: 'ms',
      target: `< ${FIT_TARGET_MS.toLocaleString('en-US')} ms`,
      met: ms < FIT_TARGET_MS,
      method: `src/core/logistic-fit.ts and fit-evaluation.ts bundled by esbuild (${(code.length / 1024).toFixed(1)} KB minified), run in a fresh node:vm context compiled anew: parse ${count.toLocaleString('en-US')} rows × ${TRUTH.length} features from 400 applicants, fit and score 5 grouped folds, score the defaults, fit all rows, calibration table; median of ${runs} cold runs`,
      detail: { runsMs: results.map((r) => Math.round(r.ms)), ...answer, bundleBytes: code.length },
    },
  ];
}
