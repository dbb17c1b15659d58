/**
 * `rankPrograms`: one applicant's whole list (SPEC section 2). Each program gets eligibility, fit, category,
 * margin, Why and Issues. A program is a Safety only when the applicant's Step 2 CK is known: otherwise it is
 * at most a Target, and its Issues say why. The list is ordered (eligible by fit, then Below minimum, then Not
 * eligible; ties by program name, then key), numbered 1..n, and given its Apply set and signal suggestions.
 * Program-side text work is done once per program object and cached, so ranking a cohort stays fast.
 */
import { chooseApplySet } from './apply-set.ts';
import { applicantFacts, checkEligibility } from './eligibility.ts';
import { categoryFromFit, scoreFit } from './fit.ts';
import {
  findRotation,
  findTie,
  type PreparedEntry,
  type ProgramNames,
  prepareEntries,
  prepareProgramNames,
} from './match-names.ts';
import type { Settings } from './settings.ts';
import { assignSignals } from './signals.ts';
import type { Applicant, Category, Program, RankedProgram } from './types.ts';

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
      sortName: program.name.toLowerCase(),
      name: program.name,
      id: program.id,
      city: program.city,
      state: program.state,
    };
    preparedCache.set(program, entry);
  }
  return entry;
}

const GROUP: Readonly<Record<Category, number>> = {
  Safety: 0,
  Target: 0,
  Reach: 0,
  'Below minimum': 1,
  'Not eligible': 2,
};

/** The Issues note on a program that would be a Safety by fit but the applicant's Step 2 CK is unknown. */
export const UNKNOWN_SCORE_NOT_SAFETY = 'your Step 2 CK is unknown, so this cannot count as a Safety';

interface Row {
  ranked: RankedProgram;
  group: number;
  sortName: string;
  connected: boolean;
  belowPreferredMinimum: boolean;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRows(a: Row, b: Row): number {
  return (
    a.group - b.group ||
    b.ranked.fit - a.ranked.fit ||
    compareText(a.sortName, b.sortName) ||
    compareText(a.ranked.program.name, b.ranked.program.name) ||
    compareText(a.ranked.program.key, b.ranked.program.key)
  );
}

/**
 * Ranks every program for one applicant.
 *
 * @param applicant - the applicant
 * @param programs - every program (each appears exactly once in the result)
 * @param s - settings
 * @param options - `recommended`: how many programs to mark Apply
 * @returns the ordered list with rank, category, fit, margin, apply, signal, factors, why and issues
 * @example
 * rankPrograms(makeApplicant(), [makeProgram()], defaultSettings(2026), { recommended: 50 })[0].rank // 1
 */
export function rankPrograms(
  applicant: Applicant,
  programs: readonly Program[],
  s: Settings,
  options: { recommended: number },
): RankedProgram[] {
  const facts = applicantFacts(applicant, s);
  const rotations: PreparedEntry[] = prepareEntries(applicant.rotations);
  const ties: PreparedEntry[] = prepareEntries(applicant.ties);
  const regions = applicant.preferredRegions;
  const states = applicant.preferredStates;
  const types = applicant.preferredTypes;
  const rows: Row[] = [];
  for (const program of programs) {
    const prep = prepared(program);
    const rotated = rotations.length > 0 && findRotation(rotations, prep.names) !== null;
    const tie = ties.length > 0 ? findTie(ties, prep.names) : null;
    let preferredPlace: string | null = null;
    if (program.state !== '' && states.includes(program.state)) preferredPlace = program.state;
    else if (program.region !== null && regions.includes(program.region)) preferredPlace = program.region;
    const preferredType = program.type !== null && types.includes(program.type);
    const eligibility = checkEligibility(facts, program, s);
    const fit = scoreFit(
      program,
      { stepTwoScore: facts.stepTwoScore, isImg: facts.isImg, rotated, tie, preferredPlace, preferredType },
      s,
    );
    let category: Category;
    const issues = eligibility.issues;
    if (eligibility.status !== 'Eligible') category = eligibility.status;
    else {
      category = categoryFromFit(fit.fit, s);
      if (eligibility.capAtReach) category = 'Reach';
      else if (category === 'Safety' && facts.stepTwoScore === null) {
        category = 'Target';
        issues.push(UNKNOWN_SCORE_NOT_SAFETY);
      }
    }
    const margin =
      facts.stepTwoScore !== null && program.minStepTwo !== null
        ? facts.stepTwoScore - program.minStepTwo
        : null;
    rows.push({
      ranked: {
        program,
        rank: 0,
        category,
        fit: fit.fit,
        margin,
        signal: '',
        apply: false,
        factors: fit.factors,
        why: fit.why,
        issues: issues.join('; '),
      },
      group: GROUP[category],
      sortName: prep.sortName,
      connected: rotated || tie !== null,
      belowPreferredMinimum: eligibility.capAtReach,
    });
  }
  rows.sort(compareRows);
  const ranked = rows.map((row) => row.ranked);
  const apply = chooseApplySet(ranked, options.recommended, s);
  const signals = assignSignals(
    rows.map((row, i) => ({
      category: row.ranked.category,
      fit: row.ranked.fit,
      apply: apply[i]!,
      connected: row.connected,
      imgShare: row.ranked.program.imgShare,
      takesImgs: row.ranked.program.takesImgs,
      belowPreferredMinimum: row.belowPreferredMinimum,
    })),
    facts.isImg,
    s,
  );
  for (let i = 0; i < ranked.length; i++) {
    const item = ranked[i]!;
    item.rank = i + 1;
    item.apply = apply[i]!;
    item.signal = signals[i]!;
  }
  return ranked;
}
