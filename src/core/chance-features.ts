/**
 * The chance model as a logistic regression, for fitting it to an advisor's own outcomes (SPEC section 3.6):
 * one outcome row becomes the model's feature vector through `chanceTerms`, the very function `programChance`
 * multiplies the odds by, so the fit and the list can never disagree. In log-odds the model is
 * `logit(base) + Σ exponent × ln(odds parameter)` (+ ln(signal odds) for a signalled application): each
 * parameter the fit may change is one coefficient (a base chance as its log-odds, an odds multiplier as its
 * logarithm) and the row's exponent its feature; every other term is a fixed offset at its `Settings` value.
 * Which parameters are fitted, how hard each is pulled to its default and the bounds it is kept in are in
 * `FIT_PARAMETERS` (the prior strengths are RadList's judgment, docs/chance-model.md).
 */
import {
  type BaseKey,
  baseKeyOf,
  type ChanceInputs,
  chanceTerms,
  type OddsKey,
  programFromFigures,
} from './chance.ts';
import { logistic } from './logistic-fit.ts';
import { SETTING_DEFS, type SettingKey, type Settings } from './settings.ts';
import type { ApplicantType, Program, ProgramType } from './types.ts';

/** A parameter the fit may change. */
export type FitKey = BaseKey | OddsKey | 'signalOddsGold' | 'signalOddsSilver';

/** The Outcomes columns a parameter needs (all of one inner list, any of the outer). */
export type OutcomeColumn =
  | 'applicantType'
  | 'stepTwoScore'
  | 'typicalStepTwo'
  | 'minStepTwo'
  | 'imgShare'
  | 'programType'
  | 'rotated'
  | 'ties'
  | 'signal';

/** One fitted parameter: its setting, what it needs, and how hard it is pulled to its default. */
export interface FitParameter {
  key: FitKey;
  /** Plain words for the Model sheet, e.g. `base chance, US IMG`. */
  what: string;
  /** Columns it needs: any one of these sets, each set complete (empty: none). */
  needs: readonly (readonly OutcomeColumn[])[];
  /**
   * The prior's standard deviation in log-odds units: how far from the default the fit may move it before
   * the pull is as strong as the data of about `1 / sd²` applications at even odds (RadList's judgment).
   */
  priorSd: number;
}

/** The parameters the Outcomes columns support (SPEC section 3.6), in the Model sheet's order. */
export const FIT_PARAMETERS: readonly FitParameter[] = [
  { key: 'chanceBaseUsMd', what: 'base chance, US MD', needs: [['applicantType']], priorSd: 1 },
  { key: 'chanceBaseDo', what: 'base chance, DO', needs: [['applicantType']], priorSd: 1 },
  { key: 'chanceBaseUsImg', what: 'base chance, US IMG', needs: [], priorSd: 1 },
  { key: 'chanceBaseNonUsImg', what: 'base chance, Non-US IMG', needs: [['applicantType']], priorSd: 1 },
  {
    key: 'chanceOddsPer10Below',
    what: 'score below typical, per 10 points',
    needs: [
      ['stepTwoScore', 'typicalStepTwo'],
      ['stepTwoScore', 'minStepTwo'],
    ],
    priorSd: 0.5,
  },
  {
    key: 'chanceOddsPer10Above',
    what: 'score above typical, per 10 points',
    needs: [
      ['stepTwoScore', 'typicalStepTwo'],
      ['stepTwoScore', 'minStepTwo'],
    ],
    priorSd: 0.5,
  },
  { key: 'chanceOddsPer10ImgShare', what: 'IMG share, per 10 points', needs: [['imgShare']], priorSd: 0.3 },
  { key: 'chanceOddsCommunity', what: 'community program', needs: [['programType']], priorSd: 0.5 },
  { key: 'chanceOddsHybrid', what: 'hybrid program', needs: [['programType']], priorSd: 0.5 },
  { key: 'chanceOddsRotated', what: 'rotated there', needs: [['rotated']], priorSd: 0.75 },
  { key: 'chanceOddsTie', what: 'a tie', needs: [['ties']], priorSd: 0.75 },
  { key: 'signalOddsGold', what: 'gold signal', needs: [['signal']], priorSd: 0.5 },
  { key: 'signalOddsSilver', what: 'silver signal', needs: [['signal']], priorSd: 0.5 },
];

const BASE_KEYS: readonly string[] = [
  'chanceBaseUsMd',
  'chanceBaseDo',
  'chanceBaseUsImg',
  'chanceBaseNonUsImg',
];

/** True for a base chance (a percent), false for an odds multiplier. */
export function isBaseKey(key: FitKey): key is BaseKey {
  return BASE_KEYS.includes(key);
}

/**
 * A setting's value as a coefficient: a base percent as its log-odds, an odds multiplier as its logarithm.
 *
 * @example toCoefficient('chanceOddsRotated', 4) // 1.386… (ln 4)
 */
export function toCoefficient(key: FitKey, value: number): number {
  return isBaseKey(key) ? Math.log(value / (100 - value)) : Math.log(value);
}

/**
 * A coefficient back as the setting's value (a percent, or an odds multiplier).
 *
 * @example fromCoefficient('chanceBaseUsImg', 0) // 50
 */
export function fromCoefficient(key: FitKey, coefficient: number): number {
  return isBaseKey(key) ? 100 * logistic(coefficient) : Math.exp(coefficient);
}

/**
 * The coefficient's bounds: the setting's own range (`SETTINGS_TABLE`), so a fitted value is always one the
 * Settings sheet would accept — and a rotation, a tie, a signal, a community program or a higher IMG share
 * never lowers the chance (their odds are at least 1), as SPEC section 2 requires.
 */
export function coefficientBounds(key: FitKey): { low: number; high: number } {
  const def = SETTING_DEFS.find((d) => d.key === key)!;
  return { low: toCoefficient(key, def.min), high: toCoefficient(key, def.max) };
}

/** What one outcome row holds that the model uses (a row of `Outcomes`, read). */
export interface OutcomeFacts {
  applicantType: ApplicantType | null;
  stepTwoScore: number | null;
  failedAttempts: number | null;
  typicalStepTwo: number | null;
  minStepTwo: number | null;
  /** A fraction from 0 to 1. */
  imgShare: number | null;
  programType: ProgramType | null;
  signal: 'Gold' | 'Silver' | '' | null;
  rotated: boolean | null;
  ties: boolean | null;
}

/** The program as an outcome row describes it (everything it does not say is unknown). */
function programOf(facts: OutcomeFacts): Program {
  return programFromFigures('outcome', {
    minStepTwo: facts.minStepTwo,
    typicalStepTwo: facts.typicalStepTwo,
    imgShare: facts.imgShare,
    type: facts.programType,
  });
}

/**
 * The chance model's inputs for an outcome row: a blank applicant type is a US IMG (the Profile's default),
 * blank failed attempts none, and what the sheet does not record (graduation year, geographic preference,
 * whether the program takes IMGs or is new, a Preferred minimum) is unknown, so its step is skipped.
 */
export function chanceInputsOf(facts: OutcomeFacts): ChanceInputs {
  return {
    applicantType: facts.applicantType ?? 'US IMG',
    stepTwoScore: facts.stepTwoScore,
    failedAttempts: facts.failedAttempts ?? 0,
    yearsSinceGraduation: null,
    rotated: facts.rotated === true,
    tie: facts.ties === true ? 'tie' : null,
    geographicPreference: null,
  };
}

/** One row as the logistic fit sees it. */
export interface FeatureRow {
  /** The exponent of each free parameter, in the order of `free`. */
  x: number[];
  /** Log-odds of every term held at its `Settings` value. */
  offset: number;
}

/**
 * Maps an outcome row to the model's feature vector.
 *
 * @param facts - the row's model inputs
 * @param free - the parameters being fitted (the coefficient order)
 * @param s - settings in force: every other parameter's value
 * @returns features and offset; `logistic(offset + Σ x·coefficients)` is the model's probability
 * @example
 * outcomeFeatures({ ...facts, rotated: true }, ['chanceOddsRotated'], s).x // [1]
 */
export function outcomeFeatures(facts: OutcomeFacts, free: readonly FitKey[], s: Settings): FeatureRow {
  const x = new Array<number>(free.length).fill(0);
  let offset = 0;
  const add = (key: FitKey | SettingKey, exponent: number, value: number): void => {
    const at = free.indexOf(key as FitKey);
    if (at >= 0) x[at]! += exponent;
    else offset += exponent * value;
  };
  const inputs = chanceInputsOf(facts);
  const base = baseKeyOf(inputs.applicantType);
  add(base, 1, toCoefficient(base, s[base]));
  for (const term of chanceTerms(programOf(facts), inputs, s).terms) {
    add(term.key, term.exponent, Math.log(s[term.key]));
  }
  if (facts.signal === 'Gold') add('signalOddsGold', 1, Math.log(s.signalOddsGold));
  if (facts.signal === 'Silver') add('signalOddsSilver', 1, Math.log(s.signalOddsSilver));
  return { x, offset };
}

/**
 * The model's probability of an invitation for an outcome row, with the settings given (no rounding).
 *
 * @param facts - the row's model inputs
 * @param s - settings
 * @returns a probability from 0 to 1
 * @example predictOutcome(facts, defaultSettings(2026)) // 0.05 for a US IMG at a program's typical score
 */
export function predictOutcome(facts: OutcomeFacts, s: Settings): number {
  return logistic(outcomeFeatures(facts, [], s).offset);
}
