/**
 * Pure view models: what the sidebar shows for a `PlanSummary` (the generated list) and a `StateResult`
 * (the data status), as plain strings and flags. The DOM code only places these; every word is decided here.
 */
import type { PlanSummary, StateResult } from '../addon/api.ts';
import type { Category, ChecklistItem, Issue } from '../core/types.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { formatCount, formatDollars, formatRecommendation } from './format.ts';
import { buildIssueListView, type IssueListView, issuesNotListed, listedAboveNote } from './issue-view.ts';

/** Categories in list order (the sidebar's own copy, so no core code is bundled). */
const CATEGORY_ORDER: readonly Category[] = ['Reach', 'Target', 'Safety', 'Below minimum', 'Not eligible'];

/** CSS tone per category; the last two use the list's row colours. */
const CATEGORY_TONE: Record<Category, string> = {
  Reach: 'reach',
  Target: 'target',
  Safety: 'safety',
  'Below minimum': 'below-minimum',
  'Not eligible': 'not-eligible',
};

export interface PgyOneView {
  /** e.g. `Programs you apply to: 12 Advanced · 30 Categorical · 3 unknown`; null when none is marked Apply. */
  tracks: string | null;
  advice: string;
  /** Said once when some Tracks are blank; null when every Track is known. */
  unknownNote: string | null;
}

export type CheckMark = 'met' | 'not-met' | 'unknown';

export interface ChecklistRow {
  item: string;
  detail: string;
  mark: CheckMark;
  /** The mark in words, so it never relies on colour alone. */
  markText: string;
  symbol: string;
}

export interface PlanView {
  heading: string;
  /** What to do next, most important first (as the plan sheet lists it). */
  nextSteps: string[];
  tier: string;
  recommendation: string;
  /** The ERAS cost in all: the Apply set, plus the PGY-1 applications when Advanced programs need them. */
  erasCost: string;
  erasNote: string;
  /** The Apply set by Track, the PGY-1 advice and, once, the note on blank Tracks. */
  pgyOne: PgyOneView;
  /** e.g. `7.4 (2.1 without signals)`. */
  interviews: string;
  /** e.g. `23%`. */
  chanceOfTarget: string;
  chanceLabel: string;
  interviewAdvice: string;
  counts: { category: Category; count: number; tone: string }[];
  dualApply: string;
  stepThree: string;
  redFlags: string[];
  checklist: ChecklistRow[];
  gold: string[];
  silver: string[];
  shortfall: string | null;
  sheetNote: string;
  /** Says which sheets of a person's own were left alone (why the list went to `NAME (2)`); null when none. */
  leftAloneNote: string | null;
  /** Which chance model the chances come from, e.g. `Chances from your outcomes (412 applications, 2022–2025).` */
  model: string;
  /** The season so far from the list's Status, or null when nothing is marked yet. */
  progress: string | null;
  /** The result's own issues: those the "Your data" panel does not already list. */
  issues: IssueListView | null;
  /** e.g. `3 data issues are listed under "Your data" above.`; null when none are. */
  issuesNote: string | null;
}

const MARKS: Record<CheckMark, { markText: string; symbol: string }> = {
  met: { markText: 'Met', symbol: '✓' },
  'not-met': { markText: 'Not met', symbol: '✗' },
  unknown: { markText: 'Unknown', symbol: '?' },
};

/**
 * Turns one checklist item into a row with its mark in words and symbol.
 *
 * @param entry - the item as the server sent it
 * @returns the row to show
 * @example
 * checklistRow({ item: '2 radiology letters', met: null, detail: '' }).markText; // → 'Unknown'
 */
export function checklistRow(entry: ChecklistItem): ChecklistRow {
  const mark: CheckMark = entry.met === true ? 'met' : entry.met === false ? 'not-met' : 'unknown';
  return { item: entry.item, detail: entry.detail, mark, ...MARKS[mark] };
}

/** The result's issues, less those the status panel lists (null `listedAbove`: list them all). */
function planIssues(summary: PlanSummary, listedAbove: readonly Issue[] | null) {
  if (listedAbove === null) {
    return { issues: buildIssueListView(summary.issues, summary.issueCount), issuesNote: null };
  }
  const own = issuesNotListed(summary.issues, listedAbove);
  const elsewhere = Math.max(summary.issueCount, summary.issues.length) - own.length;
  return { issues: buildIssueListView(own, own.length), issuesNote: listedAboveNote(elsewhere) };
}

/** The ERAS cost in all and what it covers; the PGY-1 applications are a specialty of their own. */
function erasView(summary: PlanSummary): { erasCost: string; erasNote: string } {
  const apply = `the ${formatCount(summary.applyCount, 'program')} marked Apply`;
  const pgyOne = summary.pgyOne;
  if (pgyOne.recommended === 0) {
    return { erasCost: formatDollars(summary.erasCost), erasNote: `ERAS fees for ${apply}` };
  }
  return {
    erasCost: formatDollars(summary.erasCost + pgyOne.erasCost),
    erasNote:
      `ERAS fees for ${apply} (${formatDollars(summary.erasCost)}) and ${formatCount(pgyOne.recommended, 'PGY-1 program')} ` +
      `(${formatDollars(pgyOne.erasCost)}), each priced as its own specialty`,
  };
}

/** The PGY-1 year: the Apply set by Track (kinds with none left out), the advice and the blank-Track note. */
function pgyOneView(pgyOne: PlanSummary['pgyOne']): PgyOneView {
  const tracks = [
    [pgyOne.advanced, 'Advanced'],
    [pgyOne.categorical, 'Categorical'],
    [pgyOne.both, 'both tracks'],
    [pgyOne.unknown, 'unknown'],
  ] as const;
  const shown = tracks.filter(([count]) => count > 0).map(([count, kind]) => `${count} ${kind}`);
  return {
    tracks: shown.length > 0 ? `Programs you apply to: ${shown.join(' · ')}` : null,
    advice: pgyOne.advice,
    unknownNote: pgyOne.unknownNote,
  };
}

/**
 * Builds everything the result panel shows for a generated list.
 *
 * @param summary - what `generateList` returned
 * @param listedAbove - the issues the "Your data" panel lists now (they are not repeated), or null to
 *   list all of the result's issues
 * @returns the view model
 * @example
 * buildPlanView(summary, state.issues).erasCost; // → '$797'
 */
export function buildPlanView(summary: PlanSummary, listedAbove: readonly Issue[] | null = null): PlanView {
  return {
    heading: summary.applicant ? `List for ${summary.applicant}` : 'Your list',
    nextSteps: summary.nextSteps ?? [],
    tier: summary.tier ?? `Unknown (${summary.tierUnknownBecause ?? 'no readable Step 2 CK score'})`,
    recommendation: formatRecommendation(summary.recommended, summary.range),
    ...erasView(summary),
    pgyOne: pgyOneView(summary.pgyOne),
    interviews: `${summary.expectedInterviews.toFixed(1)} (${summary.expectedWithoutSignals.toFixed(1)} without signals)`,
    chanceOfTarget: summary.chanceOfTargetText,
    chanceLabel: `Chance of ${summary.targetInterviews}+`,
    interviewAdvice: summary.interviewAdvice,
    counts: CATEGORY_ORDER.map((category) => ({
      category,
      count: summary.counts[category] ?? 0,
      tone: CATEGORY_TONE[category],
    })),
    dualApply: summary.dualApply,
    stepThree: summary.stepThree,
    redFlags: summary.redFlags ?? [],
    checklist: summary.checklist.map(checklistRow),
    gold: summary.signals.gold,
    silver: summary.signals.silver,
    shortfall: summary.shortfall,
    // The plan's sheet is named only when it is not the usual one (a person's own sheet had that name).
    sheetNote:
      summary.planSheetName && summary.planSheetName !== SHEETS.plan
        ? `Written to the "${summary.sheetName}" and "${summary.planSheetName}" sheets.`
        : `Written to the "${summary.sheetName}" sheet.`,
    leftAloneNote: leftAloneNote(summary.leftAlone ?? []),
    model: `${summary.model.charAt(0).toUpperCase()}${summary.model.slice(1)}.`,
    progress: summary.progress ? summary.progress.text : null,
    ...planIssues(summary, listedAbove),
  };
}

/**
 * The line saying which of a person's own sheets RadList left alone (and so wrote to `NAME (2)` instead).
 *
 * @param names - the sheets left alone
 * @returns the line, or null when there are none
 * @example
 * leftAloneNote(['Application List']);
 * // → 'A sheet named "Application List" that RadList did not make was left as it is.'
 */
export function leftAloneNote(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const quoted = names.map((name) => `"${name}"`);
  return names.length === 1
    ? `A sheet named ${quoted[0]} that RadList did not make was left as it is.`
    : `Sheets named ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)} that RadList did not make were left as they are.`;
}

export interface StatusView {
  sheets: { name: string; present: boolean; label: string }[];
  applicant: string;
  programs: string;
  cohort: string | null;
  missing: string[];
  /** Offer "Set up sheets" when a sheet is absent or something is missing. */
  offerSetup: boolean;
  issues: IssueListView | null;
}

/**
 * Builds the data-status panel from `getState`.
 *
 * @param state - what `getState` returned
 * @returns the view model
 * @example
 * buildStatusView(state).programs; // → '42 programs'
 */
export function buildStatusView(state: StateResult): StatusView {
  const sheets = (
    [
      [SHEETS.profile, state.sheets.profile],
      [SHEETS.programs, state.sheets.programs],
      [SHEETS.cohort, state.sheets.cohort],
      [SHEETS.settings, state.sheets.settings],
    ] as const
  ).map(([name, present]) => ({ name, present, label: `${name}: ${present ? 'found' : 'missing'}` }));
  return {
    sheets,
    applicant: describeApplicant(state.applicant),
    programs: formatCount(state.programCount, 'program'),
    cohort: state.cohort.length > 0 ? formatCount(state.cohort.length, 'cohort applicant') : null,
    missing: state.missing,
    // Set up sheets only creates missing sheets; it cannot fill an empty one, so it is offered only then.
    offerSetup: sheets.some((sheet) => !sheet.present),
    issues: buildIssueListView(state.issues, state.issueCount),
  };
}

function describeApplicant(applicant: StateResult['applicant']): string {
  if (!applicant) return 'No applicant found in the Profile sheet.';
  const name = applicant.name || 'Unnamed applicant';
  const score = applicant.stepTwoScore === null ? 'Step 2 CK unknown' : `Step 2 CK ${applicant.stepTwoScore}`;
  const tier = applicant.tier ?? 'tier unknown';
  return `${name} · ${score} · ${tier}`;
}

/**
 * What a shown result was made from: the applicant's figures, the programs, the data issues and the settings.
 * When a later state differs, the result is out of date and the sidebar says so.
 *
 * @param state - what `getState` returned
 * @returns a string that changes when any of those changes
 * @example
 * dataFingerprint(before) === dataFingerprint(after) // false once the Profile's Step 2 CK changed
 */
export function dataFingerprint(state: StateResult): string {
  return JSON.stringify([
    state.applicant,
    state.programCount,
    state.issueCount,
    state.settings.map((s) => s.value),
  ]);
}
