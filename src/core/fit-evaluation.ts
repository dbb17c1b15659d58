/**
 * Judging a chance model on outcomes it was not fitted to: log-loss and Brier score (lower is better),
 * a calibration table by predicted band (does "20%" come true about 20% of the time?), and the two ways
 * of holding outcomes out — by time (earlier cycles fit, the latest cycle tests) and grouped k-fold (all of
 * one applicant's applications in the same fold, so the test never sees an applicant the fit saw). Pure and
 * deterministic: the same rows always give the same folds.
 */

/** One prediction beside what happened. */
export interface Prediction {
  /** Predicted probability of an invitation, 0 to 1. */
  p: number;
  /** 1 when invited. */
  y: 0 | 1;
  /** Whose application it was (counts distinct applicants in a band). */
  group?: string;
  weight?: number;
}

/** The probability given to what happened is taken as at least ε, so one confident miss costs at most −log ε ≈ 34.5. */
export const LOG_LOSS_EPSILON = 1e-15;

function weighted(predictions: readonly Prediction[], loss: (p: number, y: 0 | 1) => number): number | null {
  let total = 0;
  let weights = 0;
  for (const { p, y, weight = 1 } of predictions) {
    if (!(weight > 0)) continue;
    total += weight * loss(p, y);
    weights += weight;
  }
  return weights > 0 ? total / weights : null;
}

/**
 * Mean log-loss (cross-entropy) in nats: 0 for certain and right; log 2 ≈ 0.693 for always 50%.
 *
 * @param predictions - predicted probabilities and outcomes
 * @returns the mean, or null when there is nothing to score
 * @example logLoss([{ p: 0.5, y: 1 }]) // 0.693…
 */
export function logLoss(predictions: readonly Prediction[]): number | null {
  return weighted(predictions, (p, y) => -Math.log(Math.max(LOG_LOSS_EPSILON, y === 1 ? p : 1 - p)));
}

/**
 * Mean Brier score: the squared distance between the probability and the outcome, 0 (best) to 1.
 *
 * @param predictions - predicted probabilities and outcomes
 * @returns the mean, or null when there is nothing to score
 * @example brierScore([{ p: 0.2, y: 0 }]) // 0.04
 */
export function brierScore(predictions: readonly Prediction[]): number | null {
  return weighted(predictions, (p, y) => (p - y) ** 2);
}

/** Band edges in percent for the calibration table: under 5%, 5–10%, 10–20%, 20–40%, 40–60%, 60% and up. */
export const CALIBRATION_EDGES: readonly number[] = [0, 5, 10, 20, 40, 60, 100];

export interface CalibrationRow {
  /** Plain words, e.g. `10–20%`. */
  band: string;
  /** From this percent (inclusive)… */
  from: number;
  /** …to this one (exclusive, except the last band, which includes 100%). */
  to: number;
  /** Predictions in the band. */
  count: number;
  /** Distinct groups (applicants) among them. */
  applicants: number;
  /** Mean predicted probability (0–1), null when the band is empty. */
  meanPredicted: number | null;
  /** Share invited (0–1), null when the band is empty. */
  observedRate: number | null;
}

/**
 * Predicted versus observed, band by band.
 *
 * @param predictions - predicted probabilities and outcomes (weights ignored: each application counts once)
 * @param edges - band edges in percent, ascending from 0 to 100
 * @returns one row per band, empty bands included
 * @example calibrationTable([{ p: 0.15, y: 1, group: 'A01' }])[2] // { band: '10–20%', count: 1, observedRate: 1, … }
 */
export function calibrationTable(
  predictions: readonly Prediction[],
  edges: readonly number[] = CALIBRATION_EDGES,
): CalibrationRow[] {
  const bands = edges.slice(0, -1).map((from, i) => ({
    from,
    to: edges[i + 1]!,
    count: 0,
    sumPredicted: 0,
    invited: 0,
    groups: new Set<string>(),
  }));
  for (const { p, y, group } of predictions) {
    if (!Number.isFinite(p)) continue;
    const percent = p * 100;
    const band = bands.find((b, i) => percent >= b.from && (percent < b.to || i === bands.length - 1));
    if (!band) continue;
    band.count += 1;
    band.sumPredicted += p;
    band.invited += y;
    if (group !== undefined) band.groups.add(group);
  }
  return bands.map((b) => ({
    band: `${b.from}–${b.to}%`,
    from: b.from,
    to: b.to,
    count: b.count,
    applicants: b.groups.size,
    meanPredicted: b.count > 0 ? b.sumPredicted / b.count : null,
    observedRate: b.count > 0 ? b.invited / b.count : null,
  }));
}

/** Row indices to fit on and to test on. */
export interface Split {
  train: number[];
  test: number[];
}

/** FNV-1a, to order groups the same way every time without sorting them alphabetically. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Grouped k-fold: every group's rows land in one fold; folds are balanced by row count (largest groups
 * placed first, each into the fold with the fewest rows so far). Deterministic.
 *
 * @param rows - each row's group
 * @param k - folds wanted; fewer when there are fewer groups (none with fewer than 2 groups)
 * @returns one split per fold: that fold tests, the others fit
 * @example groupedFolds([{ group: 'A' }, { group: 'B' }, { group: 'A' }], 2)[0]?.test // [1] or [0, 2]
 */
export function groupedFolds(rows: readonly { group: string }[], k: number): Split[] {
  const byGroup = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const list = byGroup.get(row.group);
    if (list) list.push(index);
    else byGroup.set(row.group, [index]);
  });
  const folds = Math.min(Math.floor(k), byGroup.size);
  if (folds < 2) return [];
  const groups = [...byGroup.entries()].sort(
    ([a, rowsA], [b, rowsB]) =>
      rowsB.length - rowsA.length || hashText(a) - hashText(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const sizes = new Array<number>(folds).fill(0);
  const foldOf = new Array<number>(rows.length).fill(0);
  for (const [, indices] of groups) {
    const fold = sizes.indexOf(Math.min(...sizes));
    sizes[fold]! += indices.length;
    for (const index of indices) foldOf[index] = fold;
  }
  return Array.from({ length: folds }, (_, fold) => ({
    train: foldOf.flatMap((f, index) => (f === fold ? [] : [index])),
    test: foldOf.flatMap((f, index) => (f === fold ? [index] : [])),
  }));
}

/**
 * Holds out the latest cycle: earlier cycles fit, the latest tests.
 *
 * @param rows - each row's cycle (a year)
 * @returns the split and the cycle tested, or null when there is only one cycle
 * @example splitByCycle([{ cycle: 2024 }, { cycle: 2025 }]) // { train: [0], test: [1], testCycle: 2025 }
 */
export function splitByCycle(rows: readonly { cycle: number }[]): (Split & { testCycle: number }) | null {
  const cycles = [...new Set(rows.map((row) => row.cycle))].sort((a, b) => a - b);
  if (cycles.length < 2) return null;
  const testCycle = cycles[cycles.length - 1]!;
  return {
    train: rows.flatMap((row, index) => (row.cycle === testCycle ? [] : [index])),
    test: rows.flatMap((row, index) => (row.cycle === testCycle ? [index] : [])),
    testCycle,
  };
}
