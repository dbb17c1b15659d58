/**
 * The chance model of SPEC section 2 (docs/chance-model.md): the estimated chance, in whole percent, that a
 * program invites the applicant to interview if they apply, without any signal. It starts from a base chance
 * for the applicant type and multiplies the odds by one factor per thing known about the pair (score margin,
 * a missed Preferred minimum, failed attempts, years since graduation, IMG share, program type and age,
 * rotation, tie, geographic preference). A factor whose data is unknown is skipped and named: an unknown is
 * never good news. Every parameter is a `Settings` value. A signal's effect is separate (`signalledChance`)
 * and never part of Chance.
 */
import type { Settings } from './settings.ts';
import type { ApplicantType, Division, Program } from './types.ts';

/** One step of the chain as `Why` shows it: what changed the odds and the chance after it. */
export interface ChanceStep {
  /** Plain words, e.g. `score 6 below typical` or `US IMG base`. */
  label: string;
  /** The chance after this step, in whole percent, as shown. */
  chance: number;
  /** True when the step depends on the applicant's own score (left out of lists shared without scores). */
  scoreBased: boolean;
}

/** What the chance needs to know about the applicant and its match with one program. */
export interface ChanceInputs {
  applicantType: ApplicantType;
  stepTwoScore: number | null;
  /** Failed attempts known for sure. */
  failedAttempts: number;
  /** True when some attempts could not be read: named unknown, and only the known failures count. */
  failedAttemptsUnknown?: boolean;
  /** Cycle year minus graduation year, or null when unknown. */
  yearsSinceGraduation: number | null;
  rotated: boolean;
  /** The tie that matched (as typed), or null. */
  tie: string | null;
  /** The Profile's own ERAS geographic preference (null when not chosen; never a suggested one). */
  geographicPreference: readonly Division[] | null;
}

export interface ChanceResult {
  /** Whole percent, 1 to 99. */
  chance: number;
  steps: ChanceStep[];
  /** Data that was unknown, so its step was skipped (e.g. `typical score unknown`). */
  unknown: string[];
  /** True when the program's typical and minimum scores are both unknown (never a Safety). */
  scoresUnknown: boolean;
}

/** The lowest and highest whole percent Chance shows: nothing here is certain either way. */
export const CHANCE_FLOOR = 1;
export const CHANCE_CEILING = 99;

/**
 * Rounds a probability (0–1) to the whole percent shown, kept within 1–99.
 *
 * @param probability - from 0 to 1
 * @returns whole percent
 * @example
 * wholePercent(0.184) // 18
 */
export function wholePercent(probability: number): number {
  const percent = Math.round(probability * 100);
  if (!(percent >= CHANCE_FLOOR)) return CHANCE_FLOOR;
  return Math.min(percent, CHANCE_CEILING);
}

function oddsOf(percent: number): number {
  return percent / (100 - percent);
}

function probabilityOf(odds: number): number {
  return odds / (1 + odds);
}

/**
 * The base chance (percent) for an applicant type.
 *
 * @param type - the applicant type
 * @param s - settings (`chanceBase*`)
 * @returns percent, e.g. 5 for a US IMG with the defaults
 * @example
 * baseChance('US IMG', defaultSettings(2026)) // 5
 */
export function baseChance(type: ApplicantType, s: Settings): number {
  return s[baseKeyOf(type)];
}

/** `1 failed attempt`, `2 years`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The odds multiplier of a score `margin` points from the reference score (typical, or minimum + offset):
 * steeper below than above, and never lower for a higher score.
 *
 * @param margin - applicant's score minus the reference
 * @param s - settings (`chanceOddsPer10Below`, `chanceOddsPer10Above`)
 * @returns the multiplier (1 at a margin of 0)
 * @example
 * scoreMultiplier(-10, defaultSettings(2026)) // 0.4
 */
export function scoreMultiplier(margin: number, s: Settings): number {
  if (margin < 0) return s.chanceOddsPer10Below ** (-margin / 10);
  return s.chanceOddsPer10Above ** (margin / 10);
}

/**
 * One factor of the chain: the `Settings` odds parameter it uses and the power it is raised to (`odds ×=
 * s[key] ** exponent`). The chance model and the fit to outcomes (`chance-features.ts`) both read these,
 * so the two can never disagree.
 */
export interface ChanceTerm {
  key: OddsKey;
  exponent: number;
  /** Plain words, e.g. `score 6 below typical`. */
  label: string;
  scoreBased: boolean;
}

/** The `Settings` keys that are odds multipliers of the chain. */
export type OddsKey =
  | 'chanceOddsPer10Below'
  | 'chanceOddsPer10Above'
  | 'chanceOddsBelowPreferred'
  | 'chanceOddsPerFailure'
  | 'chanceOddsPerYearAfter'
  | 'chanceOddsPer10ImgShare'
  | 'chanceOddsTakesImgs'
  | 'chanceOddsCommunity'
  | 'chanceOddsHybrid'
  | 'chanceOddsNewProgram'
  | 'chanceOddsRotated'
  | 'chanceOddsTie'
  | 'chanceOddsGeographicPreference';

/** The `Settings` key of an applicant type's base chance. */
export type BaseKey = 'chanceBaseUsMd' | 'chanceBaseDo' | 'chanceBaseUsImg' | 'chanceBaseNonUsImg';

/**
 * The setting that holds an applicant type's base chance.
 *
 * @example baseKeyOf('DO') // 'chanceBaseDo'
 */
export function baseKeyOf(type: ApplicantType): BaseKey {
  if (type === 'US MD') return 'chanceBaseUsMd';
  if (type === 'DO') return 'chanceBaseDo';
  if (type === 'Non-US IMG') return 'chanceBaseNonUsImg';
  return 'chanceBaseUsImg';
}

/**
 * The chain being collected, as parallel arrays reused from one pair to the next: `programChance` runs for
 * every applicant × program pair, so it reads the terms from here instead of a new object per term.
 * `chanceTerms` copies them out as objects. Filled and read synchronously, so never shared by two callers.
 */
const chain = {
  keys: [] as OddsKey[],
  exponents: [] as number[],
  labels: [] as string[],
  scoreBased: [] as boolean[],
  count: 0,
};

function addTerm(key: OddsKey, exponent: number, label: string, scoreBased = false): void {
  const i = chain.count++;
  chain.keys[i] = key;
  chain.exponents[i] = exponent;
  chain.labels[i] = label;
  chain.scoreBased[i] = scoreBased;
}

/** The score term: against the typical score, or the minimum plus `typicalAboveMinimum` when typical is unknown. */
function addScoreTerm(
  score: number,
  program: Pick<Program, 'typicalStepTwo' | 'minStepTwo'>,
  s: Settings,
): void {
  const typical = program.typicalStepTwo;
  const reference =
    typical ?? (program.minStepTwo === null ? null : program.minStepTwo + s.typicalAboveMinimum);
  if (reference === null) return;
  const margin = Math.round(score - reference);
  if (margin === 0) return;
  const exact = score - reference;
  const label =
    typical !== null
      ? margin > 0
        ? `score ${margin} above typical`
        : `score ${-margin} below typical`
      : `score ${margin > 0 ? `${margin} above` : `${-margin} below`} typical taken as minimum + ${s.typicalAboveMinimum}`;
  if (exact < 0) addTerm('chanceOddsPer10Below', -exact / 10, label, true);
  else addTerm('chanceOddsPer10Above', exact / 10, label, true);
}

/**
 * The labels that depend on the applicant alone, kept from the last pair: one applicant is ranked against
 * every program in a row, so the same label is asked for again and again (the same text either way).
 */
const applicantLabels = {
  failures: Number.NaN,
  failuresUnknown: false,
  failuresText: '',
  years: Number.NaN,
  yearsText: '',
};

/** `2 failed attempts`, or `at least 1 failed attempt` when some attempts are unknown. */
function failuresLabel(inputs: ChanceInputs): string {
  const unknown = inputs.failedAttemptsUnknown === true;
  if (applicantLabels.failures !== inputs.failedAttempts || applicantLabels.failuresUnknown !== unknown) {
    const label = plural(inputs.failedAttempts, 'failed attempt');
    applicantLabels.failures = inputs.failedAttempts;
    applicantLabels.failuresUnknown = unknown;
    applicantLabels.failuresText = unknown ? `at least ${label}` : label;
  }
  return applicantLabels.failuresText;
}

/** `graduated 6 years ago`. */
function graduatedLabel(years: number): string {
  if (applicantLabels.years !== years) {
    applicantLabels.years = years;
    applicantLabels.yearsText = `graduated ${plural(years, 'year')} ago`;
  }
  return applicantLabels.yearsText;
}

/** `US IMG base`, by applicant type. */
const BASE_LABELS: Readonly<Record<ApplicantType, string>> = {
  'US MD': 'US MD base',
  DO: 'DO base',
  'US IMG': 'US IMG base',
  'Non-US IMG': 'Non-US IMG base',
};

/**
 * Collects the chain of one pair into `chain`, in the order `Why` shows it, and the unknowns into `unknown`.
 *
 * @returns true when the program's typical and minimum scores are both unknown
 */
function collectTerms(program: Program, inputs: ChanceInputs, s: Settings, unknown: string[]): boolean {
  chain.count = 0;
  const scoresUnknown = program.typicalStepTwo === null && program.minStepTwo === null;
  const score = inputs.stepTwoScore;
  if (score === null) unknown.push('your Step 2 CK');
  else if (scoresUnknown) unknown.push('typical and minimum scores');
  else {
    if (program.typicalStepTwo === null) unknown.push('typical score');
    addScoreTerm(score, program, s);
    if (program.minStepTwo !== null && !program.minIsHard && score < program.minStepTwo) {
      addTerm('chanceOddsBelowPreferred', 1, 'below the preferred minimum', true);
    }
  }
  if (inputs.failedAttemptsUnknown) unknown.push('failed attempts');
  if (inputs.failedAttempts > 0) {
    addTerm('chanceOddsPerFailure', inputs.failedAttempts, failuresLabel(inputs));
  }
  const years = inputs.yearsSinceGraduation;
  if (years === null) unknown.push('graduation year');
  else if (years > s.graceYears) {
    addTerm('chanceOddsPerYearAfter', years - s.graceYears, graduatedLabel(years));
  }
  const isImg = inputs.applicantType === 'US IMG' || inputs.applicantType === 'Non-US IMG';
  if (isImg) {
    if (program.imgShare === null) unknown.push('IMG share');
    else {
      const percent = program.imgShare * 100;
      const counted = Math.min(percent, s.imgShareCountedUpTo);
      const exponent = (counted - s.imgShareNeutral) / 10;
      if (Math.abs(exponent) > 1e-9)
        addTerm('chanceOddsPer10ImgShare', exponent, `IMG share ${Math.round(percent)}%`);
    }
    if (program.takesImgs === true && s.chanceOddsTakesImgs !== 1)
      addTerm('chanceOddsTakesImgs', 1, 'takes IMGs');
  }
  if (program.type === null) unknown.push('program type');
  else if (program.type === 'Community') addTerm('chanceOddsCommunity', 1, 'community program');
  else if (program.type === 'Hybrid') addTerm('chanceOddsHybrid', 1, 'hybrid program');
  // A program accredited after the cycle year is not new, it is a wrong year (the reader says so): no boost.
  const age = program.firstAccredited === null ? null : s.cycleYear - program.firstAccredited;
  if (age !== null && age >= 0 && age <= s.newProgramYears) {
    addTerm('chanceOddsNewProgram', 1, `new program (since ${program.firstAccredited})`);
  }
  if (inputs.rotated) addTerm('chanceOddsRotated', 1, 'rotated here');
  if (inputs.tie !== null) addTerm('chanceOddsTie', 1, `tie (${inputs.tie})`);
  const preference = inputs.geographicPreference;
  if (preference !== null && program.division !== null && preference.includes(program.division)) {
    addTerm('chanceOddsGeographicPreference', 1, `geographic preference (${program.division})`);
  }
  return scoresUnknown;
}

/**
 * The factors of one applicant's Chance at one program, in the order `Why` shows them, with the unknowns
 * skipped. `programChance` multiplies the odds by them; the fit to outcomes fits their parameters.
 *
 * @param program - the program
 * @param inputs - the applicant's type, score, failures, years out, and matches with this program
 * @param s - settings (the `chance*` parameters)
 * @returns the terms, the unknowns, and whether typical and minimum are both unknown
 * @example
 * chanceTerms(makeProgram({ typicalStepTwo: 227 }), { ...inputs, stepTwoScore: 221 }, s).terms[0] // { key: 'chanceOddsPer10Below', exponent: 0.6, … }
 */
export function chanceTerms(
  program: Program,
  inputs: ChanceInputs,
  s: Settings,
): { terms: ChanceTerm[]; unknown: string[]; scoresUnknown: boolean } {
  const unknown: string[] = [];
  const scoresUnknown = collectTerms(program, inputs, s, unknown);
  const terms: ChanceTerm[] = [];
  for (let i = 0; i < chain.count; i++) {
    terms.push({
      key: chain.keys[i]!,
      exponent: chain.exponents[i]!,
      label: chain.labels[i]!,
      scoreBased: chain.scoreBased[i]!,
    });
  }
  return { terms, unknown, scoresUnknown };
}

/** Powers already worked out, by base then exponent (bounded: cleared when they grow past a few thousand). */
let powers: Map<number, Map<number, number>> | null = null;

/**
 * `base ** exponent`, remembered: the same few parameters and exponents come back pair after pair, and `**`
 * with a fractional exponent costs more than the rest of a step. The same number either way.
 */
function power(base: number, exponent: number): number {
  // Most terms are once-only factors (program type, rotation, tie …): `x ** 1` is x exactly, no lookup needed.
  if (exponent === 1) return base;
  powers ??= new Map();
  let byExponent = powers.get(base);
  if (byExponent === undefined) {
    if (powers.size > 64) powers.clear();
    byExponent = new Map();
    powers.set(base, byExponent);
  }
  let result = byExponent.get(exponent);
  if (result === undefined) {
    if (byExponent.size > 4096) byExponent.clear();
    result = base ** exponent;
    byExponent.set(exponent, result);
  }
  return result;
}

/**
 * The interview Chance of one applicant at one eligible program, with the chain of steps behind it: the same
 * terms as `chanceTerms`, read from the reused chain.
 *
 * @param program - the program
 * @param inputs - the applicant's type, score, failures, years out, and matches with this program
 * @param s - settings (the `chance*` parameters)
 * @returns Chance in whole percent (1–99), its steps (each with the chance after it) and the unknowns skipped
 * @example
 * programChance(makeProgram({ typicalStepTwo: 227 }), { ...inputs, stepTwoScore: 221 }, s).steps[1].label // 'score 6 below typical'
 */
export function programChance(program: Program, inputs: ChanceInputs, s: Settings): ChanceResult {
  const base = baseChance(inputs.applicantType, s);
  let odds = oddsOf(base);
  const steps: ChanceStep[] = [
    {
      label: BASE_LABELS[inputs.applicantType] ?? `${inputs.applicantType} base`,
      chance: wholePercent(base / 100),
      scoreBased: false,
    },
  ];
  const unknown: string[] = [];
  const scoresUnknown = collectTerms(program, inputs, s, unknown);
  for (let i = 0; i < chain.count; i++) {
    odds *= power(s[chain.keys[i]!], chain.exponents[i]!);
    steps.push({
      label: chain.labels[i]!,
      chance: wholePercent(probabilityOf(odds)),
      scoreBased: chain.scoreBased[i]!,
    });
  }
  return { chance: wholePercent(probabilityOf(odds)), steps, unknown, scoresUnknown };
}

/**
 * What a signal makes a Chance: its odds times the signal's multiplier, from the whole percent shown.
 *
 * @param chance - the Chance in whole percent (1–99)
 * @param signal - `Gold` or `Silver`
 * @param s - settings (`signalOddsGold`, `signalOddsSilver`)
 * @returns the signalled chance in whole percent, never below `chance`
 * @example
 * signalledChance(18, 'Gold', defaultSettings(2026)) // 76
 */
export function signalledChance(chance: number, signal: 'Gold' | 'Silver', s: Settings): number {
  const multiplier = signal === 'Gold' ? s.signalOddsGold : s.signalOddsSilver;
  const odds = oddsOf(Math.min(CHANCE_CEILING, Math.max(CHANCE_FLOOR, chance))) * Math.max(1, multiplier);
  return Math.max(chance, wholePercent(probabilityOf(odds)));
}

/**
 * The Chance band of an eligible program: Safety, Target or Reach by the Settings bands.
 *
 * @param chance - whole percent
 * @param s - settings (`safetyFrom`, `targetFrom`)
 * @returns the category
 * @example
 * categoryFromChance(40, defaultSettings(2026)) // 'Safety'
 */
export function categoryFromChance(chance: number, s: Settings): 'Reach' | 'Target' | 'Safety' {
  if (chance >= s.safetyFrom) return 'Safety';
  if (chance >= s.targetFrom) return 'Target';
  return 'Reach';
}

/**
 * A program known only by a few figures (a formula's arguments, an outcome row): every other field blank or
 * unknown, and a minimum taken as Hard. The formulas and the fit to outcomes both describe programs this way.
 *
 * @param key - the program's key (`formula`, `outcome`)
 * @param figures - the figures known: scores, IMG share, type
 * @returns a whole `Program`
 * @example programFromFigures('formula', { typicalStepTwo: 227 }).minIsHard // true
 */
export function programFromFigures(
  key: string,
  figures: Partial<Pick<Program, 'minStepTwo' | 'typicalStepTwo' | 'imgShare' | 'type'>>,
): Program {
  return {
    key,
    name: '',
    id: '',
    city: '',
    state: '',
    region: null,
    division: null,
    type: figures.type ?? null,
    track: null,
    firstAccredited: null,
    positions: null,
    minStepTwo: figures.minStepTwo ?? null,
    minIsHard: true,
    typicalStepTwo: figures.typicalStepTwo ?? null,
    imgShare: figures.imgShare ?? null,
    takesImgs: null,
    maxFailedAttempts: null,
    yogCutoff: null,
    usceRequired: null,
    sponsorsVisa: null,
    source: '',
    lastVerified: null,
    notes: '',
    row: 0,
  };
}

/**
 * The Chance from scores alone, as `RAD_CHANCE` and `RAD_CATEGORY` compute it: a US IMG with no failed
 * attempt and nothing else known (graduation year, program type, ties … unknown, so those steps are skipped),
 * exactly as the list computes a program whose only known figures are these.
 *
 * @param stepTwoScore - the applicant's Step 2 CK
 * @param typical - the program's typical Step 2 CK, or null
 * @param minimum - its minimum (taken as Hard), or null
 * @param imgShare - its IMG share as a fraction 0–1, or null
 * @param s - settings in force
 * @returns the Chance result, or null when the score is below the minimum (the list says Below minimum)
 * @example
 * scoresOnlyChance(221, 227, null, 0.35, defaultSettings(2026))?.chance // the list's Chance for that program
 */
export function scoresOnlyChance(
  stepTwoScore: number,
  typical: number | null,
  minimum: number | null,
  imgShare: number | null,
  s: Settings,
): ChanceResult | null {
  if (minimum !== null && stepTwoScore < minimum) return null;
  const program = programFromFigures('formula', { minStepTwo: minimum, typicalStepTwo: typical, imgShare });
  return programChance(
    program,
    {
      applicantType: 'US IMG',
      stepTwoScore,
      failedAttempts: 0,
      yearsSinceGraduation: null,
      rotated: false,
      tie: null,
      geographicPreference: null,
    },
    s,
  );
}
