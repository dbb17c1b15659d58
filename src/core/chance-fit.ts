/**
 * Fitting the chance model to an advisor's own outcomes (SPEC section 3.6): with at least `Outcomes rows to
 * fit the model` usable rows from `Outcomes applicants to fit the model` applicants, the parameters the
 * Outcomes columns support (`FIT_PARAMETERS`) are fitted by regularised logistic regression, pulled towards
 * the values in force (the documented defaults, or the advisor's Settings), each kept within its Settings
 * range and the orders between settings (a point below typical counts at least as much as one above; silver
 * never above gold). The fit is judged on outcomes it did not see — the latest cycle when there are several
 * and it holds applications of at least 5 applicants (earlier cycles fit), otherwise 5 folds grouped by
 * applicant — and its values are used only when their
 * held-out log-loss beats the defaults'. The values used then come from a fit on every usable row. A sheet
 * that is not a record of every application — too few rows of one result (`resultBalance`), such as
 * invitations only — is not fitted at all, and a base chance whose applicant type's rows are so one-sided is
 * not fitted: held-out outcomes drawn from the same one-sided sheet cannot reveal that bias. Pure and
 * deterministic; no clock.
 */
import {
  coefficientBounds,
  FIT_PARAMETERS,
  type FitKey,
  fromCoefficient,
  isBaseKey,
  type OutcomeColumn,
  type OutcomeFacts,
  outcomeFeatures,
  toCoefficient,
} from './chance-features.ts';
import {
  brierScore,
  type CalibrationRow,
  calibrationTable,
  groupedFolds,
  logLoss,
  type Prediction,
  splitByCycle,
} from './fit-evaluation.ts';
import { fitLogistic, type LogisticRow, predictProbability } from './logistic-fit.ts';
import { MIN_APPLICANTS_PER_FIGURE, withholdSmallGroups } from './outcome-privacy.ts';
import { SETTING_DEFS, type Settings } from './settings.ts';
import { settleSettingsOrder } from './settings-order.ts';

/** One usable outcome: what the model used, whose it was, which cycle, and whether it was an invitation. */
export interface Observation extends OutcomeFacts {
  applicant: string;
  cycle: number;
  invited: boolean;
}

/** Folds of the grouped cross-validation when all outcomes are from one cycle. */
export const FOLDS = 5;
/** A parameter is fitted only when its factor applies to applications of at least this many applicants. */
export const MIN_APPLICANTS_PER_PARAMETER = MIN_APPLICANTS_PER_FIGURE;
/**
 * A fit needs at least this many usable rows of each result — invited, and not invited — … (RadList's
 * judgment, docs/chance-model.md: fewer says the sheet records mostly one result, e.g. invitations only).
 */
export const MIN_ROWS_PER_RESULT = 10;
/** … from at least this many different applicants each (as many as a shown figure needs). */
export const MIN_APPLICANTS_PER_RESULT = MIN_APPLICANTS_PER_FIGURE;
/** The `Source` of a parameter whose fitted value is in force (the Model sheet; read back by the formulas). */
export const FITTED_SOURCE = 'Fitted to your outcomes';

/** What happened to one parameter. */
export interface ParameterResult {
  key: FitKey;
  /** The Settings label, e.g. `Chance odds rotated here`. */
  label: string;
  /** Plain words, e.g. `rotated there`. */
  what: string;
  /** The value before the fit (the documented default or the Settings value). */
  default: number;
  /** The value fitted to every usable row, or null when this parameter was not fitted. */
  fitted: number | null;
  /** The value in force. */
  used: number;
  /** `Fitted to your outcomes`, or where the default comes from. */
  source: string;
  /** Why it was or was not fitted, in plain words. */
  note: string;
}

/** Scores on held-out outcomes (lower is better). */
export interface HeldOutScore {
  logLoss: number;
  brier: number;
}

/** A calibration band after the privacy rule (figures of bands from fewer than 5 applicants are null). */
export type ShownCalibrationRow = Omit<
  CalibrationRow,
  'count' | 'observedRate' | 'meanPredicted' | 'applicants'
> & {
  count: number | null;
  applicants: number | null;
  observedRate: number | null;
  meanPredicted: number | null;
  withheld: boolean;
};

/** The chance model in force and everything the Model sheet and the plan say about it. */
export interface ModelFit {
  /** True when fitted values are in force. */
  fitted: boolean;
  /** What the plan says: `chances from your outcomes (412 applications, 2022–2025)` or `… documented defaults`. */
  summary: string;
  /** Why, in plain words. */
  reason: string;
  /** The settings in force: the input settings with the fitted values put in when they are used. */
  settings: Settings;
  parameters: ParameterResult[];
  /** Usable rows, their applicants and cycles (ascending). */
  rows: number;
  applicants: number;
  cycles: number[];
  /** How outcomes were held out, e.g. `fitted on 2022–2024, tested on 2025 (96 applications)`; null when not fitted. */
  validation: string | null;
  /** Held-out scores: the defaults', and the fit's when there was one. */
  heldOut: { defaults: HeldOutScore; fitted: HeldOutScore | null; rows: number } | null;
  /** Predicted band against observed invitation rate, for the model in force (held-out predictions when fitted). */
  calibration: ShownCalibrationRow[];
}

const LABELS = new Map(SETTING_DEFS.map((d) => [d.key as string, d]));

/**
 * Cycles as people read them: `2022–2025` when consecutive, otherwise listed.
 *
 * @example cycleText([2022, 2023, 2025]) // '2022, 2023, 2025'
 */
export function cycleText(cycles: readonly number[]): string {
  if (cycles.length === 0) return 'no cycle';
  const consecutive = cycles.every((c, i) => i === 0 || c === cycles[i - 1]! + 1);
  if (cycles.length > 2 && consecutive) return `${cycles[0]}–${cycles[cycles.length - 1]}`;
  return cycles.join(', ');
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A fitted value as it is used and shown: 3 significant digits (`4.68`, `0.398`, `19`), kept in its range.
 *
 * @example shownValue('chanceBaseUsImg', 4.67712) // 4.68
 */
export function shownValue(key: FitKey, value: number): number {
  const def = LABELS.get(key)!;
  return Math.min(def.max, Math.max(def.min, Number(value.toPrecision(3))));
}

/** Where a value in force comes from when it is not fitted. */
function defaultSource(key: FitKey, value: number): string {
  const def = LABELS.get(key)!;
  return Math.abs(value - def.default) < 1e-12 ? 'Documented default' : 'Your Settings';
}

function sameApplicant(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How many usable rows, and from how many applicants, had one result. */
export interface ResultCount {
  rows: number;
  applicants: number;
}

/** The usable rows by result, and the result too rare to fit (null when both are common enough). */
export interface ResultBalance {
  invited: ResultCount;
  notInvited: ResultCount;
  /** The result with fewer than `MIN_ROWS_PER_RESULT` rows or `MIN_APPLICANTS_PER_RESULT` applicants. */
  short: 'invited' | 'not invited' | null;
}

/**
 * Counts usable outcomes by result: a fit needs both results, each in at least `MIN_ROWS_PER_RESULT` rows
 * from `MIN_APPLICANTS_PER_RESULT` applicants. An advisor who records only the invitations has a sheet that
 * says every program invites; no held-out test on that same sheet can tell.
 *
 * @param rows - usable outcomes: an applicant and whether they were invited
 * @returns the counts and the result too rare to fit, if any
 * @example
 * resultBalance([{ applicant: 'A01', invited: true }]).short // 'not invited'
 */
export function resultBalance(rows: readonly { applicant: string; invited: boolean }[]): ResultBalance {
  const count = (invited: boolean): ResultCount => {
    const of = rows.filter((row) => row.invited === invited);
    return { rows: of.length, applicants: new Set(of.map((row) => sameApplicant(row.applicant))).size };
  };
  const invited = count(true);
  const notInvited = count(false);
  const enough = (c: ResultCount) =>
    c.rows >= MIN_ROWS_PER_RESULT && c.applicants >= MIN_APPLICANTS_PER_RESULT;
  // The rarer result is named first when both are short (the one to add more of).
  const short = [
    { name: 'not invited' as const, count: notInvited },
    { name: 'invited' as const, count: invited },
  ]
    .filter((entry) => !enough(entry.count))
    .sort((a, b) => a.count.rows - b.count.rows)[0];
  return { invited, notInvited, short: short?.name ?? null };
}

function rowsFrom(count: ResultCount): string {
  if (count.rows === 0) return 'none';
  return `only ${count.rows.toLocaleString('en-US')} (from ${plural(count.applicants, 'applicant')})`;
}

/**
 * Why a one-sided Outcomes sheet is not fitted, and what to add, in plain words (the Model sheet, the plan and
 * the issue on `Outcomes`).
 *
 * @example
 * oneSidedText(resultBalance([{ applicant: 'A01', invited: true }]))
 * // 'Outcomes has 1 application that got an invitation and none that got no invitation (Result "Not invited"); …'
 */
export function oneSidedText(balance: ResultBalance): string {
  const need = `a fit needs at least ${MIN_ROWS_PER_RESULT} rows of each result, from at least ${MIN_APPLICANTS_PER_RESULT} applicants each`;
  const invitedWords = 'Invited, Interviewed, Ranked or Matched';
  if (balance.short === 'invited') {
    return `Outcomes has ${plural(balance.notInvited.rows, 'application')} that got no invitation and ${rowsFrom(balance.invited)} that got one (Result ${invitedWords}); ${need}. Fitted to refusals alone, every program would look out of reach. Add the applications that got an invitation; until then the documented defaults are used.`;
  }
  return `Outcomes has ${plural(balance.invited.rows, 'application')} that got an invitation and ${rowsFrom(balance.notInvited)} that got no invitation (Result "Not invited"); ${need}. Fitted to invitations alone, every program would look like a sure interview. Add the applications that got no invitation, with Result "Not invited"; until then the documented defaults are used.`;
}

/** Columns of each parameter that are present, or the first missing one. */
function missingColumn(needs: readonly (readonly OutcomeColumn[])[], columns: ReadonlySet<OutcomeColumn>) {
  if (needs.length === 0 || needs.some((set) => set.every((c) => columns.has(c)))) return null;
  return needs[0]!.find((c) => !columns.has(c)) ?? needs[0]![0]!;
}

const COLUMN_HEADERS: Record<OutcomeColumn, string> = {
  applicantType: 'Applicant type',
  stepTwoScore: 'Step 2 CK',
  typicalStepTwo: 'Typical Step 2 CK',
  minStepTwo: 'Min Step 2 CK',
  imgShare: 'IMG %',
  programType: 'Type',
  rotated: 'Rotated',
  ties: 'Ties',
  signal: 'Signal',
};

interface Prepared {
  rows: LogisticRow[];
  cycles: number[];
}

/** A fit with bounds and orders: coefficients, and the parameters held at a bound or put back. */
interface ConstrainedFit {
  coefficients: number[];
  held: Map<number, 'bound' | 'order'>;
}

/**
 * Fits the free parameters, keeping each within its bounds and the settings' orders: a coefficient that
 * leaves its range is held at the bound, a pair that breaks an order goes back to its values in force, and
 * the rest are fitted again.
 */
function fitWithin(
  rows: readonly LogisticRow[],
  free: readonly FitKey[],
  s: Settings,
): ConstrainedFit | null {
  const prior = free.map((key) => toCoefficient(key, s[key]));
  const precision = free.map((key) => 1 / FIT_PARAMETERS.find((p) => p.key === key)!.priorSd ** 2);
  const held = new Map<number, 'bound' | 'order'>();
  const heldAt = new Map<number, number>();
  for (let round = 0; round <= free.length + 1; round += 1) {
    const fit = fitLogistic(rows, {
      priorMean: prior.map((mean, j) => heldAt.get(j) ?? mean),
      priorPrecision: precision.map((p, j) => (heldAt.has(j) ? 1e8 : p)),
    });
    if (!fit.converged) return null;
    const coefficients = fit.coefficients.map((c, j) => heldAt.get(j) ?? c);
    let changed = false;
    free.forEach((key, j) => {
      if (heldAt.has(j)) return;
      const { low, high } = coefficientBounds(key);
      const c = coefficients[j]!;
      if (c < low || c > high) {
        heldAt.set(j, c < low ? low : high);
        held.set(j, 'bound');
        changed = true;
      }
    });
    if (!changed) {
      const trial = settingsWith(s, free, coefficients);
      for (const problem of settleSettingsOrder(trial, s)) {
        for (const key of problem.reset) {
          const j = free.indexOf(key as FitKey);
          if (j >= 0 && !heldAt.has(j)) {
            heldAt.set(j, prior[j]!);
            held.set(j, 'order');
            changed = true;
          }
        }
      }
    }
    if (!changed) return { coefficients, held };
  }
  return null;
}

/** The settings with some parameters set from coefficients. */
function settingsWith(s: Settings, free: readonly FitKey[], coefficients: readonly number[]): Settings {
  const next = { ...s };
  free.forEach((key, j) => {
    next[key] = fromCoefficient(key, coefficients[j]!);
  });
  return next;
}

function predict(row: LogisticRow, coefficients: readonly number[]): number {
  return predictProbability(coefficients, row.x, row.offset ?? 0);
}

function score(predictions: readonly Prediction[]): HeldOutScore {
  return { logLoss: logLoss(predictions) ?? 0, brier: brierScore(predictions) ?? 0 };
}

function shownCalibration(predictions: readonly Prediction[]): ShownCalibrationRow[] {
  return withholdSmallGroups(calibrationTable(predictions), ['count', 'observedRate', 'meanPredicted']);
}

/**
 * Fits the chance model to usable outcomes, or says why the defaults stay.
 *
 * @param observations - usable outcome rows (each with a cycle, an applicant and invited or not)
 * @param s - settings in force (the prior: documented defaults or the advisor's values)
 * @param columns - the Outcomes columns present (a parameter whose column is absent keeps its value)
 * @returns the model in force, each parameter's default, fitted and used value, held-out scores, calibration
 * @example
 * fitChanceModel([], defaultSettings(2026), []).summary // 'chances from the documented defaults'
 */
export function fitChanceModel(
  observations: readonly Observation[],
  s: Settings,
  columns: readonly OutcomeColumn[],
): ModelFit {
  const present = new Set(columns);
  const applicantsOf = (indices: Iterable<number>) =>
    new Set([...indices].map((i) => sameApplicant(observations[i]!.applicant))).size;
  const all = observations.map((_, i) => i);
  const applicants = applicantsOf(all);
  const cycles = [...new Set(observations.map((o) => o.cycle))].sort((a, b) => a - b);
  const base = {
    rows: observations.length,
    applicants,
    cycles,
  };
  // Support: which parameters the columns and the rows allow.
  const notes = new Map<FitKey, string>();
  const candidates: FitKey[] = [];
  for (const parameter of FIT_PARAMETERS) {
    const missing = missingColumn(parameter.needs, present);
    if (missing !== null) notes.set(parameter.key, `Outcomes has no "${COLUMN_HEADERS[missing]}" column`);
    else candidates.push(parameter.key);
  }
  const probe = observations.map((o) => outcomeFeatures(o, candidates, s));
  const free = candidates.filter((key, j) => {
    const who = new Set<string>();
    probe.forEach((row, i) => {
      if (row.x[j] !== 0) who.add(sameApplicant(observations[i]!.applicant));
    });
    if (who.size < MIN_APPLICANTS_PER_PARAMETER) {
      notes.set(
        key,
        `it applies to applications of ${who.size === 0 ? 'no' : `fewer than ${MIN_APPLICANTS_PER_PARAMETER}`} applicants`,
      );
      return false;
    }
    // A base chance is that applicant type's invitation rate: its rows need both results too.
    if (!isBaseKey(key)) return true;
    const balance = resultBalance(observations.filter((_, i) => probe[i]!.x[j] !== 0));
    if (balance.short === null) return true;
    const count = balance.short === 'invited' ? balance.invited : balance.notInvited;
    notes.set(
      key,
      `its applications include ${rowsFrom(count)} that got ${balance.short === 'invited' ? 'an invitation' : 'no invitation'} (it needs at least ${MIN_ROWS_PER_RESULT} of each result, from ${MIN_APPLICANTS_PER_RESULT} applicants each)`,
    );
    return false;
  });
  const prepared: Prepared = {
    rows: observations.map((o) => {
      const features = outcomeFeatures(o, free, s);
      return {
        x: features.x,
        offset: features.offset,
        y: o.invited ? 1 : 0,
        group: sameApplicant(o.applicant),
      };
    }),
    cycles,
  };
  const prior = free.map((key) => toCoefficient(key, s[key]));
  const predictionsOf = (indices: readonly number[], coefficients: readonly number[]): Prediction[] =>
    indices.map((i) => {
      const row = prepared.rows[i]!;
      return { p: predict(row, coefficients), y: row.y, group: row.group };
    });
  const defaultsOnAll = predictionsOf(all, prior);
  const parameterRows = (fitted: number[] | null, use: boolean, held: Map<number, string>, why: string) =>
    FIT_PARAMETERS.map((parameter): ParameterResult => {
      const key = parameter.key;
      const j = free.indexOf(key);
      const value = s[key];
      const heldWhy = held.get(j);
      const def = LABELS.get(key)!;
      const raw = fitted !== null && j >= 0 ? fromCoefficient(key, fitted[j]!) : null;
      // Held values are exactly the bound or the value before the fit (no rounding error from the log scale).
      const fittedValue =
        raw === null
          ? null
          : heldWhy === 'order'
            ? value
            : heldWhy === 'bound'
              ? Math.abs(raw - def.min) < Math.abs(raw - def.max)
                ? def.min
                : def.max
              : shownValue(key, raw);
      const note =
        j < 0
          ? `Not fitted: ${notes.get(key) ?? 'not supported'}.`
          : fitted === null
            ? `Not fitted: ${why || 'the defaults stay (see In force).'}`
            : heldWhy === 'bound'
              ? `Fitted, held at the edge of its Settings range (${def.min}–${def.max}).`
              : heldWhy === 'order'
                ? 'Kept at its default: the fitted value broke an order between settings.'
                : use
                  ? 'Fitted.'
                  : `Fitted, not used: ${why}`;
      const inForce = use && fittedValue !== null ? fittedValue : value;
      return {
        key,
        label: LABELS.get(key)!.label,
        what: parameter.what,
        default: value,
        fitted: fittedValue,
        used: inForce,
        source:
          use && fittedValue !== null && heldWhy !== 'order' ? FITTED_SOURCE : defaultSource(key, value),
        note,
      };
    });
  const defaults = (
    reason: string,
    heldOut: ModelFit['heldOut'],
    fitted: number[] | null = null,
    why = '',
  ): ModelFit => ({
    fitted: false,
    summary: 'chances from the documented defaults',
    reason,
    settings: { ...s },
    parameters: parameterRows(fitted, false, new Map(), why),
    ...base,
    validation: null,
    heldOut,
    calibration: shownCalibration(defaultsOnAll),
  });
  const onAll =
    observations.length > 0
      ? { defaults: score(defaultsOnAll), fitted: null, rows: observations.length }
      : null;
  const balance = resultBalance(observations);
  if (observations.length < s.outcomesMinRows || applicants < s.outcomesMinApplicants) {
    // A one-sided sheet is said too, so adding rows of the same result is not what the advisor does next.
    const alsoOneSided = observations.length > 0 && balance.short !== null ? ` ${oneSidedText(balance)}` : '';
    return defaults(
      `Outcomes has ${plural(observations.length, 'usable row')} from ${plural(applicants, 'applicant')}; fitting needs at least ${plural(s.outcomesMinRows, 'row')} from ${plural(s.outcomesMinApplicants, 'applicant')} (Settings). The scores below are the defaults' on your outcomes.${alsoOneSided}`,
      onAll,
      null,
      'Outcomes has too few usable rows (see In force).',
    );
  }
  if (balance.short !== null) {
    return defaults(
      oneSidedText(balance),
      onAll,
      null,
      'Outcomes holds too few rows of one result (see In force).',
    );
  }
  if (free.length === 0) {
    return defaults('No parameter can be fitted from the columns and rows of Outcomes.', onAll);
  }
  // Held out: the latest cycle, or grouped folds.
  // The latest cycle tests the fit only when it holds applications of enough applicants to say anything
  // (as many as a shown figure needs); otherwise, as with a single cycle, grouped folds do.
  const split = splitByCycle(observations);
  const byCycle =
    split !== null && split.train.length > 0 && applicantsOf(split.test) >= MIN_APPLICANTS_PER_PARAMETER
      ? split
      : null;
  const splits =
    byCycle !== null
      ? [byCycle]
      : groupedFolds(
          prepared.rows.map((r) => ({ group: r.group })),
          FOLDS,
        );
  const validation =
    byCycle !== null
      ? `fitted on ${cycleText(cycles.filter((c) => c !== byCycle.testCycle))}, tested on ${byCycle.testCycle} (${plural(byCycle.test.length, 'application')})`
      : `${splits.length} folds grouped by applicant (each applicant's applications tested by a fit that never saw them)`;
  const heldFitted: Prediction[] = [];
  const heldDefaults: Prediction[] = [];
  for (const split of splits) {
    const fit = fitWithin(
      split.train.map((i) => prepared.rows[i]!),
      free,
      s,
    );
    if (fit === null)
      return defaults(
        'The fit did not settle on held-out outcomes, so the defaults stay.',
        onAll,
        null,
        'the fit did not settle.',
      );
    heldFitted.push(...predictionsOf(split.test, fit.coefficients));
    heldDefaults.push(...predictionsOf(split.test, prior));
  }
  const final = fitWithin(prepared.rows, free, s);
  if (final === null) {
    return defaults('The fit did not settle, so the defaults stay.', onAll, null, 'the fit did not settle.');
  }
  const heldOut = { defaults: score(heldDefaults), fitted: score(heldFitted), rows: heldDefaults.length };
  const better = heldOut.fitted.logLoss < heldOut.defaults.logLoss - 1e-12;
  const lossText = `held-out log-loss ${heldOut.fitted.logLoss.toFixed(3)} against the defaults' ${heldOut.defaults.logLoss.toFixed(3)}`;
  if (!better) {
    return {
      ...defaults(
        `The fitted values did not predict held-out outcomes better than the defaults (${lossText}; ${validation}), so the defaults stay.`,
        heldOut,
        final.coefficients,
        'the fit did not predict held-out outcomes better.',
      ),
      validation,
      calibration: shownCalibration(heldDefaults),
    };
  }
  const parameters = parameterRows(final.coefficients, true, final.held, '');
  const settings = { ...s };
  for (const p of parameters) settings[p.key] = p.used;
  return {
    fitted: true,
    summary: `chances from your outcomes (${plural(observations.length, 'application')}, ${cycleText(cycles)})`,
    reason: `Fitted to ${plural(observations.length, 'usable row')} from ${plural(applicants, 'applicant')}: the fit predicts held-out outcomes better than the defaults (${lossText}; ${validation}).`,
    settings,
    parameters,
    ...base,
    validation,
    heldOut,
    calibration: shownCalibration(heldFitted),
  };
}
