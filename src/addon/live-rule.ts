/**
 * Puts the live minimum rule (src/sheets/minimum-rule.ts) on the `Programs` sheet: one conditional-format
 * rule, replaced rather than added again, other people's rules kept.
 */
import { columnLetters } from '../sheets/a1.ts';
import { MINIMUM_RULE_MARK } from '../sheets/minimum-rule.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Puts RadList's rule on the Programs sheet (other rules are kept); when the same rule is already there,
 * nothing is changed (one Spreadsheet call; three otherwise: the rules, the range, the rules set).
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
  const ours = rules.filter((rule) => criteria(rule).some((value) => value.includes(MINIMUM_RULE_MARK)));
  if (ours.length === 1 && criteria(ours[0]!)[0] === formula) return;
  // An open-ended range (`A2:U`) reaches the last row without asking how many there are.
  const range = sheet.getRange(`A2:${columnLetters(Math.max(columns, 1))}`);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(LIST_COLOURS['Below minimum'])
    .setRanges([range])
    .build();
  sheet.setConditionalFormatRules([...rules.filter((existing) => !ours.includes(existing)), rule]);
}
