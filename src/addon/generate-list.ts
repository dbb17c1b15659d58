/**
 * `generateList` (SPEC section 5): reads the inputs once, ranks, builds the list and plan in full, and only
 * then writes them over the previous output sheets (src/addon/workbook.ts), undoing every write if any fails.
 */
import { makeApplicantList } from '../core/applicant-list.ts';
import type { ModelFit } from '../core/chance-fit.ts';
import { type PlanSummary, summarizePlan } from '../core/plan-summary.ts';
import type { Settings } from '../core/settings.ts';
import type { Issue, Program } from '../core/types.ts';
import { issueAt } from '../sheets/a1.ts';
import { withFormulas } from '../sheets/carry-over.ts';
import type { Inputs } from '../sheets/inputs.ts';
import { type ApplicantMarks, markIssues, marksFor, readListMarks } from '../sheets/list-statuses.ts';
import { minimumRuleFormula } from '../sheets/minimum-rule.ts';
import { modelFromOutcomes } from '../sheets/outcome-model.ts';
import { applicantListTarget, listTarget, planTarget } from '../sheets/output-marks.ts';
import { carryPlanColumns } from '../sheets/plan-carry-over.ts';
import { unrecognisedColumns } from '../sheets/read-programs.ts';
import { readMark, tagMark } from '../sheets/sheet-layout.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { buildListSheet, listLayout } from '../sheets/write-list.ts';
import { buildPlanSheet, DEFAULTS_MODEL, type PlanModel } from '../sheets/write-plan.ts';
import type { GenerateListArgs } from './api.ts';
import { messageOf } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { applyMinimumRule } from './live-rule.ts';
import { modelOutput } from './model-sheet.ts';
import { placeOutput } from './output-sheets.ts';
import { readWorkbook } from './read-workbook.ts';
import { refuseIfMissing, requireApplicant } from './require-inputs.ts';
import { placePlanChart, planChartTag } from './season-charts.ts';
import { parseArgs } from './validate.ts';
import { type PendingOutput, type SheetSnapshot, type WrittenSheet, writeOutputs } from './workbook.ts';

/** A previous output as carry-over reads it: values, with the formulas people typed kept as formulas. */
function previousOf(snapshot: SheetSnapshot | null): unknown[][] | null {
  return snapshot ? withFormulas(snapshot.values, snapshot.formulas) : null;
}

/** The signals sent and statuses the applicant marked in the previous list, by program key. */
function marksOf(snapshot: SheetSnapshot | null, programs: readonly Program[]): ApplicantMarks {
  return marksFor(readListMarks(previousOf(snapshot), listLayout(true)), programs);
}

/** What the applicant marked in the list as it will be written, checked (`markIssues`). */
function checkMarks(values: unknown[][], sheet: string, s: Settings): Issue[] {
  return markIssues(values, listLayout(true), {
    sheet,
    firstRow: 1,
    allowed: { gold: s.goldSignals, silver: s.silverSignals },
  });
}

/** What the plan says about the chance model in force. */
export function planModelOf(fit: ModelFit, hasOutcomes: boolean): PlanModel {
  if (fit.fitted) {
    return {
      summary: fit.summary,
      details:
        'fitted to your Outcomes sheet; each value, the held-out scores and the calibration are in the Model sheet',
    };
  }
  return hasOutcomes
    ? { summary: fit.summary, details: `${DEFAULTS_MODEL.details}. ${fit.reason}` }
    : DEFAULTS_MODEL;
}

/** Whether the run found an `Outcomes` sheet. */
function hasOutcomesSheet(inputs: Inputs): boolean {
  return inputs.outcomes !== null && !inputs.outcomes.missing.some((m) => m.kind === 'missing-sheet');
}

/**
 * The plan's chart, set once like a layout: drawn on a plan sheet RadList has just made, and again only when
 * the plan's mark records other rows than it now has (the rows moved), so a regeneration makes no call for it.
 * A failure there is an issue, never a failed run (the list and plan are written); the mark then loses its
 * chart tag so the next run draws the chart again.
 */
function refreshPlanChart(
  written: WrittenSheet,
  before: SheetSnapshot | null,
  values: unknown[][],
  issues: Issue[],
): void {
  const tag = readMark(written.note).tags.chart;
  if (!written.made && before && readMark(before.note).tags.chart === tag) return;
  try {
    placePlanChart(written.sheet, values, written.made);
  } catch (error) {
    issues.push(
      issueAt(
        SHEETS.plan,
        1,
        1,
        `The plan's chart could not be drawn (${messageOf(error)}). Your list and plan were written.`,
      ),
    );
    try {
      written.sheet.getRange(1, 1).setNote(tagMark(written.note, { chart: '' }));
    } catch {
      // The issue above says the chart is missing; the next run whose rows move draws it.
    }
  }
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
        const { inputs, sheets } = readWorkbook(spreadsheet, ['profile', 'programs', 'outcomes']);
        refuseIfMissing([...inputs.profile.missing, ...inputs.programs.missing]);
        const { applicant } = requireApplicant(inputs, undefined);
        const issues = [...inputs.profile.issues, ...inputs.settings.issues, ...inputs.programs.issues];
        const listOut = listTarget(applicant.name);
        const planOut = planTarget(applicant.name);
        const list = placeOutput(spreadsheet, listOut);
        const fit = modelFromOutcomes(inputs.outcomes, inputs.settings.settings);
        const { ranked, plan } = makeApplicantList(applicant, inputs.programs.programs, fit.settings, {
          ...marksOf(list.before, inputs.programs.programs),
          absentColumns: new Set(inputs.programs.absentColumns),
          unrecognisedColumns: unrecognisedColumns(inputs.programs.unrecognised),
        });
        const listOutput = buildListSheet(ranked, previousOf(list.before), { includeScores: true });
        issues.push(...checkMarks(listOutput.values, list.name, fit.settings));
        const planSheet = placeOutput(spreadsheet, planOut);
        const planModel = planModelOf(fit, hasOutcomesSheet(inputs));
        const planOutput = carryPlanColumns(
          buildPlanSheet(plan, issues, { includeScores: true, model: planModel }),
          previousOf(planSheet.before),
        );
        const outputs: PendingOutput[] = [
          {
            name: list.name,
            before: list.before,
            output: listOutput,
            mark: listOut.mark,
            fitRows: true,
          },
          {
            name: planSheet.name,
            before: planSheet.before,
            output: planOutput,
            mark: tagMark(planOut.mark, { chart: planChartTag(planOutput.values) }),
          },
        ];
        const model = modelOutput(spreadsheet, fit, inputs.settings.settings, inputs.outcomes);
        if (model) outputs.push(model);
        const written = writeOutputs(spreadsheet, outputs);
        if (sheets.programs) refreshMinimumRule(sheets.programs, inputs, issues);
        refreshPlanChart(written[1]!, planSheet.before, planOutput.values, issues);
        issues.push(...(inputs.outcomes?.issues ?? []));
        return summarizePlan(plan, list.name, issues, {
          planSheetName: planSheet.name,
          leftAlone: [...list.leftAlone, ...planSheet.leftAlone],
          model: planModel.summary,
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
  const { inputs } = readWorkbook(spreadsheet, ['programs', 'cohort', 'outcomes']);
  refuseIfMissing(inputs.programs.missing);
  const { applicant, issues: applicantIssues } = requireApplicant(inputs, cohortName);
  const issues = [...applicantIssues, ...inputs.settings.issues, ...inputs.programs.issues];
  const out = applicantListTarget(applicant.name);
  const target = placeOutput(spreadsheet, out);
  const fit = modelFromOutcomes(inputs.outcomes, inputs.settings.settings);
  const { ranked, plan } = makeApplicantList(applicant, inputs.programs.programs, fit.settings, {
    ...marksOf(target.before, inputs.programs.programs),
    absentColumns: new Set(inputs.programs.absentColumns),
    unrecognisedColumns: unrecognisedColumns(inputs.programs.unrecognised),
  });
  const listOutput = buildListSheet(ranked, previousOf(target.before), { includeScores: true });
  issues.push(...checkMarks(listOutput.values, target.name, fit.settings));
  const outputs: PendingOutput[] = [
    { name: target.name, before: target.before, output: listOutput, mark: out.mark, fitRows: true },
  ];
  const model = modelOutput(spreadsheet, fit, inputs.settings.settings, inputs.outcomes);
  if (model) outputs.push(model);
  writeOutputs(spreadsheet, outputs);
  issues.push(...(inputs.outcomes?.issues ?? []));
  const planModel = planModelOf(fit, hasOutcomesSheet(inputs));
  return summarizePlan(plan, target.name, issues, { leftAlone: target.leftAlone, model: planModel.summary });
}
