/**
 * `npm run bench` (after the build): measures what Apps Script pays to run RadList — Spreadsheet calls
 * itemised by purpose, cohort batches, Sheets' cell limit, cold loads and computes, the bundle's make-up —
 * against the targets of issues 6, 10 and 15, prints one table (each figure, its target, met or not, and
 * how it was measured) and writes bench/results.json. The cost model is in docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './bench/bundle.ts';
import { measureCellLimit } from './bench/cell-limit.ts';
import { measureCohort } from './bench/cohort.ts';
import { measureCold } from './bench/cold.ts';
import { type Figure, formatTable, timing, timingText } from './bench/figure.ts';
import { measureFit } from './bench/fit.ts';
import { measureListCalls } from './bench/list-calls.ts';
import { measureRanking } from './bench/ranking.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

/** Runs one group of figures, printing progress to stderr so the table stays clean on stdout. */
async function step(title: string, measure: () => Figure[] | Promise<Figure[]>): Promise<Figure[]> {
  const start = performance.now();
  process.stderr.write(`bench: ${title}…`);
  const figures = await measure();
  process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return figures;
}

/** Adds min and median of a figure's timed runs (`detail.runsMs`) to how it was measured. */
function withRunTimings(figures: Figure[]): Figure[] {
  return figures.map((figure) => {
    const runs = figure.detail?.runsMs;
    if (!Array.isArray(runs) || runs.length === 0 || !runs.every((r) => typeof r === 'number')) return figure;
    return { ...figure, method: `${figure.method}; each run ${timingText(timing(runs as number[]))}` };
  });
}

const loadBefore = os.loadavg();
const figures: Figure[] = [
  ...(await step('generateList calls', () => measureListCalls([50, 200, 1000]).figures)),
  ...(await step('cohort 1,000 × 300', () => measureCohort())),
  ...(await step('10-million-cell limit', () => measureCellLimit())),
  ...(await step('cold loads and computes', () => measureCold())),
  ...(await step('bundle', () => measureBundle())),
  ...(await step('core ranking, warm', () => withRunTimings(measureRanking()))),
  ...(await step('outcome fit', () => withRunTimings(measureFit()))),
];

const seconds = (performance.now() - started) / 1000;
console.log(formatTable(figures));
const withTarget = figures.filter((f) => f.met !== null);
const unmet = withTarget.filter((f) => f.met === false).map((f) => f.name);
console.log(
  `\n${figures.length} figures (${withTarget.length} with a target) in ${seconds.toFixed(1)} s; ${unmet.length === 0 ? 'every target met' : `${unmet.length} not met: ${unmet.join('; ')} (see docs/performance.md)`}.`,
);
console.log(
  `Machine load (1-minute average) ${loadBefore[0]!.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} cores: timings swing with it.`,
);

const results = {
  measuredAt: new Date().toISOString(),
  command: 'npm run bench',
  machine: {
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    loadAverageBefore: loadBefore[0],
    loadAverageAfter: os.loadavg()[0],
  },
  seconds,
  figures,
};
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json.');
