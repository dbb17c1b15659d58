/**
 * The advisor's cohort sheets. `Cohort Summary` has one row per applicant (score, tier, recommended count,
 * category counts, dual-apply, ERAS cost — of the Apply set and the PGY-1 applications it needs — top
 * programs, issues). `Cohort Lists` is the long form, one row per applicant and program, with notes and
 * user columns carried over by applicant + program key. A cohort
 * is processed in batches: `mergeCohortBatch` replaces the rows of one batch's applicants in the previous
 * sheet values (in place, or appended for a new applicant) and keeps everyone else's rows as they were.
 */

import { toCents } from '../core/eras.ts';
import {
  type Applicant,
  CATEGORIES,
  type Category,
  type Issue,
  type Plan,
  type RankedProgram,
  type Tier,
} from '../core/types.ts';
import {
  assembleSheet,
  type CarryLayout,
  type Cell,
  carryCell,
  normalizeKey,
  readPrevious,
} from './carry-over.ts';
import type { HelpSettings } from './column-help.ts';
import { cohortFallbackKey, cohortRowKey, listColumnAliases } from './row-keys.ts';
import type { SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';
import {
  fittedColumns,
  LIST_COLOURS,
  LIST_NUMBER_FORMATS,
  listRowCells,
  personDropdowns,
  rowBackgrounds,
  tableFormats,
} from './write-list.ts';

/**
 * How the number columns of `Cohort Summary` are shown: expected interviews to one decimal, Chance of target
 * as a percent, ERAS cost as dollars (the counts are whole numbers, shown as they are).
 */
export const SUMMARY_NUMBER_FORMATS: Record<string, string> = {
  'Expected interviews': '0.0',
  'Chance of target': '0%',
  'ERAS cost': '$#,##0',
};

/** `Cohort Lists` freezes `Applicant`, `Rank` and `Program`; `Cohort Summary` freezes `Applicant`. */
const COHORT_LIST_FROZEN_COLUMNS = 3;

/** `Cohort Summary` columns, in order. */
export const COHORT_SUMMARY_COLUMNS = [
  'Applicant',
  'Step 2 CK',
  'Tier',
  'Recommended',
  'Eligible',
  'Reach',
  'Target',
  'Safety',
  'Below minimum',
  'Not eligible',
  'Expected interviews',
  'Chance of target',
  'At risk',
  'Dual-apply',
  'ERAS cost',
  'Top programs',
  'Issues',
] as const;

/** `Cohort Lists` columns written by the add-on, in order (user columns follow; SPEC section 3.5). */
export const COHORT_LIST_COLUMNS = [
  'Applicant',
  'Rank',
  'Program',
  'ID',
  'State',
  'Category',
  'Chance',
  'Fit',
  'Signal',
  'Signal sent',
  'Apply',
  'Status',
  'Why',
  'Issues',
  'Notes',
] as const;

/**
 * The `Cohort Lists` header written by the previous version, so an adoption rule can recognise old sheets
 * (written out in full, as the previous `Cohort Summary` header below: a record of what that version wrote).
 */
export const PREVIOUS_COHORT_LIST_COLUMNS = [
  'Applicant',
  'Rank',
  'Program',
  'ID',
  'Category',
  'Fit',
  'Apply',
  'Why',
  'Issues',
  'Notes',
] as const;

/** The `Cohort Summary` header written by the previous version. */
export const PREVIOUS_COHORT_SUMMARY_COLUMNS = [
  'Applicant',
  'Step 2 CK',
  'Tier',
  'Recommended',
  'Eligible',
  'Reach',
  'Target',
  'Safety',
  'Below minimum',
  'Not eligible',
  'Dual-apply',
  'ERAS cost',
  'Top programs',
  'Issues',
] as const;

/** How many programs `Top programs` names, and how many issues the `Issues` cell spells out. */
const TOP_PROGRAMS = 3;
const ISSUES_SHOWN = 5;

/** One applicant's row of `Cohort Summary`. */
export interface CohortSummaryRow {
  applicant: string;
  stepTwoScore: number | null;
  tier: Tier | null;
  recommended: number;
  counts: Record<Category, number>;
  /** Reach + Target + Safety. */
  eligible: number;
  /** The short form of the plan's dual-apply advice (`Dual-apply`, `Consider dual-applying`, `Not needed`). */
  dualApply: string;
  /** Dollars for the programs marked Apply, plus the PGY-1 applications Advanced programs need (each its own specialty). */
  erasCost: number;
  /** Expected interviews with signals (one decimal when shown). */
  expectedInterviews: number;
  /**
   * Chance of at least `Target interviews`, whole percent as shown: 99 where the plan says "more than 99%"
   * and 1 where it says "less than 1%", so the sheet never shows a certainty the model does not claim.
   */
  chanceOfTarget: number;
  /** Chance of the target below `At risk below %`. */
  atRisk: boolean;
  /** Best programs of the Apply set (or, with none marked, of the eligible ones), best first. */
  topPrograms: string[];
  /** `Sheet!Cell: message` for each data issue of this applicant. */
  issues: string[];
}

/** The whole percent to show: kept off 0 and 100 where the plan words it "less than 1%" / "more than 99%". */
function shownChanceOfTarget(outlook: Plan['interviews']): number {
  const percent = outlook.chanceOfTarget;
  return outlook.chanceOfTargetText === `${percent}%` ? percent : Math.min(99, Math.max(1, percent));
}

/**
 * The summary row of one applicant, from its plan and ranked list.
 *
 * @param applicant - the cohort applicant
 * @param plan - its plan (from `buildPlan`)
 * @param ranked - its ranked list
 * @param issues - data issues that concern this applicant (its Cohort row, and the Programs sheet if wanted)
 * @param atRiskBelow - the `At risk below %` setting (whole percent)
 * @returns the row
 * @example
 * summaryRowFor(applicant, plan, ranked, []).eligible // Reach + Target + Safety
 */
export function summaryRowFor(
  applicant: Applicant,
  plan: Plan,
  ranked: RankedProgram[],
  issues: Issue[],
  atRiskBelow = 50,
): CohortSummaryRow {
  const eligible = ranked.filter(
    (r) => r.category === 'Reach' || r.category === 'Target' || r.category === 'Safety',
  );
  const applying = ranked.filter((r) => r.apply);
  const top = (applying.length > 0 ? applying : eligible).slice(0, TOP_PROGRAMS).map((r) => r.program.name);
  const colon = plan.dualApply.indexOf(':');
  return {
    applicant: applicant.name,
    stepTwoScore: applicant.stepTwoScore,
    tier: plan.tier,
    recommended: plan.recommended,
    counts: plan.counts,
    eligible: plan.counts.Reach + plan.counts.Target + plan.counts.Safety,
    dualApply: colon > 0 && colon <= 40 ? plan.dualApply.slice(0, colon) : plan.dualApply,
    erasCost: toCents(plan.erasCost + plan.pgyOne.erasCost),
    expectedInterviews: plan.interviews.expected,
    chanceOfTarget: shownChanceOfTarget(plan.interviews),
    atRisk: plan.interviews.chanceOfTarget < atRiskBelow,
    topPrograms: top,
    issues: issues.map((issue) => `${issue.sheet}!${issue.cell}: ${issue.message}`),
  };
}

/**
 * Builds `Cohort Summary`: one row per applicant under a frozen header.
 *
 * @param rows - the applicants' summary rows, in cohort order
 * @param settings - the settings the header notes quote (default: the documented defaults)
 * @returns the sheet: ERAS cost as dollars, Chance of target as a percent, `Applicant` frozen, header notes
 * @example
 * buildCohortSummary([]).values // [[...COHORT_SUMMARY_COLUMNS]]
 */
export function buildCohortSummary(rows: CohortSummaryRow[], settings?: HelpSettings): SheetOutput {
  const values: Cell[][] = [[...COHORT_SUMMARY_COLUMNS]];
  for (const row of rows) {
    const more = row.issues.length - ISSUES_SHOWN;
    const issueText = row.issues.slice(0, ISSUES_SHOWN).join('; ') + (more > 0 ? `; and ${more} more` : '');
    values.push([
      asCellText(row.applicant),
      row.stepTwoScore ?? '',
      // An unknown score gives no tier and no count rather than a guess (the list still shows every program).
      row.tier ?? '',
      row.stepTwoScore === null ? '' : row.recommended,
      row.eligible,
      ...CATEGORIES.map((c) => row.counts[c]),
      Math.round(row.expectedInterviews * 10) / 10,
      row.chanceOfTarget / 100,
      row.atRisk ? 'Yes' : '',
      asCellText(row.dualApply),
      row.erasCost,
      asCellText(row.topPrograms.join('; ')),
      asCellText(issueText),
    ]);
  }
  const width = COHORT_SUMMARY_COLUMNS.length;
  return {
    values,
    backgrounds: values.map((_, i) =>
      new Array<string>(width).fill(i === 0 ? LIST_COLOURS.header : LIST_COLOURS.plain),
    ),
    frozenRows: 1,
    frozenColumns: 1,
    // `Top programs` and `Issues` share a width: one width call for the two.
    columnWidths: [180, 75, 120, 110, 65, 55, 55, 55, 80, 80, 90, 85, 60, 170, 75, 320, 320],
    // Every column but the two long texts takes its width from what it holds (one call, not fifteen).
    fitColumns: COHORT_SUMMARY_COLUMNS.flatMap((column, i) =>
      column === 'Top programs' || column === 'Issues' ? [] : [i],
    ),
    ...tableFormats(COHORT_SUMMARY_COLUMNS, SUMMARY_NUMBER_FORMATS, settings),
  };
}

/**
 * The carry-over layout of `Cohort Lists`: keyed by applicant + the one program key (ID, or name and state
 * when the ID is blank: `programKey`), as the lists are.
 */
export const COHORT_LIST_LAYOUT: CarryLayout = {
  columns: COHORT_LIST_COLUMNS,
  ownedColumns: COHORT_LIST_COLUMNS,
  notesColumn: 'Notes',
  personColumns: ['Signal sent', 'Status'],
  identityColumns: ['Applicant', 'Program', 'ID', 'State'],
  knownHeaders: [COHORT_LIST_COLUMNS, PREVIOUS_COHORT_LIST_COLUMNS],
  aliasesOf: listColumnAliases,
  keyOf: cohortRowKey,
  fallbackKeyOf: cohortFallbackKey,
};

/** One applicant's ranked list, for `Cohort Lists`. */
export interface CohortListEntry {
  applicant: string;
  ranked: RankedProgram[];
}

function entryRows(entry: CohortListEntry): { cells: Cell[]; category: Category }[] {
  // A Cohort Lists row is a list row with the applicant's name in `Applicant` (a column lists do not have).
  const cellsOf = listRowCells(COHORT_LIST_COLUMNS, true);
  const applicant = asCellText(entry.applicant);
  return entry.ranked.map((r) => {
    const cells = cellsOf(r);
    cells[0] = applicant;
    return { category: r.category, cells };
  });
}

/**
 * Merges one batch of applicants' lists into the previous `Cohort Lists` values: each batch applicant's old
 * rows are replaced where they stood (a new applicant's rows are appended); other applicants' rows are kept
 * as they were, unless `replaceOthers` (a full rebuild, or the first batch of a new run) moves their
 * notes to the kept block, from which a later batch restores them. Notes and user columns are carried over
 * by applicant + program.
 *
 * @param previous - `getValues()` of `Cohort Lists`, or null
 * @param entries - this batch's applicants and their ranked lists
 * @param options - `replaceOthers: true` drops the rows of applicants not in this batch; `settings` the header
 *   notes quote (default: the documented defaults)
 * @returns the whole new sheet
 * @example
 * mergeCohortBatch(current, [{ applicant: 'Ana Li', ranked }], { replaceOthers: false })
 */
export function mergeCohortBatch(
  previous: unknown[][] | null,
  entries: CohortListEntry[],
  options: { replaceOthers: boolean; settings?: HelpSettings },
): SheetOutput {
  const prior = readPrevious(previous, COHORT_LIST_LAYOUT);
  const batch = new Map(entries.map((e) => [normalizeKey(e.applicant), e]));
  const placed = new Set<string>();
  const body: { cells: Cell[]; category: Category }[] = [];
  const place = (name: string): void => {
    const entry = batch.get(name);
    if (entry === undefined || placed.has(name)) return;
    placed.add(name);
    body.push(...entryRows(entry));
  };
  for (const row of prior.rows) {
    if (row.kept || (row.key === '' && row.fallbackKey === '')) continue;
    const name = normalizeKey(String(row.read('Applicant') ?? ''));
    if (batch.has(name)) place(name);
    else if (!options.replaceOthers) {
      const category = String(row.read('Category') ?? '') as Category;
      body.push({ category, cells: COHORT_LIST_COLUMNS.map((c) => carryCell(row.read(c))) });
    }
  }
  for (const name of batch.keys()) place(name);
  const { values, kinds } = assembleSheet(
    COHORT_LIST_LAYOUT,
    prior,
    body.map((b) => b.cells),
  );
  const width = values[0]?.length ?? 0;
  return {
    values,
    backgrounds: rowBackgrounds(
      kinds,
      body.map((b) => b.category),
      width,
    ),
    frozenRows: 1,
    frozenColumns: COHORT_LIST_FROZEN_COLUMNS,
    columnWidths: [
      160,
      50,
      240,
      95,
      50,
      105,
      65,
      45,
      60,
      70,
      55,
      95,
      // `Why`, `Issues` and `Notes` share a width (as in a list): one width call for the three.
      360,
      360,
      360,
      ...prior.userColumns.map(() => 140),
    ],
    fitColumns: fittedColumns(COHORT_LIST_COLUMNS),
    ...tableFormats(COHORT_LIST_COLUMNS, LIST_NUMBER_FORMATS, options.settings),
    columnDropdowns: personDropdowns(COHORT_LIST_COLUMNS),
  };
}

/**
 * Builds `Cohort Lists` in one go from every applicant's list (a full rebuild).
 *
 * @param entries - every applicant's ranked list, in cohort order
 * @param previous - `getValues()` of the sheet being replaced, or null
 * @returns the sheet
 * @example
 * buildCohortLists([{ applicant: 'Ana Li', ranked }], null).values[0][0] // 'Applicant'
 */
export function buildCohortLists(entries: CohortListEntry[], previous: unknown[][] | null): SheetOutput {
  return mergeCohortBatch(previous, entries, { replaceOthers: true });
}
