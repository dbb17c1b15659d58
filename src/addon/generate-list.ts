/**
 * `generateList` (SPEC section 5): reads the inputs once, ranks, builds the list and plan in full, and only
 * then writes them over the previous output sheets (src/addon/workbook.ts), undoing every write if any fails.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import { type PlanSummary, summarizePlan } from '../core/plan-summary.ts';
import type { Issue, Program, Signal } from '../core/types.ts';
import { issueAt } from '../sheets/a1.ts';
import { withFormulas } from '../sheets/carry-over.ts';
import type { Inputs } from '../sheets/inputs.ts';
import { minimumRuleFormula } from '../sheets/minimum-rule.ts';
import { applicantListTarget, listTarget, planTarget } from '../sheets/output-marks.ts';
import { carryPlanColumns } from '../sheets/plan-carry-over.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { buildListSheet, listLayout, sentSignalIndex, sentSignalsFor } from '../sheets/write-list.ts';
import { buildPlanSheet } from '../sheets/write-plan.ts';
import type { GenerateListArgs } from './api.ts';
import { messageOf } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { applyMinimumRule } from './live-rule.ts';
import { placeOutput } from './output-sheets.ts';
import { readWorkbook } from './read-workbook.ts';
import { refuseIfMissing, requireApplicant } from './require-inputs.ts';
import { parseArgs } from './validate.ts';
import { type SheetSnapshot, writeOutputs } from './workbook.ts';

/** A previous output as carry-over reads it: values, with the formulas people typed kept as formulas. */
function previousOf(snapshot: SheetSnapshot | null): unknown[][] | null {
  return snapshot ? withFormulas(snapshot.values, snapshot.formulas) : null;
}

/** The signals the applicant wrote in the previous list's `Signal sent` column, by program key. */
function sentSignalsOf(snapshot: SheetSnapshot | null, programs: readonly Program[]): Map<string, Signal> {
  const layout = listLayout(true);
  return sentSignalsFor(sentSignalIndex(previousOf(snapshot), layout), layout, programs);
}

/** Puts the live minimum rule on Programs; a failure there is reported as an issue, never as a failed run. */
function refreshMinimumRule(
  programsSheet: GoogleAppsScript.Spreadsheet.Sheet,
  inputs: Inputs,
  issues: Issue[],
): void {
  const programs = inputs.programs;
  const formula = programs
    ? minimumRuleFormula(programs.columns, inputs.profile?.labels.get('stepTwoScore')?.text ?? null)
    : null;
  if (!programs || !formula) return;
  try {
    applyMinimumRule(programsSheet, formula, programs.width);
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
export function generateList(args?: GenerateListArgs): PlanSummary {
  return runAction('generate the list', () => {
    const { applicant: cohortName } = parseArgs('list', 'generateList', args);
    return withDocumentLock(
      () => {
        const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
        if (cohortName !== undefined) return generateCohortList(spreadsheet, cohortName);
        const { inputs, sheets } = readWorkbook(spreadsheet, ['profile', 'programs']);
        refuseIfMissing([...inputs.profile.missing, ...inputs.programs.missing]);
        const { applicant } = requireApplicant(inputs, undefined);
        const issues = [...inputs.profile.issues, ...inputs.settings.issues, ...inputs.programs.issues];
        const listOut = listTarget(applicant.name);
        const planOut = planTarget(applicant.name);
        const list = placeOutput(spreadsheet, listOut);
        const { ranked, plan } = makeApplicantList(
          applicant,
          inputs.programs.programs,
          inputs.settings.settings,
          {
            sentSignals: sentSignalsOf(list.before, inputs.programs.programs),
            absentColumns: new Set(inputs.programs.absentColumns),
          },
        );
        const planSheet = placeOutput(spreadsheet, planOut);
        writeOutputs(spreadsheet, [
          {
            name: list.name,
            before: list.before,
            output: buildListSheet(ranked, previousOf(list.before), { includeScores: true }),
            mark: listOut.mark,
            fitRows: true,
          },
          {
            name: planSheet.name,
            before: planSheet.before,
            output: carryPlanColumns(
              buildPlanSheet(plan, issues, { includeScores: true }),
              previousOf(planSheet.before),
            ),
            mark: planOut.mark,
          },
        ]);
        if (sheets.programs) refreshMinimumRule(sheets.programs, inputs, issues);
        return summarizePlan(plan, list.name, issues, {
          planSheetName: planSheet.name,
          leftAlone: [...list.leftAlone, ...planSheet.leftAlone],
        });
      },
      {
        written: 'the list was written',
        next: 'Refresh the sidebar to see it.',
      },
    );
  });
}

/** A cohort applicant's `List – NAME` (the list only; the plan is in the returned summary). */
function generateCohortList(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  cohortName: string,
): PlanSummary {
  const { inputs } = readWorkbook(spreadsheet, ['programs', 'cohort']);
  refuseIfMissing(inputs.programs.missing);
  const { applicant, issues: applicantIssues } = requireApplicant(inputs, cohortName);
  const issues = [...applicantIssues, ...inputs.settings.issues, ...inputs.programs.issues];
  const out = applicantListTarget(applicant.name);
  const target = placeOutput(spreadsheet, out);
  const { ranked, plan } = makeApplicantList(applicant, inputs.programs.programs, inputs.settings.settings, {
    sentSignals: sentSignalsOf(target.before, inputs.programs.programs),
    absentColumns: new Set(inputs.programs.absentColumns),
  });
  writeOutputs(spreadsheet, [
    {
      name: target.name,
      before: target.before,
      output: buildListSheet(ranked, previousOf(target.before), { includeScores: true }),
      mark: out.mark,
      fitRows: true,
    },
  ]);
  return summarizePlan(plan, target.name, issues, { leftAlone: target.leftAlone });
}
