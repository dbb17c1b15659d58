/**
 * "What to do next": the plan's advice as a short ordered list of actions in plain words — apply to the
 * programs marked Apply (and the PGY-1 year they need), place the signals, what stands between the applicant
 * and the target number of interviews, dual-applying, and the checklist items not met; after a program is
 * marked `Matched`, that the season is done and what is left (final statuses, Save outcomes). Built from facts the
 * plan (`Plan`) and the sidebar's summary (`PlanSummary`) both hold, so the plan sheet and the sidebar say
 * the same thing. Pure: no settings or sheets are read here.
 */
import { formatDollars } from './money.ts';
import type { ChecklistItem, Plan } from './types.ts';

/** The facts the steps are made from. */
export interface NextStepFacts {
  /** Programs marked Apply. */
  applyCount: number;
  /** Dollars for the Apply set and the PGY-1 applications together. */
  erasCostInAll: number;
  /** Preliminary or transitional-year programs to apply to for the PGY-1 year (0: none needed). */
  pgyOnePrograms: number;
  signals: { gold: readonly string[]; silver: readonly string[] };
  /** Where the signals come from. */
  signalSource: 'suggested' | 'sent' | 'both' | 'none';
  targetInterviews: number;
  /** Chance of at least the target, whole percent, and as the plan shows it (`less than 1%`). */
  chanceOfTarget: number;
  chanceOfTargetText: string;
  /** The chance the plan aims for (Settings' `Wanted chance of target %`). */
  wantedChance: number;
  shortfall: string | null;
  /** The plan's dual-apply advice (`Dual-apply: …`, `Consider dual-applying: …`, `Not needed: …`). */
  dualApply: string;
  checklist: readonly ChecklistItem[];
  /** The programs marked `Matched` in Status: the season is over, and the steps say so instead. */
  matched?: readonly string[];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The steps, most important first (at most six), each one sentence or two.
 *
 * @param facts - from the plan
 * @returns the steps in plain words
 * @example
 * nextSteps(facts)[0] // 'Apply to the 28 programs marked Yes in the Apply column of your list, …'
 */
export function nextSteps(facts: NextStepFacts): string[] {
  const matched = facts.matched ?? [];
  if (matched.length > 0) return seasonDoneSteps(matched);
  const steps: string[] = [];
  if (facts.applyCount > 0) {
    const pgy =
      facts.pgyOnePrograms > 0
        ? `, and to about ${plural(facts.pgyOnePrograms, 'preliminary or transitional-year program')} for the PGY-1 year that Advanced programs need`
        : '';
    steps.push(
      `Apply to the ${plural(facts.applyCount, 'program')} marked Yes in the Apply column of your list${pgy}. ERAS fees: about ${formatDollars(facts.erasCostInAll)}.`,
    );
  }
  const gold = facts.signals.gold.length;
  const silver = facts.signals.silver.length;
  if (facts.signalSource === 'sent') {
    steps.push('Your signals in the Signal sent column are counted in the plan.');
  } else if (gold + silver > 0) {
    const first = [facts.signals.gold[0], facts.signals.silver[0]].filter(Boolean).join(' and ');
    steps.push(
      `Place your ${plural(gold, 'gold signal')} and ${plural(silver, 'silver signal')} as the Signal column suggests (first: ${first}); a signal raises a program’s chance of inviting you more than anything else you can still change. Mark each one you send in Signal sent.`,
    );
  }
  if (facts.shortfall) steps.push(facts.shortfall);
  if (facts.chanceOfTarget < facts.wantedChance) {
    steps.push(
      `Your chance of at least ${facts.targetInterviews} interviews is ${facts.chanceOfTargetText}, under the ${facts.wantedChance}% the plan aims for: the Interviews section says what more programs would do.`,
    );
  }
  if (!/^Not needed/i.test(facts.dualApply.trim()) && facts.dualApply.trim() !== '') {
    steps.push(facts.dualApply.trim());
  }
  const missing = facts.checklist.filter((item) => item.met === false).map((item) => item.item);
  if (missing.length > 0) steps.push(`Before you apply: ${missing.join('; ')}.`);
  return steps.slice(0, 6);
}

/** After a match: the season is over, so applying, signalling and the chance of interviews no longer apply. */
function seasonDoneSteps(matched: readonly string[]): string[] {
  const steps = [
    `You matched at ${matched[0]}: the season is done. Congratulations!`,
    'Mark the final Status of your other applications (Invited, Interviewed, Rejected, Withdrawn), then use Save outcomes with "The season is over" ticked, so the lists of future applicants learn from your season.',
  ];
  if (matched.length > 1) {
    steps.push(
      `${matched.length} programs are marked Matched (${matched.join(', ')}), but a match is to one program: keep Matched on yours and change the others (to Ranked or Interviewed).`,
    );
  }
  return steps;
}

/**
 * The steps of a plan (the plan sheet and the sidebar's summary both show these).
 *
 * @param plan - the applicant's plan
 * @returns the steps
 * @example
 * planNextSteps(plan)[0] // 'Apply to the 28 programs marked Yes …'
 */
export function planNextSteps(plan: Plan): string[] {
  return nextSteps({
    applyCount: plan.applyCount,
    erasCostInAll: plan.erasCost + plan.pgyOne.erasCost,
    pgyOnePrograms: plan.pgyOne.recommended,
    signals: plan.signals,
    signalSource: plan.signalSource,
    targetInterviews: plan.interviews.target,
    chanceOfTarget: plan.interviews.chanceOfTarget,
    chanceOfTargetText: plan.interviews.chanceOfTargetText,
    wantedChance: plan.interviews.wanted,
    shortfall: plan.shortfall,
    dualApply: plan.dualApply,
    checklist: plan.checklist,
    ...(plan.progress?.matched ? { matched: plan.progress.matched } : {}),
  });
}
