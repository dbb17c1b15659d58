/**
 * `npm run bench` (after the build): measures RadList's speed, scale and limits against the targets of
 * issues 6 and 10, prints one table (each figure, its target, whether it is met and how it was measured) and writes
 * bench/results.json. The figures and their cost model are explained in docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './bench/bundle.ts';
import { measureCohort } from './bench/cohort.ts';
import { type Figure, formatTable } from './bench/figure.ts';
import { measureFit } from './bench/fit.ts';
import { measureListCalls } from './bench/list-calls.ts';
import { measureRanking } from './bench/ranking.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();

/** Runs one group of figures, printing progress to stderr so the table stays clean on stdout. */
function step(title: string, measure: () => Figure[]): Figure[] {
  const start = performance.now();
  process.stderr.write(`bench: ${title}…`);
  const figures = measure();
  process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return figures;
}

const figures: Figure[] = [
  ...step('generateList calls', () => measureListCalls([50, 200, 1000]).figures),
  ...step('core ranking', () => measureRanking()),
  ...step('bundle', () => measureBundle(path.join(root, 'dist'))),
  ...step('cohort', () => measureCohort()),
  ...step('outcome fit', () => measureFit()),
];

const seconds = (performance.now() - started) / 1000;
console.log(formatTable(figures));
const unmet = figures.filter((f) => f.met === false).map((f) => f.name);
console.log(
  `\n${figures.length} figures in ${seconds.toFixed(1)} s; ${unmet.length === 0 ? 'every target met' : `not met: ${unmet.join('; ')} (see docs/performance.md)`}.`,
);

const results = {
  measuredAt: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown' },
  seconds,
  figures,
};
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results.json.');
