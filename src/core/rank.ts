/**
 * `rankPrograms`: one applicant's whole list (SPEC section 2). Each program gets eligibility, an interview
 * Chance (`chance.ts`, eligible programs only), a category from the Chance bands, a Fit from the applicant's
 * preferences (`fit.ts`), margin, Why and Issues. Then the Apply set (`apply-set.ts`), the order — the Apply
 * set first, then the other eligible programs, each by Chance, Fit, name; then Below minimum, then Not
 * eligible, by name — and the signal suggestions (`signals.ts`), which never change any of the above.
 * Program-side text work is done once per program object and cached, so ranking a cohort stays fast.
 */
import { type ApplyCandidate, chooseApplySet } from './apply-set.ts';
import {
  type ChanceInputs,
  type ChanceStep,
  categoryFromChance,
  programChance,
  signalledChance,
} from './chance.ts';
import { applicantFacts, checkEligibility } from './eligibility.ts';
import { fitText, scoreFit } from './fit.ts';
import {
  findRotation,
  findTie,
  type PreparedEntry,
  type ProgramNames,
  prepareEntries,
  prepareProgramNames,
} from './match-names.ts';
import { descending } from './order.ts';
import type { Settings } from './settings.ts';
import { type SignalCandidate, type SignalsSpent, suggestSignals } from './signals.ts';
import type { Applicant, Category, FitFactor, Program, RankedProgram, Signal } from './types.ts';

interface PreparedProgram {
  names: ProgramNames;
  sortName: string;
  /** The fields the preparation came from, to notice a program object changed since. */
  name: string;
  id: string;
  city: string;
  state: string;
}

let preparedCache: WeakMap<Program, PreparedProgram> | null = null;

function prepared(program: Program): PreparedProgram {
  if (preparedCache === null) preparedCache = new WeakMap();
  let entry = preparedCache.get(program);
  if (
    entry === undefined ||
    entry.name !== program.name ||
    entry.id !== program.id ||
    entry.city !== program.city ||
    entry.state !== program.state
  ) {
    entry = {
      names: prepareProgramNames(program),
      sortName: `${program.name.toLowerCase()}\u0001${program.name}\u0001${program.key}`,
      name: program.name,
      id: program.id,
      city: program.city,
      state: program.state,
    };
    preparedCache.set(program, entry);
  }
  return entry;
}

/** Sort groups: Apply set 0, other eligible 1, Below minimum 2, Not eligible 3. */
const GROUP: Readonly<Record<Category, number>> = {
  Safety: 1,
  Target: 1,
  Reach: 1,
  'Below minimum': 2,
  'Not eligible': 3,
};

/** The Issues note on a program that would be a Safety by Chance but the applicant's Step 2 CK is unknown. */
export const UNKNOWN_SCORE_NOT_SAFETY = 'your Step 2 CK is unknown, so this cannot count as a Safety';
/** The Issues note on a program that would be a Safety but the applicant's failed attempts are unknown. */
export const UNKNOWN_ATTEMPTS_NOT_SAFETY =
  'your failed attempts are unknown, so this cannot count as a Safety';
/** The Issues note on a program that would be a Safety but whose typical and minimum scores are both unknown. */
export const UNKNOWN_SCORES_NOT_SAFETY =
  'typical and minimum scores unknown, so this cannot count as a Safety';

/** What `rankPrograms` needs besides the applicant, programs and settings. */
export interface RankOptions {
  /** How many programs to mark Apply. */
  recommended: number;
  /** Signals the applicant wrote in `Signal sent`, by program key. */
  sentSignals?: ReadonlyMap<string, Signal>;
  /** Signals written in `Signal sent` beside programs no longer listed: spent, so not suggested again. */
  sentElsewhere?: SignalsSpent;
  /** Programs columns absent from the sheet: no per-row "unknown" issue for them (the plan says it once). */
  absentColumns?: ReadonlySet<keyof Program>;
}

/**
 * One program's row while ranking. It is also the candidate the Apply choice and the signal choice read
 * (category, chance, fit, apply, sent, sort key, key: copies of the ranked program's), so no object per pair
 * is made for them.
 */
interface Row extends ApplyCandidate, SignalCandidate {
  ranked: RankedProgram;
  group: number;
  /** The program's place in name order (name ignoring case, then exact name, then key). */
  nameOrder: number;
  category: Category;
  chance: number | null;
  fit: number | null;
  /** The name order again, as the choices' tie-break. */
  sortKey: number;
}

function compareRows(a: Row, b: Row): number {
  return (
    a.group - b.group ||
    (b.ranked.chance ?? 0) - (a.ranked.chance ?? 0) ||
    (b.ranked.fit ?? 0) - (a.ranked.fit ?? 0) ||
    a.nameOrder - b.nameOrder
  );
}

/**
 * Sorts rows by `compareRows`: by one packed whole-number key per row when chance and fit are whole numbers
 * from 0 to 100 (always, with settings in range), else with the comparator. Same order either way.
 */
function sortRows(rows: Row[]): void {
  const n = rows.length;
  // Name order is a different place 0…n−1 for each row, so every key is distinct and holds its row: sorted
  // as plain numbers (no item place packed in, no call per item), each key's remainder by n finds the row.
  const packed = new Float64Array(n);
  const byNameOrder = new Array<Row>(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const key =
      ((row.group * 101 + descending(row.chance ?? 0)) * 101 + descending(row.fit ?? 0)) * n + row.nameOrder;
    if (!(key >= 0 && key < MAX_EXACT && Number.isInteger(key))) {
      rows.sort(compareRows);
      return;
    }
    packed[i] = key;
    byNameOrder[row.nameOrder] = row;
  }
  packed.sort();
  for (let i = 0; i < n; i++) rows[i] = byNameOrder[packed[i]! % n]!;
}

/** Whole numbers below this are exact as doubles. */
const MAX_EXACT = 2 ** 53;

/** What a program list gives every applicant alike, worked out once per list (a cohort ranks it many times). */
interface ListOrder {
  sortNames: string[];
  /** Each program's place in name order (name ignoring case, then exact name, then key). */
  order: Int32Array;
  /** True when no two programs share a non-empty key (the signal choice then need not look for repeats). */
  distinctKeys: boolean;
}

/** The list facts, kept for the list object. */
let nameOrderCache: WeakMap<readonly Program[], ListOrder> | null = null;

/** Each program's place in name order and whether keys repeat, worked out once per programs array. */
function nameOrderOf(programs: readonly Program[], preps: readonly PreparedProgram[]): ListOrder {
  if (nameOrderCache === null) nameOrderCache = new WeakMap();
  const known = nameOrderCache.get(programs);
  // The sort name holds the name and the key, so an unchanged list of sort names means unchanged facts.
  if (known !== undefined && known.sortNames.length === preps.length) {
    let same = true;
    for (let i = 0; i < preps.length; i++) {
      if (known.sortNames[i] !== preps[i]!.sortName) {
        same = false;
        break;
      }
    }
    if (same) return known;
  }
  const sortNames = preps.map((prep) => prep.sortName);
  const indexes = sortNames.map((_, i) => i);
  indexes.sort((a, b) => (sortNames[a]! < sortNames[b]! ? -1 : sortNames[a]! > sortNames[b]! ? 1 : a - b));
  const order = new Int32Array(programs.length);
  indexes.forEach((programIndex, place) => {
    order[programIndex] = place;
  });
  const keys = new Set<string>();
  let distinctKeys = true;
  for (const program of programs) {
    if (program.key === '') continue;
    if (keys.has(program.key)) distinctKeys = false;
    keys.add(program.key);
  }
  const facts = { sortNames, order, distinctKeys };
  nameOrderCache.set(programs, facts);
  return facts;
}

/**
 * The Chance part of `Why`.
 *
 * @param ranked - a row with its chance steps
 * @returns e.g. `Chance 18%: US IMG base 5% → score 6 below typical 3% → rotated here 18% (unknown: program type)`
 */
export function chanceText(ranked: Pick<RankedProgram, 'chance' | 'chanceSteps' | 'chanceUnknown'>): string {
  let text = `Chance ${ranked.chance}%: `;
  const steps = ranked.chanceSteps;
  for (let i = 0; i < steps.length; i++) {
    text += `${i === 0 ? '' : ' → '}${steps[i]!.label} ${steps[i]!.chance}%`;
  }
  if (ranked.chanceUnknown.length > 0) text += ` (unknown: ${ranked.chanceUnknown.join(', ')})`;
  return text;
}

/**
 * The signal part of `Why`: what the signal that counts makes the chance.
 *
 * @param ranked - a row
 * @returns e.g. `with your gold signal 76%`, `with the suggested silver signal 41%`, or '' when none counts
 */
export function signalText(ranked: Pick<RankedProgram, 'signal' | 'signalSent' | 'signalledChance'>): string {
  if (ranked.signalledChance === null) return '';
  if (ranked.signalSent !== '') {
    return `with your ${ranked.signalSent.toLowerCase()} signal ${ranked.signalledChance}%`;
  }
  if (ranked.signal === '') return '';
  return `with the suggested ${ranked.signal.toLowerCase()} signal ${ranked.signalledChance}%`;
}

/** `issues.join('; ')`, by concatenation (no flat copy per pair; most rows have one or two). */
function joinIssues(issues: readonly string[]): string {
  if (issues.length === 0) return '';
  let text = issues[0]!;
  for (let i = 1; i < issues.length; i++) text += `; ${issues[i]!}`;
  return text;
}

/** Builds the whole `Why` of a row. */
function whyOf(ranked: RankedProgram): string {
  if (ranked.chance === null) {
    return 'No Chance or Fit: you cannot apply here as things stand (see Issues).';
  }
  const signal = signalText(ranked);
  return `${chanceText(ranked)}.${signal === '' ? '' : ` ${signal[0]!.toUpperCase()}${signal.slice(1)}.`} ${fitText(ranked.fit ?? 0, ranked.fitFactors)}.`;
}

/**
 * Ranks every program for one applicant.
 *
 * @param applicant - the applicant
 * @param programs - every program (each appears exactly once in the result)
 * @param s - settings
 * @param options - `recommended` (how many to mark Apply), signals already sent, columns absent from Programs
 * @returns the ordered list with rank, category, chance, fit, margin, apply, signals, why and issues
 * @example
 * rankPrograms(makeApplicant(), [makeProgram()], defaultSettings(2026), { recommended: 50 })[0].rank // 1
 */
export function rankPrograms(
  applicant: Applicant,
  programs: readonly Program[],
  s: Settings,
  options: RankOptions,
): RankedProgram[] {
  const facts = applicantFacts(applicant, s);
  const rotations: PreparedEntry[] = prepareEntries(applicant.rotations);
  const ties: PreparedEntry[] = prepareEntries(applicant.ties);
  const regions = applicant.preferredRegions;
  const states = applicant.preferredStates;
  const types = applicant.preferredTypes;
  const sent = options.sentSignals;
  const absent = options.absentColumns;
  const rows: Row[] = [];
  const preps: PreparedProgram[] = new Array(programs.length);
  for (let i = 0; i < programs.length; i++) preps[i] = prepared(programs[i]!);
  const list = nameOrderOf(programs, preps);
  const nameOrder = list.order;
  // One inputs object per applicant; only the match with each program changes (programChance keeps none of it).
  const inputs: ChanceInputs = {
    applicantType: applicant.applicantType,
    stepTwoScore: facts.stepTwoScore,
    failedAttempts: facts.failedAttempts,
    failedAttemptsUnknown: facts.failedAttemptsUnknown === true,
    yearsSinceGraduation: facts.yearsSinceGraduation,
    rotated: false,
    tie: null,
    geographicPreference: applicant.geographicPreference,
  };
  for (let index = 0; index < programs.length; index++) {
    const program = programs[index]!;
    const prep = preps[index]!;
    const rotated = rotations.length > 0 && findRotation(rotations, prep.names) !== null;
    const tie = ties.length > 0 ? findTie(ties, prep.names) : null;
    let preferredPlace: string | null = null;
    if (program.state !== '' && states.includes(program.state)) preferredPlace = `state (${program.state})`;
    else if (program.region !== null && regions.includes(program.region)) {
      preferredPlace = `region (${program.region})`;
    }
    const preferredType = program.type !== null && types.includes(program.type) ? program.type : null;
    const eligibility = checkEligibility(facts, program, s, absent);
    const issues = eligibility.issues;
    let category: Category;
    let chance: number | null = null;
    let fit: number | null = null;
    let chanceSteps: ChanceStep[] | null = null;
    let chanceUnknown: string[] | null = null;
    let fitFactors: FitFactor[] | null = null;
    if (eligibility.status !== 'Eligible') category = eligibility.status;
    else {
      inputs.rotated = rotated;
      inputs.tie = tie;
      const result = programChance(program, inputs, s);
      chance = result.chance;
      chanceSteps = result.steps;
      chanceUnknown = result.unknown;
      const scored = scoreFit({ rotated, tie, preferredPlace, preferredType }, s);
      fit = scored.fit;
      fitFactors = scored.factors;
      category = categoryFromChance(chance, s);
      if (eligibility.capAtReach) category = 'Reach';
      else if (category === 'Safety' && facts.stepTwoScore === null) {
        category = 'Target';
        issues.push(UNKNOWN_SCORE_NOT_SAFETY);
      } else if (category === 'Safety' && facts.failedAttemptsUnknown) {
        category = 'Target';
        issues.push(UNKNOWN_ATTEMPTS_NOT_SAFETY);
      } else if (category === 'Safety' && result.scoresUnknown) {
        category = 'Target';
        issues.push(UNKNOWN_SCORES_NOT_SAFETY);
      }
    }
    // Made once its values are known (no empty arrays made per pair only to be replaced).
    const ranked: RankedProgram = {
      program,
      rank: 0,
      category,
      chance,
      chanceSteps: chanceSteps ?? [],
      chanceUnknown: chanceUnknown ?? [],
      fit,
      fitFactors: fitFactors ?? [],
      margin:
        facts.stepTwoScore !== null && program.minStepTwo !== null
          ? facts.stepTwoScore - program.minStepTwo
          : null,
      signal: '',
      signalSent: sent?.get(program.key) ?? '',
      signalledChance: null,
      apply: false,
      why: '',
      issues: joinIssues(issues),
    };
    rows.push({
      ranked,
      group: 0,
      nameOrder: nameOrder[index]!,
      belowPreferredMinimum: eligibility.capAtReach,
      category,
      chance,
      fit,
      sortKey: nameOrder[index]!,
      apply: false,
      sent: ranked.signalSent,
      // With no repeated key in the list, no candidate can meet a key seen earlier: left out, same choice.
      key: list.distinctKeys ? undefined : program.key,
    });
  }
  const chosen = chooseApplySet(rows, options.recommended, s);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    row.apply = chosen.apply[i]!;
    row.ranked.apply = row.apply;
    const eligible = row.chance !== null;
    row.group = eligible ? (row.apply ? 0 : 1) : GROUP[row.category];
  }
  sortRows(rows);
  const suggestions = suggestSignals(rows, s, options.sentElsewhere);
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i]!.ranked;
    item.rank = i + 1;
    item.signal = suggestions[i]!;
    const counted = item.signalSent !== '' ? item.signalSent : item.signal;
    item.signalledChance =
      item.chance !== null && counted !== '' ? signalledChance(item.chance, counted, s) : null;
    item.why = whyOf(item);
  }
  return rows.map((row) => row.ranked);
}
