/**
 * `generateList` (SPEC section 5): reads the inputs once, ranks, builds the list and plan in full, and only
 * then writes them, swapping new sheets in for the old ones so a failure part-way changes nothing.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import type { Issue, Plan } from '../core/types.ts';
import { issueAt } from '../sheets/a1.ts';
import { withFormulas } from '../sheets/carry-over.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { buildListSheet } from '../sheets/write-list.ts';
import { buildPlanSheet } from '../sheets/write-plan.ts';
import type { PlanSummary } from './api.ts';
import { failures, messageOf } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { findApplicant, readProfileInput, readProgramInputs, refuseIfMissing } from './inputs.ts';
import { findListSheet, listMark } from './list-sheet.ts';
import { applyMinimumRule, minimumRuleFormula } from './live-rule.ts';
import { parseArgs } from './validate.ts';
import { type SheetSnapshot, snapshotOf, snapshotSheet, writeOutputs } from './workbook.ts';

/** The sidebar shows at most this many issues; `issueCount` tells the rest. */
export const ISSUES_SHOWN = 200;

/** The summary the sidebar shows, from the plan and the sheet written. */
export function planSummary(plan: Plan, sheetName: string, issues: Issue[]): PlanSummary {
  return {
    applicant: plan.applicant,
    tier: plan.tier,
    recommended: plan.recommended,
    range: plan.range,
    counts: plan.counts,
    erasCost: plan.erasCost,
    applyCount: plan.applyCount,
    sheetName,
    dualApply: plan.dualApply,
    stepThree: plan.stepThree,
    redFlags: plan.redFlags,
    checklist: plan.checklist,
    signals: plan.signals,
    shortfall: plan.shortfall,
    issues: issues.slice(0, ISSUES_SHOWN),
    issueCount: issues.length,
  };
}

/** A previous output as carry-over reads it: values, with the formulas people typed kept as formulas. */
function previousOf(snapshot: SheetSnapshot | null): unknown[][] | null {
  return snapshot ? withFormulas(snapshot.values, snapshot.formulas) : null;
}

/** Puts the live minimum rule on Programs; a failure there is reported as an issue, never as a failed run. */
function refreshMinimumRule(
  programsSheet: GoogleAppsScript.Spreadsheet.Sheet,
  programValues: unknown[][],
  profileValues: unknown[][],
  issues: Issue[],
): void {
  const header = programValues[0] ?? [];
  const formula = minimumRuleFormula(
    header,
    profileValues.map((row) => row[0]),
  );
  if (!formula) return;
  try {
    applyMinimumRule(programsSheet, formula, header.length);
  } catch (error) {
    issues.push(
      issueAt(
        SHEETS.programs,
        1,
        1,
        `The live highlight of programs above your minimum could not be updated (${messageOf(error)}). Your list was written.`,
      ),
    );
  }
}

/**
 * Writes the Profile applicant's `Application List` and `Application Plan`, or with `applicant` a cohort
 * applicant's `List – NAME`.
 *
 * @param args - `{ applicant?: string }`
 * @returns the plan summary the sidebar shows
 */
export function generateList(args?: unknown): PlanSummary {
  return runAction('generate the list', () => {
    const { applicant: cohortName } = parseArgs('list', 'generateList', args);
    return withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const inputs = readProgramInputs(spreadsheet);
      if (cohortName !== undefined) return generateCohortList(spreadsheet, inputs, cohortName);
      const profile = readProfileInput(spreadsheet);
      refuseIfMissing([...profile.missing, ...inputs.missing]);
      if (!profile.applicant) throw failures.noApplicant();
      const issues = [...profile.issues, ...inputs.issues];
      const { ranked, plan } = makeApplicantList(profile.applicant, inputs.programs, inputs.settings);
      const list = snapshotSheet(spreadsheet, SHEETS.list);
      const planSheet = snapshotSheet(spreadsheet, SHEETS.plan);
      writeOutputs(spreadsheet, [
        {
          name: SHEETS.list,
          before: list,
          output: buildListSheet(ranked, previousOf(list), { includeScores: true }),
        },
        {
          name: SHEETS.plan,
          before: planSheet,
          output: buildPlanSheet(plan, issues, { includeScores: true }),
        },
      ]);
      if (inputs.programsSheet && inputs.programValues && profile.values) {
        refreshMinimumRule(inputs.programsSheet, inputs.programValues, profile.values, issues);
      }
      return planSummary(plan, SHEETS.list, issues);
    });
  });
}

/** A cohort applicant's `List – NAME` (the list only; the plan is in the returned summary). */
function generateCohortList(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  inputs: ReturnType<typeof readProgramInputs>,
  cohortName: string,
): PlanSummary {
  refuseIfMissing(inputs.missing);
  const { applicant, issues: applicantIssues } = findApplicant(spreadsheet, cohortName);
  const issues = [...applicantIssues, ...inputs.issues];
  const { ranked, plan } = makeApplicantList(applicant, inputs.programs, inputs.settings);
  const target = findListSheet(spreadsheet, applicant.name);
  const before = target.sheet ? snapshotOf(target.sheet) : null;
  writeOutputs(spreadsheet, [
    {
      name: target.name,
      before,
      output: buildListSheet(ranked, previousOf(before), { includeScores: true }),
      mark: listMark(applicant.name),
    },
  ]);
  return planSummary(plan, target.name, issues);
}
