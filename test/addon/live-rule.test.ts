import { describe, expect, it } from 'vitest';
import { minimumRuleFormula } from '../../src/addon/live-rule.ts';
import { openWorkbook } from './harness.ts';

describe('minimumRuleFormula', () => {
  it('compares the three-digit numbers of the minimum and of the Profile score, found by their labels', () => {
    const formula = minimumRuleFormula(
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
    expect(minimumRuleFormula(['Program'], ['Step 2 CK'])).toBeNull();
    expect(minimumRuleFormula(['Program', 'Min Step 2 CK'], ['Name'])).toBeNull();
  });
});

describe('the rule on Programs', () => {
  it('is written once and left alone while it stays the same', () => {
    const book = openWorkbook({
      Profile: [
        ['Name', 'A'],
        ['Step 2 CK', 221],
      ],
      Programs: [
        ['Program', 'Min Step 2 CK'],
        ['X', '225+'],
      ],
    });
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.counter.byMethod.get('Sheet.setConditionalFormatRules')).toBe(1);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.counter.byMethod.get('Sheet.setConditionalFormatRules')).toBe(1);
    expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules).toHaveLength(1);
  });
});
