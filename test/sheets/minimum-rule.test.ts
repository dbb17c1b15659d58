/** Tests for the live minimum rule's formula (src/sheets/minimum-rule.ts), from headers as the readers match them. */
import { describe, expect, it } from 'vitest';
import { minimumRuleFormula } from '../../src/sheets/minimum-rule.ts';
import { readProfile } from '../../src/sheets/read-profile.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';

/** The formula for a Programs header row and a Profile's column A, read the way a run reads them. */
function formulaFor(programHeader: string[], profileLabels: string[]): string | null {
  const programs = readPrograms([programHeader]);
  const profile = readProfile(profileLabels.map((label) => [label, '']));
  return minimumRuleFormula(programs.columns, profile.labels.get('stepTwoScore')?.text ?? null);
}

describe('minimumRuleFormula', () => {
  it('compares the three-digit numbers of the minimum and of the Profile score, found by their labels', () => {
    const formula = formulaFor(
      ['Program', 'State', 'Min Step 2 CK', 'Min is'],
      ['Name', 'Type', 'Step 2 CK'],
    )!;
    const threeDigits = '"(?:^|[^0-9])([0-9]{3})(?:[^0-9]|$)"';
    expect(formula).toContain(`REGEXEXTRACT(TO_TEXT($C2),${threeDigits})`);
    expect(formula).toContain(
      `REGEXEXTRACT(TO_TEXT(INDIRECT("'Profile'!B"&MATCH("Step 2 CK",INDIRECT("'Profile'!A:A"),0))),${threeDigits})`,
    );
    expect(formula).toContain('REGEXMATCH(LOWER(TO_TEXT($D2)),"pref|soft|recomm")');
  });

  it('is null when Programs has no minimum column or Profile no Step 2 CK label', () => {
    expect(formulaFor(['Program'], ['Step 2 CK'])).toBeNull();
    expect(formulaFor(['Program', 'Min Step 2 CK'], ['Name'])).toBeNull();
  });

  it('matches the label exactly as typed, quotes doubled', () => {
    const formula = formulaFor(['Program', 'Minimum Step 2'], [' USMLE "Step 2 CK" '])!;
    expect(formula).toContain('MATCH(" USMLE ""Step 2 CK"" ",');
    expect(formula).toContain('TO_TEXT($B2)');
    expect(formula).toContain(', TRUE, ');
  });
});
