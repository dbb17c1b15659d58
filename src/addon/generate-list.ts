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
import { applicantListTarget, listTarget, type OutputTarget, planTarget } from '../sheets/output-marks.ts';
import { carryPlanColumns } from '../sheets/plan-carry-over.ts';
import { unrecognisedColumns } from '../sheets/read-programs.ts';
import { fingerprint, readMark, tagMark } from '../sheets/sheet-layout.ts';
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

/** An output's place taken to be a new sheet of its first name, without looking it up. */
function unlookedPlace(target: OutputTarget): ReturnType<typeof placeOutput> {
  return { name: target.nameAfter([]), sheet: null, note: '', range: null, leftAlone: [], before: null };
}

/** Whether a sheet of this name exists (false when even that cannot be told: the first error stands). */
function nameTaken(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): boolean {
  try {
    return spreadsheet.getSheetByName(name) !== null;
  } catch {
    return false;
  }
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

/** The live minimum rule this run puts on Programs (null: none, for want of a minimum column or a score). */
function minimumRuleOf(inputs: Inputs): { formula: string; columns: number; tag: string } | null {
  const programs = inputs.programs;
  const formula = programs
    ? minimumRuleFormula(programs.columns, inputs.profile?.labels.get('stepTwoScore')?.text ?? null)
    : null;
  if (!programs || !formula) return null;
  return { formula, columns: programs.width, tag: fingerprint(`${formula}|${programs.width}`) };
}

/**
 * Puts the live minimum rule on Programs, set once like a layout: the list's mark records the rule it last
 * put there (`[rule 1a2b3c4d]`), and a run whose rule is the same makes no call for it. Programs is the
 * person's sheet, so the record is on RadList's own list; a rule a person deleted stays deleted (RadList takes
 * that as their choice) until the rule changes — the minimum or score columns move, the Step 2 CK label is
 * renamed — or the list is made anew (docs/outputs.md). A failure is an issue, never a failed run; the list's
 * mark then loses the tag so the next run tries again.
 */
function refreshMinimumRule(
  programsSheet: GoogleAppsScript.Spreadsheet.Sheet,
  rule: NonNullable<ReturnType<typeof minimumRuleOf>>,
  list: WrittenSheet,
  issues: Issue[],
): void {
  try {
    applyMinimumRule(programsSheet, rule.formula, rule.columns);
  } catch (error) {
    issues.push(
      issueAt(
        SHEETS.programs,
        1,
        1,
        `The live highlight of programs above your minimum could not be updated (${messageOf(error)}). Your list was written.`,
      ),
    );
    try {
      list.sheet.getRange(1, 1).setNote(tagMark(list.note, { rule: '' }));
    } catch {
      // The issue above says the highlight may be missing; the next run whose rule changes puts it back.
    }
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
        const rule = minimumRuleOf(inputs);
        const ruleInPlace = list.before !== null && readMark(list.before.note).tags.rule === rule?.tag;
        const fit = modelFromOutcomes(inputs.outcomes, inputs.settings.settings);
        const { ranked, plan } = makeApplicantList(applicant, inputs.programs.programs, fit.settings, {
          ...marksOf(list.before, inputs.programs.programs),
          absentColumns: new Set(inputs.programs.absentColumns),
          unrecognisedColumns: unrecognisedColumns(inputs.programs.unrecognised),
        });
        const listOutput = buildListSheet(ranked, previousOf(list.before), { includeScores: true });
        issues.push(...checkMarks(listOutput.values, list.name, fit.settings));
        // A new list comes with a new plan but where a person deleted the list alone: the plan is looked up
        // only when the list was found, or when making it finds its name taken (then everything is put back and
        // the plan written again, over the one found).
        let planSheet = list.before ? placeOutput(spreadsheet, planOut) : unlookedPlace(planOut);
        const planModel = planModelOf(fit, hasOutcomesSheet(inputs));
        const planFor = (place: typeof planSheet): PendingOutput => {
          const output = carryPlanColumns(
            buildPlanSheet(plan, issues, { includeScores: true, model: planModel }),
            previousOf(place.before),
          );
          const mark = tagMark(planOut.mark, { chart: planChartTag(output.values) });
          return { name: place.name, before: place.before, output, mark };
        };
        const outputs: PendingOutput[] = [
          {
            name: list.name,
            before: list.before,
            output: listOutput,
            mark: tagMark(listOut.mark, { rule: rule?.tag ?? '' }),
            fitRows: true,
          },
          planFor(planSheet),
        ];
        const model = modelOutput(
          spreadsheet,
          fit,
          inputs.settings.settings,
          inputs.outcomes,
          list.before !== null,
        );
        if (model) outputs.push(model);
        let written: WrittenSheet[];
        try {
          written = writeOutputs(spreadsheet, outputs);
        } catch (error) {
          if (list.before || !nameTaken(spreadsheet, planSheet.name)) throw error;
          planSheet = placeOutput(spreadsheet, planOut);
          outputs[1] = planFor(planSheet);
          written = writeOutputs(spreadsheet, outputs);
        }
        if (sheets.programs && rule && !ruleInPlace)
          refreshMinimumRule(sheets.programs, rule, written[0]!, issues);
        refreshPlanChart(written[1]!, planSheet.before, outputs[1]!.output.values, issues);
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
  const model = modelOutput(
    spreadsheet,
    fit,
    inputs.settings.settings,
    inputs.outcomes,
    target.before !== null,
  );
  if (model) outputs.push(model);
  writeOutputs(spreadsheet, outputs);
  issues.push(...(inputs.outcomes?.issues ?? []));
  const planModel = planModelOf(fit, hasOutcomesSheet(inputs));
  return summarizePlan(plan, target.name, issues, { leftAlone: target.leftAlone, model: planModel.summary });
}
