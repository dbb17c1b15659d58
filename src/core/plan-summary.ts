/**
 * What the sidebar shows after a list is made: the plan's figures and advice, the sheet the list went to,
 * and the first data issues. Plain JSON (it crosses `google.script.run`).
 */
import { planNextSteps } from './next-steps.ts';
import type { Category, ChecklistItem, Issue, PgyOneYear, Plan, SeasonProgress, Tier } from './types.ts';

/** The most issues one reply carries; `issueCount` tells how many there are in all. */
export const ISSUES_SENT = 200;

export interface PlanSummary {
  applicant: string;
  tier: Tier | null;
  /** Why the tier is unknown, in a few words (`no readable Step 2 CK score`, `USMLE attempts unknown`); absent when known. */
  tierUnknownBecause?: string;
  recommended: number;
  /** e.g. `60–80`. */
  range: string;
  counts: Record<Category, number>;
  /** Dollars for the programs marked Apply (Diagnostic Radiology only). */
  erasCost: number;
  applyCount: number;
  /** The sheet the list was written to. */
  sheetName: string;
  /** The sheet the plan was written to (null when only a list was written). */
  planSheetName: string | null;
  /**
   * Sheets named like these outputs that RadList did not make: left as they were, which is why the outputs
   * went to `NAME (2)`.
   */
  leftAlone: string[];
  dualApply: string;
  stepThree: string;
  /** Things to be ready to explain, e.g. `1 failed USMLE attempt`. */
  redFlags: string[];
  checklist: ChecklistItem[];
  signals: { gold: string[]; silver: string[] };
  /** Set when fewer eligible programs exist than recommended: what to widen. */
  shortfall: string | null;
  /** Expected interviews from the Apply set with signals, one decimal. */
  expectedInterviews: number;
  /** The same without signals, one decimal. */
  expectedWithoutSignals: number;
  /** `Target interviews` in force. */
  targetInterviews: number;
  /** Chance (whole percent) of at least `targetInterviews`. */
  chanceOfTarget: number;
  /** The same as the plan shows it (`23%`, `less than 1%`). */
  chanceOfTargetText: string;
  /** The plan's plain-words interview outlook (what the figures mean and what to do). */
  interviewAdvice: string;
  /** Advanced and Categorical programs in the Apply set, and the PGY-1 applications (and fees) they need. */
  pgyOne: PgyOneYear;
  /** Which chance model is in force, as the plan says it (`chances from your outcomes (…)` or `… documented defaults`). */
  model: string;
  /** The season so far from the list's `Status` column, or null when nothing is marked yet. */
  progress: SeasonProgress | null;
  /** What to do next, as the plan sheet lists it (`planNextSteps`). */
  nextSteps: string[];
  /** At most 200 issues; `issueCount` is the full number. */
  issues: Issue[];
  issueCount: number;
}

/**
 * The first issues a reply carries, and how many there are.
 *
 * @param issues - every issue
 * @returns at most `ISSUES_SENT` issues and the full count
 * @example
 * firstIssues(new Array(250).fill(issue)).issueCount // 250
 */
export function firstIssues(issues: readonly Issue[]): { issues: Issue[]; issueCount: number } {
  return { issues: issues.slice(0, ISSUES_SENT), issueCount: issues.length };
}

/**
 * The plan's notes on whole `Programs` columns (`Your Programs sheet has no minimum-score column, …`) as data
 * issues on the sheet's header row, so the sidebar lists them with the others (SPEC: said "in the plan and the
 * data issues").
 *
 * @param notes - the plan's `dataNotes`
 * @returns one issue a note, on `Programs` A1
 * @example
 * dataNoteIssues(['Your Programs sheet has no Type column, …'])[0]?.cell // 'A1'
 */
export function dataNoteIssues(notes: readonly string[]): Issue[] {
  return notes.map((message) => ({ sheet: 'Programs', row: 1, column: 1, cell: 'A1', message }));
}

/** Why a plan's tier is unknown, in a few words. */
function tierUnknownBecause(plan: Plan): string {
  const reasons = [
    plan.stepTwoScore === null ? 'no readable Step 2 CK score' : '',
    plan.failedAttemptsUnknown ? 'USMLE attempts unknown' : '',
  ].filter((reason) => reason !== '');
  return reasons.length > 0 ? reasons.join('; ') : 'no readable Step 2 CK score';
}

/**
 * The summary the sidebar shows, from the plan and the sheet written.
 *
 * @param plan - the applicant's plan
 * @param sheetName - where the list was written
 * @param issues - the data issues of this run (the plan's notes on whole columns come first, `dataNoteIssues`)
 * @param where - the plan's sheet, the sheets passed over because a person made them, and which chance model
 *   is in force in the plan's words (default the documented defaults)
 * @returns the summary
 * @example
 * summarizePlan(plan, 'Application List', []).sheetName // 'Application List'
 */
export function summarizePlan(
  plan: Plan,
  sheetName: string,
  issues: readonly Issue[],
  where: { planSheetName?: string | null; leftAlone?: readonly string[]; model?: string } = {},
): PlanSummary {
  return {
    applicant: plan.applicant,
    tier: plan.tier,
    ...(plan.tier === null ? { tierUnknownBecause: tierUnknownBecause(plan) } : {}),
    recommended: plan.recommended,
    range: plan.range,
    counts: plan.counts,
    erasCost: plan.erasCost,
    applyCount: plan.applyCount,
    sheetName,
    planSheetName: where.planSheetName ?? null,
    leftAlone: [...(where.leftAlone ?? [])],
    dualApply: plan.dualApply,
    stepThree: plan.stepThree,
    redFlags: plan.redFlags,
    checklist: plan.checklist,
    signals: plan.signals,
    shortfall: plan.shortfall,
    expectedInterviews: Math.round(plan.interviews.expected * 10) / 10,
    expectedWithoutSignals: Math.round(plan.interviews.expectedWithoutSignals * 10) / 10,
    targetInterviews: plan.interviews.target,
    chanceOfTarget: plan.interviews.chanceOfTarget,
    chanceOfTargetText: plan.interviews.chanceOfTargetText,
    interviewAdvice: plan.interviews.advice,
    pgyOne: plan.pgyOne,
    model: where.model ?? 'chances from the documented defaults',
    progress: plan.progress ?? null,
    nextSteps: planNextSteps(plan),
    ...firstIssues([...dataNoteIssues(plan.dataNotes), ...issues]),
  };
}
