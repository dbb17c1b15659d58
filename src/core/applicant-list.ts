/**
 * One applicant's whole result: the recommended count decides how many programs are marked Apply, the
 * ranking orders and explains every program, and the plan sums it up. Shared by the Profile list, the
 * per-applicant cohort lists and the cohort summary, so they always agree.
 */
import { buildPlan } from './build-plan.ts';
import { countedRows } from './outlook.ts';
import { applicantRecommendation } from './plan.ts';
import { rankPrograms } from './rank.ts';
import { seasonProgress } from './season-progress.ts';
import type { Settings } from './settings.ts';
import type { SignalsSpent } from './signals.ts';
import type { Applicant, ApplyMixRow, Plan, Program, RankedProgram, Signal, Status } from './types.ts';

/** What a list needs besides the applicant, programs and settings. */
export interface ListOptions {
  /** Signals the applicant wrote in `Signal sent`, by program key. */
  sentSignals?: ReadonlyMap<string, Signal>;
  /** Signals written in `Signal sent` beside programs no longer listed (spent all the same). */
  sentElsewhere?: SignalsSpent;
  /** Programs columns absent from the sheet. */
  absentColumns?: ReadonlySet<keyof Program>;
  /** For an absent column, the unknown header the sheet has near it, in a sentence (added to its note). */
  unrecognisedColumns?: ReadonlyMap<keyof Program, string>;
  /** The `Status` the applicant marked for each program, by program key (the plan's season so far). */
  statuses?: ReadonlyMap<string, Status>;
}

/**
 * Ranks every program for one applicant and builds the plan.
 *
 * @param applicant - the applicant
 * @param programs - every program read from `Programs`
 * @param s - settings in force
 * @param options - signals already sent, Programs columns absent from the sheet, statuses marked
 * @returns the ranked list (each program once) and the plan
 * @example
 * makeApplicantList(applicant, programs, defaultSettings(2026)).plan.recommended // 60 for a score of 222
 */
export function makeApplicantList(
  applicant: Applicant,
  programs: readonly Program[],
  s: Settings,
  options: ListOptions = {},
): { ranked: RankedProgram[]; plan: Plan } {
  const { count } = applicantRecommendation(applicant, s);
  const ranked = rankPrograms(applicant, programs, s, {
    recommended: count,
    sentSignals: options.sentSignals,
    sentElsewhere: options.sentElsewhere,
    absentColumns: options.absentColumns,
  });
  const plan = buildPlan(applicant, ranked, s, options.absentColumns, options.unrecognisedColumns);
  plan.progress = seasonProgress(ranked, options.statuses ?? new Map());
  plan.applyMix = applyMix(ranked);
  return { ranked, plan };
}

/**
 * The programs counted in expected interviews, by category: how many, and the interviews expected from them.
 *
 * @param ranked - a ranked list
 * @returns Reach, Target and Safety, in that order
 * @example applyMix(ranked)[1] // { category: 'Target', programs: 30, expected: 4.2 }
 */
export function applyMix(ranked: readonly RankedProgram[]): ApplyMixRow[] {
  const rows: ApplyMixRow[] = (['Reach', 'Target', 'Safety'] as const).map((category) => ({
    category,
    programs: 0,
    expected: 0,
  }));
  for (const row of countedRows(ranked)) {
    const entry = rows.find((r) => r.category === row.category);
    if (!entry) continue;
    entry.programs += 1;
    entry.expected += (row.signalledChance ?? row.chance ?? 0) / 100;
  }
  return rows;
}
