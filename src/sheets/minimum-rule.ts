/**
 * The formula of the live conditional-format rule on `Programs` (SPEC section 3.5): a program row is
 * highlighted while its hard minimum Step 2 CK is above the Profile's score, as soon as either number
 * changes. Conditional-format formulas cannot name another sheet directly, so the Profile cell goes through
 * INDIRECT, and it is found by its label at display time, so inserting a row in Profile does not make the
 * rule read another field. Built from the header positions the readers matched (src/sheets/inputs.ts).
 */
import { columnLetters } from './a1.ts';
import type { ProgramField } from './headers.ts';
import { SHEETS } from './sheet-names.ts';

/** Marks RadList's rule among a sheet's rules, so a regeneration replaces it instead of adding another. */
export const MINIMUM_RULE_MARK = 'RADLIST_MIN_RULE';

/**
 * The rule's formula for row 2, or null when Programs has no minimum column or Profile no Step 2 CK label.
 *
 * @param programColumns - each Programs field's column (1-based), as `readPrograms` matched them
 * @param scoreLabel - the Profile's Step 2 CK label as typed in column A, or null when it has none
 * @example
 * minimumRuleFormula(new Map([['minStepTwo', 2]]), 'Step 2 CK')
 * // '=AND(ISNUMBER(IFERROR(VALUE(REGEXEXTRACT(TO_TEXT($B2),…)),"")), …)'
 */
export function minimumRuleFormula(
  programColumns: ReadonlyMap<ProgramField, number>,
  scoreLabel: string | null,
): string | null {
  const minColumn = programColumns.get('minStepTwo');
  if (minColumn === undefined || scoreLabel === null) return null;
  // Scores may be typed as text (`225+`, `≥ 220`): take the number of exactly three digits out of either cell.
  const number = (cell: string) =>
    `IFERROR(VALUE(REGEXEXTRACT(TO_TEXT(${cell}),"(?:^|[^0-9])([0-9]{3})(?:[^0-9]|$)")),"")`;
  const min = number(`$${columnLetters(minColumn)}2`);
  const label = scoreLabel.replace(/"/g, '""');
  const profile = `'${SHEETS.profile}'`;
  const score = number(`INDIRECT("${profile}!B"&MATCH("${label}",INDIRECT("${profile}!A:A"),0))`);
  const minIs = programColumns.get('minIs');
  const hard =
    minIs === undefined
      ? 'TRUE'
      : `NOT(REGEXMATCH(LOWER(TO_TEXT($${columnLetters(minIs)}2)),"pref|soft|recomm"))`;
  return `=AND(ISNUMBER(${min}), ISNUMBER(${score}), ${min}>${score}, ${hard}, N("${MINIMUM_RULE_MARK}")=0)`;
}
