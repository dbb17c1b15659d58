/**
 * `generateList` (SPEC section 5): reads the inputs once, ranks, builds the list and plan in full, and only
 * then writes them, swapping new sheets in for the old ones so a failure part-way changes nothing.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import type { Applicant, Issue, Plan } from '../core/types.ts';
import { listSheetName } from '../sheets/sheet-names.ts';
import { buildListSheet } from '../sheets/write-list.ts';
import { buildPlanSheet } from '../sheets/write-plan.ts';
import type { PlanSummary } from './api.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { readCohortInput, readProfileInput, readProgramInputs, refuseIfMissing } from './inputs.ts';
import { applyMinimumRule, minimumRuleFormula } from './live-rule.ts';
import { parseArgs, UserError } from './validate.ts';
import { type PendingOutput, readSheetWithHandle, replaceSheets, SHEETS } from './workbook.ts';

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

function findCohortApplicant(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string) {
  const cohort = readCohortInput(spreadsheet);
  refuseIfMissing(cohort.missing);
  const wanted = name.trim().toLowerCase();
  const found = cohort.applicants.find((entry) => entry.applicant.name.trim().toLowerCase() === wanted);
  if (!found) throw new UserError(`There is no applicant named "${name}" in the Cohort sheet.`);
  const own = cohort.issues.filter((issue) => issue.cell.replace(/^[A-Z]+/, '') === String(found.row));
  return { applicant: found.applicant, issues: own };
}

/**
 * Writes the Profile applicant's `Application List` and `Application Plan`, or with `applicant` a cohort
 * applicant's `List – NAME`.
 *
 * @param args - `{ applicant?: string }`
 * @returns the plan summary the sidebar shows
 */
export function generateList(args?: unknown): PlanSummary {
  const { applicant: cohortName } = parseArgs('list', 'generateList', args);
  return runAction('generate the list', () =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const inputs = readProgramInputs(spreadsheet);
      let applicant: Applicant | null;
      let applicantIssues: Issue[];
      let profileValues: unknown[][] | null = null;
      if (cohortName === undefined) {
        const profile = readProfileInput(spreadsheet);
        refuseIfMissing([...profile.missing, ...inputs.missing]);
        applicant = profile.applicant;
        applicantIssues = profile.issues;
        profileValues = profile.values;
      } else {
        refuseIfMissing(inputs.missing);
        ({ applicant, issues: applicantIssues } = findCohortApplicant(spreadsheet, cohortName));
      }
      if (!applicant) throw new UserError('No applicant was found. Fill in the Profile sheet first.');
      const issues = [...applicantIssues, ...inputs.issues];
      const { ranked, plan } = makeApplicantList(applicant, inputs.programs, inputs.settings);

      const outputs: PendingOutput[] = [];
      let sheetName: string;
      if (cohortName === undefined) {
        sheetName = SHEETS.list;
        const list = readSheetWithHandle(spreadsheet, SHEETS.list);
        outputs.push({
          name: SHEETS.list,
          existing: list.sheet,
          output: buildListSheet(ranked, list.values, { includeScores: true }),
        });
        outputs.push({
          name: SHEETS.plan,
          existing: spreadsheet.getSheetByName(SHEETS.plan),
          output: buildPlanSheet(plan, issues, { includeScores: true }),
        });
      } else {
        const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
        const wanted = listSheetName(
          applicant.name,
          names.filter((n) => !isListOf(n, applicant!.name)),
        );
        sheetName = wanted;
        const list = readSheetWithHandle(spreadsheet, wanted);
        outputs.push({
          name: wanted,
          existing: list.sheet,
          output: buildListSheet(ranked, list.values, { includeScores: true }),
        });
      }

      if (cohortName === undefined && inputs.programsSheet && inputs.programValues && profileValues) {
        const formula = minimumRuleFormula(
          inputs.programValues[0] ?? [],
          profileValues.map((row) => row[0]),
        );
        if (formula) applyMinimumRule(inputs.programsSheet, formula, inputs.programValues[0]?.length ?? 1);
      }
      replaceSheets(spreadsheet, outputs);
      return planSummary(plan, sheetName, issues);
    }),
  );
}

/** True when a sheet name is the list sheet `listSheetName` gives this applicant with no collision. */
function isListOf(sheetName: string, applicantName: string): boolean {
  return sheetName === listSheetName(applicantName, []);
}
