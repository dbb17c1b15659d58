/**
 * The shape every benchmark figure takes (a value, its target, whether it is met, how it was measured),
 * the small statistics the benchmarks share (median, timing a function), and the table `npm run bench`
 * prints. Kept apart so each benchmark module only measures.
 */

/** One row of the bench table and of bench/results.json. */
export interface Figure {
  /** What is measured, e.g. `generateList Spreadsheet calls, 200 programs`. */
  name: string;
  /** The measured value, or null when it could not be measured yet. */
  value: number | null;
  unit: string;
  /** The target in words, e.g. `≤ 15`; empty when the figure has no target. */
  target: string;
  /** true/false against the target; null when there is no target or no value. */
  met: boolean | null;
  /** How it was measured, in one sentence. */
  method: string;
  /** Extra numbers worth keeping (e.g. the naive call count, the calls by method). */
  detail?: Record<string, unknown>;
  /** The value itemised (e.g. Spreadsheet calls by purpose), printed under the row. */
  breakdown?: Record<string, number>;
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 *
 * @param values - at least one number
 * @returns the median
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `work` `runs` times after `warmUps` untimed runs and returns each run's milliseconds.
 *
 * @param work - the work to time
 * @param runs - timed runs
 * @param warmUps - untimed runs first (default 1)
 * @returns the milliseconds of each timed run
 * @example median(timeRuns(() => rank(), 5)) // e.g. 412.3
 */
export function timeRuns(work: () => void, runs: number, warmUps = 1): number[] {
  for (let i = 0; i < warmUps; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

/** Several timed runs of one thing, as the bench reports timings: min and median (never one run). */
export interface Timing {
  minMs: number;
  medianMs: number;
  runs: number;
}

/**
 * The min and median of some timed runs.
 *
 * @param ms - each run's milliseconds (at least one)
 * @returns min, median and how many runs
 * @example timing([5, 3, 4]) // { minMs: 3, medianMs: 4, runs: 3 }
 */
export function timing(ms: readonly number[]): Timing {
  return { minMs: Math.min(...ms), medianMs: median(ms), runs: ms.length };
}

const showMs = (value: number): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 0 : 2 });

/**
 * The unit of a figure whose value is a timing's median: `ms median (min 3.9 ms, 15 runs; 7.5× the empty
 * script)`, the ratio only when a yardstick is given.
 *
 * @param t - the timing
 * @param yardstick - e.g. an empty script's load, measured the same way
 * @returns the unit text
 */
export function timingUnit(t: Timing, yardstick?: Timing): string {
  const ratio =
    yardstick && yardstick.medianMs > 0
      ? `; ${showMs(t.medianMs / yardstick.medianMs)}× the empty script`
      : '';
  return `ms median (min ${showMs(t.minMs)} ms, ${t.runs} runs${ratio})`;
}

/**
 * A timing in a sentence: `4.1 ms median (min 3.9 ms, 15 runs)`.
 *
 * @param t - the timing
 * @returns the text
 */
export function timingText(t: Timing): string {
  return `${showMs(t.medianMs)} ${timingUnit(t)}`;
}

/** A number as the table shows it: thousands separated, at most two decimals. */
function showNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

/**
 * The bench table as text: figure, value, target, met, then how it was measured below each row.
 *
 * @param figures - the figures in order
 * @returns the printable table
 * @example console.log(formatTable(figures))
 */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value === null ? 'not measured yet' : `${showNumber(f.value)} ${f.unit}`,
    f.target || '—',
    f.met === null ? '—' : f.met ? 'met' : 'NOT MET',
  ]);
  const header = ['Figure', 'Value', 'Target', 'Met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  rows.forEach((row, i) => {
    const figure = figures[i]!;
    out.push(line(row));
    if (figure.breakdown && Object.keys(figure.breakdown).length > 0) {
      const parts = Object.entries(figure.breakdown).map(([part, n]) => `${part} ${showNumber(n)}`);
      out.push(`    by purpose: ${parts.join(' · ')}`);
    }
    out.push(`    how: ${figure.method}`);
  });
  return out.join('\n');
}
