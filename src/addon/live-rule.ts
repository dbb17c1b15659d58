/**
 * The live conditional-format rule on `Programs` (SPEC section 3.5): every program whose hard minimum Step 2
 * CK is above the Profile's score is highlighted as soon as either number changes, without regenerating.
 * Conditional-format formulas cannot name another sheet directly, so the Profile cell goes through INDIRECT.
 */
import { columnLetters } from '../sheets/a1.ts';
import { APPLICANT_FIELDS, matchFields, PROGRAM_FIELDS } from '../sheets/headers.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks our rule so a regeneration replaces it instead of adding another. */
const RULE_MARK = 'RADLIST_MIN_RULE';

/**
 * The rule's formula for row 2, or null when Programs has no minimum column or Profile no Step 2 CK row.
 *
 * @param programHeader - row 1 of Programs
 * @param profileLabels - column A of Profile
 * @example
 * minimumRuleFormula(['Program', 'Min Step 2 CK'], ['Name', 'Step 2 CK'])
 * // '=AND(ISNUMBER(IFERROR(VALUE(REGEXEXTRACT(TO_TEXT($B2),…)),"")), …)'
 */
export function minimumRuleFormula(programHeader: unknown[], profileLabels: unknown[]): string | null {
  const programs = matchFields(programHeader, PROGRAM_FIELDS).positions;
  const labels = matchFields(profileLabels, APPLICANT_FIELDS).positions;
  const minColumn = programs.get('minStepTwo');
  const scoreRow = labels.get('stepTwoScore');
  if (minColumn === undefined || scoreRow === undefined) return null;
  // Scores may be typed as text (`225+`, `≥ 220`): take the number of exactly three digits out of either
  // cell. The Profile row is found by its label at display time, so inserting a row there does not make
  // the rule read another field.
  const number = (cell: string) =>
    `IFERROR(VALUE(REGEXEXTRACT(TO_TEXT(${cell}),"(?:^|[^0-9])([0-9]{3})(?:[^0-9]|$)")),"")`;
  const min = number(`$${columnLetters(minColumn + 1)}2`);
  const label = String(profileLabels[scoreRow] ?? '').replace(/"/g, '""');
  const profile = `'${SHEETS.profile}'`;
  const score = number(`INDIRECT("${profile}!B"&MATCH("${label}",INDIRECT("${profile}!A:A"),0))`);
  const minIs = programs.get('minIs');
  const hard =
    minIs === undefined
      ? 'TRUE'
      : `NOT(REGEXMATCH(LOWER(TO_TEXT($${columnLetters(minIs + 1)}2)),"pref|soft|recomm"))`;
  return `=AND(ISNUMBER(${min}), ISNUMBER(${score}), ${min}>${score}, ${hard}, N("${RULE_MARK}")=0)`;
}

/**
 * Puts RadList's rule on the Programs sheet (other rules are kept); when the same rule is already there,
 * nothing is changed (one Spreadsheet call).
 *
 * @param sheet - the Programs sheet
 * @param formula - from `minimumRuleFormula`
 * @param columns - how many columns the rule colours (the whole program row)
 */
export function applyMinimumRule(sheet: Sheet, formula: string, columns: number): void {
  const rules = sheet.getConditionalFormatRules();
  const criteria = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string[] => {
    const condition = rule.getBooleanCondition();
    return condition ? condition.getCriteriaValues().map(String) : [];
  };
  const ours = rules.filter((rule) => criteria(rule).some((value) => value.includes(RULE_MARK)));
  if (ours.length === 1 && criteria(ours[0]!)[0] === formula) return;
  const range = sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), Math.max(columns, 1));
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(LIST_COLOURS['Below minimum'])
    .setRanges([range])
    .build();
  sheet.setConditionalFormatRules([...rules.filter((existing) => !ours.includes(existing)), rule]);
}
